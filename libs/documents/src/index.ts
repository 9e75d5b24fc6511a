export * from './document-model';
export * from './case-paperwork';
export { buildDocument, missingFor, longDate } from './templates';
