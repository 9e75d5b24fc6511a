/** Replace the database name in a PostgreSQL URL (the server and credentials stay). */
export const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};
