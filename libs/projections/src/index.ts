export * from './projection';
export * from './runner/checkpoint.entity';
export * from './runner/projection-runner';
export * from './runner/read-model-waiter';
export * from './case-summary/case-summary.entity';
export * from './case-summary/case-summary.projection';
export * from './case-summary/case-summary.view';
export * from './migrations/read-model.migrations';
