export * from './persistence.module';
export * from './database-bootstrap';
export * from './migrate-read-models';
export * from './process-bootstrap';
