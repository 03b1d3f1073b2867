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
    // The key and the flat parameters in one pass (this runs for every list on a page).
    let key = JSON.stringify(shape);
    const flat: Param[] = [];
    const layout: Array<[string, number]> = [];
    for (const name of Object.keys(values).sort()) {
      const value = values[name];
      if (value === undefined) continue;
      if (Array.isArray(value)) {
        key += `|${name}:${value.length}`;
        for (const item of value as readonly Param[]) flat.push(item);
        layout.push([name, value.length]);
      } else {
        key += `|${name}`;
        flat.push(value as Param);
        layout.push([name, -1]);
      }
    }
    let query = queries.get(key);
    if (!query) {
      query = prepared(db, (...marks: Param[]) => {
        let next = 0;
        const marked: Values = {};
        for (const [name, length] of layout) marked[name] = length < 0 ? marks[next++] : marks.slice(next, (next += length));
        return build(shape, marked as V);
      });
      if (queries.size >= maxShapes) queries.clear();
      queries.set(key, query);
    }
    return query(...flat);
  };
}
