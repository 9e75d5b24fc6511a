export * from './postgres/test-database';
export * from './fixed-clock';
