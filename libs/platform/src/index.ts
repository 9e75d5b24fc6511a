export * from './clock';
export * from './database/database-url';
export * from './database/embedded-postgres';
