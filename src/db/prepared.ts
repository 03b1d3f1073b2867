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

type Param = string | number | null;
type Values = Record<string, Param | readonly Param[] | undefined>;

/**
 * `prepared` for a query whose SQL changes with its input: which filters are there, how long a
 * list is, a literal LIMIT. `shape` is what changes the SQL text (few distinct ones: each gets its
 * own prepared query, up to `maxShapes`); `values` are the parameters, each a scalar or a list
 * (its length is part of the shape), left undefined when the shape does not use them.
 */
export function preparedByShape<DB, Shape, V extends Values, Row>(
  db: Kysely<DB>,
  build: (shape: Shape, values: V) => Compilable<Row>,
  maxShapes = 64,
): (shape: Shape, values: V) => Promise<Row[]> {
  const queries = new Map<string, (...flat: Param[]) => Promise<Row[]>>();
  return (shape, values) => {
    const layout = Object.keys(values)
      .sort()
      .flatMap((key): Array<[string, number]> => {
        const value = values[key];
        if (value === undefined) return [];
        return [[key, Array.isArray(value) ? value.length : -1]];
      });
    const key = JSON.stringify([shape, layout]);
    let query = queries.get(key);
    if (!query) {
      query = prepared(db, (...flat: Param[]) => {
        let next = 0;
        const marked: Values = {};
        for (const [name, length] of layout) marked[name] = length < 0 ? flat[next++] : flat.slice(next, (next += length));
        return build(shape, marked as V);
      });
      if (queries.size >= maxShapes) queries.clear();
      queries.set(key, query);
    }
    return query(...layout.flatMap(([name, length]) => (length < 0 ? [values[name] as Param] : (values[name] as readonly Param[]))));
  };
}
