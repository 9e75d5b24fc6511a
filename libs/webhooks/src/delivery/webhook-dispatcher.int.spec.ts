import { createServer, type Server, type ServerResponse } from 'node:http';
import { createTestDatabase, FixedClock, WebhookReceiver, type TestDatabase } from '@lemon/testing';
import { DataSource } from 'typeorm';
import { Webhooks1732435200000 } from '../migrations/1732435200000-webhooks';
import { WebhooksHeld1764288000000 } from '../migrations/1764288000000-webhooks-held';
import { enqueueWebhookEvent } from '../outbox/webhook-outbox';
import { WebhookSubscriptionsService } from '../subscriptions/webhook-subscriptions.service';
import { filteringAgentFor } from './agent';
import { retryPolicy, retrySpanMs } from './retry-schedule';
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
      migrations: [Webhooks1732435200000, WebhooksHeld1764288000000],
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

  describe('isolation from a bad receiver (issue 14 §2)', () => {
    /** A receiver that answers 200 at once, then trickles one byte every 500 ms and never ends. */
    let trickler: Server;
    let tricklerUrl: string;
    const trickling = new Set<ServerResponse>();
    let connections = 0;
    let open = 0;
    let mostOpenAtOnce = 0;
    let closed = 0;
    beforeAll(async () => {
      trickler = createServer((req, res) => {
        connections++;
        mostOpenAtOnce = Math.max(mostOpenAtOnce, ++open);
        req.resume();
        res.writeHead(200, { 'content-type': 'text/plain' });
        trickling.add(res);
        const timer = setInterval(() => res.write('.'), 500);
        res.on('close', () => (clearInterval(timer), trickling.delete(res), open--, closed++));
      });
      await new Promise<void>((resolve) => trickler.listen(0, '127.0.0.1', resolve));
      tricklerUrl = `http://127.0.0.1:${(trickler.address() as { port: number }).port}/hook`;
    });
    afterAll(async () => {
      for (const res of trickling) res.destroy();
      await new Promise((resolve) => trickler.close(resolve));
    });

    const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (Date.now() > deadline) return false;
        await new Promise((r) => setTimeout(r, 25));
      }
      return true;
    };

    it('a trickling receiver is cut at the hard limit and never delays another organisation’s endpoint', async () => {
      const dispatcher = new WebhookDispatcher(dataSource, clock, {
        retryPolicy: policy,
        leaseMs: 30_000,
        timeoutMs: 8_000, // hard limit; the trickler sends a byte every 500 ms, so an idle timeout never fires
        batchSize: 10,
        pollIntervalMs: 50,
        agentFor: filteringAgentFor(['127.0.0.1']),
      });
      const service = new WebhookSubscriptionsService(dataSource, clock, dispatcher, ['127.0.0.1']);
      const slow = await service.create('slow-firm', { url: tricklerUrl, eventTypes: ['*'] });
      await subscribe(service, 'healthy-firm');
      const before = receiver.received.length;
      await alert('slow:1', 'slow-firm');
      await alert('slow:2', 'slow-firm');
      dispatcher.start();
      try {
        expect(await waitFor(() => connections > 0, 5_000)).toBe(true); // the dispatcher is now stuck in the trickle
        for (let i = 0; i < 6; i++) await alert(`healthy:${i}`, 'healthy-firm');
        // All six reach the healthy receiver while the trickler still holds its first attempt.
        expect(await waitFor(() => receiver.received.length - before >= 6, 7_000)).toBe(true);
        expect(closed).toBe(0);
        // The trickling attempt ends at the hard limit, recorded as a failure to retry later.
        expect(
          await waitFor(async () => {
            const log = await service.deliveries('slow-firm', slow.id);
            return log.some((m) => (m.attempts as unknown[]).length > 0);
          }, 15_000),
        ).toBe(true);
      } finally {
        await dispatcher.stop();
      }
      const attempts = (await service.deliveries('slow-firm', slow.id)).flatMap(
        (m) => m.attempts as Array<{ error: string; latencyMs: number }>,
      );
      expect(attempts[0].error).toMatch(/no complete response within 8000 ms/);
      expect(attempts[0].latencyMs).toBeLessThan(12_000);
      expect(mostOpenAtOnce).toBe(1); // one message in flight per endpoint: slow:2 waited its turn
      await service.delete('slow-firm', slow.id); // its queue would slow the next tests' dispatchDue
    }, 60_000);

    it('a test-send answers synchronously under the same limit, is never retried and never disables the endpoint', async () => {
      const dispatcher = new WebhookDispatcher(dataSource, clock, {
        retryPolicy: policy,
        leaseMs: 30_000,
        timeoutMs: 1_000,
        batchSize: 10,
        pollIntervalMs: 50,
        agentFor: filteringAgentFor(['127.0.0.1']),
      });
      const service = new WebhookSubscriptionsService(dataSource, clock, dispatcher, ['127.0.0.1']);
      const slow = await service.create('test-firm', { url: tricklerUrl, eventTypes: ['*'] });
      for (let i = 0; i < 3; i++) {
        const result = await service.testSend('test-firm', slow.id);
        expect(result.error).toMatch(/within 1000 ms/);
        clock.advance({ milliseconds: retrySpanMs(policy) + 1 }); // past the whole retry schedule
        await dispatcher.dispatchDue();
      }
      expect(await service.get('test-firm', slow.id)).toMatchObject({ status: 'active' });
      const log = await service.deliveries('test-firm', slow.id);
      expect(log).toHaveLength(3);
      for (const message of log) {
        expect(message).toMatchObject({ eventType: 'webhook.test', status: 'failed', attemptCount: 1 });
        expect(message.attempts).toEqual([expect.objectContaining({ trigger: 'test' })]); // no worker retry
      }
    }, 30_000);

    it('a disabled endpoint keeps its messages as held; re-enabled they are delivered, else they expire after 3 days, visibly', async () => {
      const dispatcher = dispatcherWith(['127.0.0.1']);
      const service = new WebhookSubscriptionsService(dataSource, clock, dispatcher, ['127.0.0.1']);
      const subscription = await subscribe(service, 'firm-held');
      receiver.up = false;
      await alert('held:doomed', 'firm-held');
      await dispatcher.dispatchDue(); // first attempt fails; the next is scheduled
      await alert('held:pending', 'firm-held'); // pending (not yet due) when the endpoint gets disabled
      clock.advance({ seconds: 1 });
      for (let i = 0; i < policy.delaysMs.length; i++) {
        clock.advance({ milliseconds: policy.delaysMs[i] });
        // The pending one fails too, but it is newer: the doomed one exhausts the schedule first.
        await dispatcher.dispatchDue();
      }
      expect(await service.get('firm-held', subscription.id)).toMatchObject({ status: 'disabled' });
      await alert('held:raised-while-disabled', 'firm-held');
      const statuses = async () =>
        Object.fromEntries(
          (await service.deliveries('firm-held', subscription.id)).map((m) => [
            (m.payload as { data: { deadlineId: string } }).data.deadlineId,
            m.status,
          ]),
        );
      expect(await statuses()).toEqual({ 'held:doomed': 'failed', 'held:pending': 'held', 'held:raised-while-disabled': 'held' });
      const listed = await service.deliveries('firm-held', subscription.id);
      expect(listed.find((m) => m.status === 'held')).toMatchObject({ expiresAt: expect.any(String) });

      // Re-enabled within three days: the held ones go out.
      receiver.up = true;
      const before = receiver.received.length;
      await service.enable('firm-held', subscription.id);
      await dispatcher.dispatchDue();
      await dispatcher.dispatchDue();
      expect(
        receiver.received
          .slice(before)
          .map((r) => r.payload.data.deadlineId)
          .sort(),
      ).toEqual(['held:pending', 'held:raised-while-disabled']);
      expect(await statuses()).toMatchObject({ 'held:pending': 'delivered', 'held:raised-while-disabled': 'delivered' });

      // Disabled again and left alone for more than three days: held messages expire, still listed.
      await dataSource.query(`UPDATE wh_subscriptions SET status = 'disabled' WHERE id = $1`, [subscription.id]);
      await alert('held:forgotten', 'firm-held');
      clock.advance({ hours: 72, seconds: 1 });
      await dispatcher.dispatchDue();
      expect(await statuses()).toMatchObject({ 'held:forgotten': 'expired' });
      await service.enable('firm-held', subscription.id);
      await dispatcher.dispatchDue();
      expect(await statuses()).toMatchObject({ 'held:forgotten': 'expired' });
    }, 30_000);
  });
});
