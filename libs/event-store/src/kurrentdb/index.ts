// The KurrentDB adapter and the copy command that migrates a log into it and back. The copy
// itself is adapter-neutral and lives in ../copy.
export * from './kurrentdb-event-store';
export * from './kurrentdb-mapping';
export * from '../copy/copy-event-log';
