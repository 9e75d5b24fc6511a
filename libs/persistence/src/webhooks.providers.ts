import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, CLOCK, type AppConfig, type Clock } from '@lemon/platform';
import { filteringAgentFor, retryPolicy, WebhookDispatcher, WebhookSubscriptionsService } from '@lemon/webhooks';
import type { DataSource } from 'typeorm';

/** The dispatcher (used by the worker loop and by redelivery / test-send in the api) and the subscriptions service. */
export const WEBHOOK_PROVIDERS: Provider[] = [
  {
    provide: WebhookDispatcher,
    inject: [getDataSourceToken(), CLOCK, APP_CONFIG],
    useFactory: (dataSource: DataSource, clock: Clock, config: AppConfig) =>
      new WebhookDispatcher(dataSource, clock, {
        retryPolicy: retryPolicy(config.webhookRetryScale),
        // The lease outlives every attempt: the hard limit ends an attempt well before it expires.
        leaseMs: Math.max(60_000, config.webhookAttemptTimeoutMs * 2),
        timeoutMs: config.webhookAttemptTimeoutMs,
        batchSize: 20,
        pollIntervalMs: config.webhookPollIntervalMs,
        agentFor: filteringAgentFor(config.webhookAllowedTargets),
      }),
  },
  {
    provide: WebhookSubscriptionsService,
    inject: [getDataSourceToken(), CLOCK, WebhookDispatcher, APP_CONFIG],
    useFactory: (dataSource: DataSource, clock: Clock, dispatcher: WebhookDispatcher, config: AppConfig) =>
      new WebhookSubscriptionsService(dataSource, clock, dispatcher, config.webhookAllowedTargets),
  },
];
