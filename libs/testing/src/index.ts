export * from './postgres/test-database';
export * from './fixed-clock';
export * from './webhooks/webhook-receiver';
export * from './case-history';
export * from './projections/projection-spec';
export * from './projections/wait-for-projections';
