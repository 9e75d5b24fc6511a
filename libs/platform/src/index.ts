export * from './clock';
export * from './startup-error';
export * from './database/database-url';
export * from './database/embedded-postgres';
export * from './config/app-config';
export * from './logging/logging.module';
export * from './logging/redact-url';
