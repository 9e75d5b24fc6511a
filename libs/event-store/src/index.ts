export * from './event-store.port';
export * from './event-store.errors';
export * from './in-memory/in-memory-event-store';
export * from './postgres/postgres-event-store';
export * from './kurrentdb';
export * from './optimistic-decide-and-append';
export * from './batched-stream-tails';
