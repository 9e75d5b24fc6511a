/**
 * TypeORM's postgres `query()` answers UPDATE/DELETE … RETURNING with `[rows, affectedCount]`
 * but SELECT and INSERT … RETURNING with the rows alone; this takes the rows either way.
 */
export const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? (result[0] as T[])
    : (result as T[]);
