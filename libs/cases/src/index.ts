export * from './cases.module';
export * from './commands/execute-case-command';
export * from './queries/get-case-summary.query';
export * from './queries/list-cases.query';
export * from './queries/get-case-history.query';
export * from './queries/get-case-presumption.query';
