/**
 * Queries built and compiled once. Kysely builds an operation tree and compiles it to SQL on every
 * call, which costs as much as running a small indexed query; for the hot reads of a page the
 * shape never changes, only the values do. `prepared` compiles the query once with placeholder
 * values and afterwards only swaps the caller's values in, by position. The builder must not
 * branch on its arguments (a different shape needs its own prepared query).
 */
import type { CompiledQuery, Compilable, Kysely } from "kysely";

const MARK = "\u0000xabar-param:";

export function prepared<DB, Args extends unknown[], Row>(db: Kysely<DB>, build: (...args: Args) => Compilable<Row>): (...args: Args) => Promise<Row[]> {
  let template: CompiledQuery<Row> | undefined;
  let slots: Array<number | undefined> = [];
  return async (...args) => {
    if (!template) {
      const marks = args.map((_, i) => `${MARK}${i}`) as unknown as Args;
      const compiled = build(...marks).compile();
      const found = compiled.parameters.map((value) => (typeof value === "string" && value.startsWith(MARK) ? Number(value.slice(MARK.length)) : undefined));
      if (found.filter((slot) => slot !== undefined).length !== args.length) {
        throw new Error("prepared query: every argument must become exactly one parameter");
      }
      slots = found;
      template = compiled;
    }
    const parameters = template.parameters.map((value, i) => {
      const slot = slots[i];
      return slot === undefined ? value : args[slot];
    });
    const result = await db.executeQuery<Row>({ ...template, parameters });
    return result.rows;
  };
}
