export * from './manufacturer-directory';
