export * from './webhook-event-types';
export * from './delivery/retry-schedule';
export * from './delivery/webhook-signer';
export * from './delivery/target-policy';
export * from './delivery/webhook-dispatcher';
export * from './outbox/webhook-outbox';
export * from './subscriptions/webhook-subscriptions.service';
export { Webhooks1732435200000 } from './migrations/1732435200000-webhooks';
export * from './delivery/agent';
