import { createTestDatabase, FixedClock, WebhookReceiver, type TestDatabase } from '@lemon/testing';
import { DataSource } from 'typeorm';
import { Webhooks1732435200000 } from '../migrations/1732435200000-webhooks';
import { enqueueWebhookEvent } from '../outbox/webhook-outbox';
import { WebhookSubscriptionsService } from '../subscriptions/webhook-subscriptions.service';
import { filteringAgentFor } from './agent';
import { retryPolicy } from './retry-schedule';
import { WebhookDispatcher } from './webhook-dispatcher';

describe('webhook delivery to a real local receiver', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let receiver: WebhookReceiver;
  const clock = FixedClock.at('2025-06-02T15:00:00Z');
  const policy = retryPolicy(); // the real schedule; the fixed clock jumps over its delays
  const dispatcherWith = (allow: string[]) =>
    new WebhookDispatcher(dataSource, clock, {
      retryPolicy: policy,
      leaseMs: 30_000,
      timeoutMs: 2_000,
      batchSize: 10,
      pollIntervalMs: 50,
      agentFor: filteringAgentFor(allow),
    });

  beforeAll(async () => {
    db = await createTestDatabase('webhooks');
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      migrations: [Webhooks1732435200000],
      migrationsTableName: 'rm_migrations',
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    receiver = new WebhookReceiver(() => new Date(clock.now().epochMilliseconds));
    await receiver.start();
  });
  afterAll(async () => {
    await receiver?.stop();
    await dataSource?.destroy();
    await db?.drop();
  });

  const subscribe = async (service: WebhookSubscriptionsService, organisationId = 'firm-1') => {
    const created = await service.create(organisationId, { url: receiver.url, eventTypes: ['deadline.approaching', 'deadline.missed'] });
    receiver.trust(created.secret);
    return created;
  };
  const alert = (dedupeKey: string, organisationId = 'firm-1') =>
    dataSource.transaction((m) =>
      enqueueWebhookEvent(m, {
        organisationId,
        type: 'deadline.approaching',
        dedupeKey,
        data: { deadlineId: dedupeKey, leadDays: 7 },
        now: new Date(clock.now().epochMilliseconds),
      }),
    );

  it('refuses a loopback target unless the allow-list names it', async () => {
    const strict = new WebhookSubscriptionsService(dataSource, clock, dispatcherWith([]), []);
    await expect(strict.create('firm-1', { url: receiver.url, eventTypes: ['deadline.missed'] })).rejects.toThrow(/loopback/);
  });

  it('signs every delivery, retries while the receiver is down, and delivers each alert once per webhook-id', async () => {
    const dispatcher = dispatcherWith(['127.0.0.1']);
    const service = new WebhookSubscriptionsService(dataSource, clock, dispatcher, ['127.0.0.1']);
    const subscription = await subscribe(service);
    expect(subscription.secret).toMatch(/^whsec_/);
    expect(await service.list('firm-1')).not.toContainEqual(expect.objectContaining({ secret: expect.anything() }));

    receiver.up = false;
    for (const key of ['d1:30', 'd2:30', 'd3:14']) expect(await alert(key)).toBe(1);
    expect(await alert('d1:30')).toBe(0); // raised again (another worker, a restart): stored once
    await dispatcher.dispatchDue();
    expect(receiver.refused).toHaveLength(3);
    await dispatcher.dispatchDue();
    expect(receiver.refused).toHaveLength(3); // not yet due again

    clock.advance({ seconds: 5 }); // first retry delay
    await dispatcher.dispatchDue();
    expect(receiver.refused).toHaveLength(6);
    receiver.up = true;
    clock.advance({ minutes: 5 });
    await dispatcher.dispatchDue();
    const unique = receiver.uniqueById();
    expect(unique.map((r) => r.payload.data.deadlineId).sort()).toEqual(['d1:30', 'd2:30', 'd3:14']);
    expect(unique.every((r) => r.verified)).toBe(true);
    expect(receiver.received).toHaveLength(3);

    const log = await service.deliveries('firm-1', subscription.id);
    expect(log).toHaveLength(3);
    for (const message of log) {
      expect(message).toMatchObject({ status: 'delivered', attemptCount: 3 });
      expect((message.attempts as Array<{ statusCode: number }>).map((a) => a.statusCode)).toEqual([503, 503, 204]);
    }
  });

  it('a worker that dies mid-delivery leaves a lease; after it expires the same webhook-id is sent again', async () => {
    const dispatcher = dispatcherWith(['127.0.0.1']);
    const service = new WebhookSubscriptionsService(dataSource, clock, dispatcher, ['127.0.0.1']);
    await subscribe(service, 'firm-2');
    await alert('crash:7', 'firm-2');
    // Simulate the crash: claim (as a worker would) and never record the outcome.
    const claimed = await (dispatcher as unknown as { claim(): Promise<Array<{ id: string }>> }).claim();
    expect(claimed).toHaveLength(1);
    const before = receiver.received.length;
    await dispatcher.dispatchDue(); // another worker: the lease still holds
    expect(receiver.received).toHaveLength(before);
    clock.advance({ seconds: 31 });
    await dispatcherWith(['127.0.0.1']).dispatchDue(); // a fresh worker after the restart
    expect(receiver.received.slice(before).map((r) => r.id)).toEqual([claimed[0].id]);
  });

  it('disables an endpoint that fails for the whole schedule, visibly; redelivery and test-send work once fixed', async () => {
    const dispatcher = dispatcherWith(['127.0.0.1']);
    const service = new WebhookSubscriptionsService(dataSource, clock, dispatcher, ['127.0.0.1']);
    const subscription = await subscribe(service, 'firm-3');
    receiver.up = false;
    await alert('doomed:1', 'firm-3');
    for (let i = 0; i <= policy.delaysMs.length; i++) {
      await dispatcher.dispatchDue();
      clock.advance({ milliseconds: policy.delaysMs[i] ?? 0 });
    }
    const disabled = await service.get('firm-3', subscription.id);
    expect(disabled).toMatchObject({ status: 'disabled', disabledReason: expect.stringMatching(/failed 10 attempts/) });
    const [message] = await service.deliveries('firm-3', subscription.id);
    expect(message).toMatchObject({ status: 'failed', attemptCount: 10 });

    receiver.up = true;
    await service.enable('firm-3', subscription.id);
    const redelivered = await service.redeliver('firm-3', subscription.id, message.messageId as string);
    expect(redelivered.statusCode).toBe(204);
    const test = await service.testSend('firm-3', subscription.id);
    expect(test.statusCode).toBe(204);
    expect(receiver.received.at(-1)?.payload.type).toBe('webhook.test');
  });

  it('rotating the secret keeps the old one valid for a grace period', async () => {
    const dispatcher = dispatcherWith(['127.0.0.1']);
    const service = new WebhookSubscriptionsService(dataSource, clock, dispatcher, ['127.0.0.1']);
    const created = await service.create('firm-4', { url: receiver.url, eventTypes: ['*'] });
    receiver.trust(created.secret);
    const rotated = await service.rotateSecret('firm-4', created.id);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previousSecretValidUntil).not.toBeNull();
    // The receiver only knows the old secret: deliveries still verify during the grace period.
    const result = await service.testSend('firm-4', created.id);
    expect(result.statusCode).toBe(204);
    expect(receiver.received.at(-1)?.verified).toBe(true);
  });
});
