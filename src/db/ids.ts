/** Row ids are 32-bit signed integers (PostgreSQL `serial`): anything larger names no row. */
export const MAX_ID = 2 ** 31 - 1;
