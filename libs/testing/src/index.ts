export * from './postgres/test-database';
export * from './fixed-clock';
export * from './webhooks/webhook-receiver';
export * from './case-history';
