/** Row ids are 32-bit signed integers (PostgreSQL `serial`): anything larger names no row. */
export const MAX_ID = 2 ** 31 - 1;

export function isId(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_ID;
}
