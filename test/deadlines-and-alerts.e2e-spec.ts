import request from 'supertest';
import { FixedClock, WebhookReceiver } from '@lemon/testing';
import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

const ENV = { WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', ALERT_SCAN_INTERVAL_MS: '100', WEBHOOK_POLL_INTERVAL_MS: '50' };

const eventually = async (check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('deadlines, docket, calendar feed and signed alerts', () => {
  const clock = FixedClock.at('2024-05-01T15:00:00Z');
  const receiver = new WebhookReceiver(() => new Date(clock.now().epochMilliseconds));
  let t: TestApp;
  const api = () => t.client();
  const post = async (path: string, body: object) => (await api().post(path).send(body).expect(201)).body;

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({ clock, env: ENV });
  });
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
  });

  let caseId: string;
  let claimId: string;
  const decisionDue = () => `${caseId}:dispute_decision_due:${claimId}`;

  it('computes a case’s deadlines with the rule, the arithmetic and the events behind them', async () => {
    ({ caseId } = await post('/cases', openCaseBody()));
    // Filed 2024-04-25 without contacting BMW first: 40 + 7 days -> decision due 2024-06-11.
    ({ claimId } = await post(`/cases/${caseId}/dispute-claims`, {
      program: 'BBB_AUTO_LINE',
      filedOn: '2024-04-25',
      manufacturerContactedFirst: false,
    }));
    const report = (await api().get(`/cases/${caseId}/deadlines`).expect(200)).body;
    const decision = report.deadlines.find((d: { kind: string }) => d.kind === 'dispute_decision_due');
    expect(decision).toMatchObject({
      deadlineId: decisionDue(),
      dueOn: '2024-06-11',
      status: 'OPEN',
      rule: { citation: expect.stringMatching(/703|BBB|booklet/i) },
    });
    expect(decision.computation).toMatch(/40/);
    expect(decision.basedOn.length).toBeGreaterThan(0);
    expect(report.deadlines.map((d: { kind: string }) => d.kind)).toEqual(
      expect.arrayContaining(['dispute_claim_window', 'rights_period_end']),
    );

    const docket = (await api().get('/deadlines').query({ dueBefore: '2024-07-01' }).expect(200)).body;
    expect(docket.items.map((d: { deadlineId: string }) => d.deadlineId)).toContain(decisionDue());
    const dues = docket.items.map((d: { dueOn: string }) => d.dueOn);
    expect([...dues].sort()).toEqual(dues);
    await api().get('/deadlines').query({ dueBefore: 'soon' }).expect(400);
  });

  it('serves the docket as an iCalendar feed behind a revocable token', async () => {
    const feed = await post('/calendar-feeds', { label: 'Outlook' });
    const ics = await api().get(feed.url).expect(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    const unfolded = ics.text.replace(/\r\n[ \t]/g, ''); // RFC 5545 folds lines at 75 octets
    expect(unfolded).toContain('BEGIN:VCALENDAR');
    expect(unfolded).toContain(`UID:${decisionDue()}`);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20240611');
    expect(unfolded).toContain('DTSTAMP:20240501T150000Z');
    expect(unfolded).toContain('Maria Delgado · 2024 BMW X5 xDrive40i'); // people read names (issue 11)
    await api().delete(`/calendar-feeds/${feed.id}`).expect(204);
    await api().get(feed.url).expect(401);
    await api().get('/deadlines.ics').query({ token: 'cal_nope' }).expect(401);
  });

  it('alerts each lead time once, signed, through an outage and a worker restart; satisfied deadlines go quiet', async () => {
    const subscription = await post('/webhook-subscriptions', {
      url: receiver.url,
      eventTypes: ['deadline.approaching', 'deadline.missed', 'case.presumption_met'],
    });
    expect(subscription.secret).toMatch(/^whsec_/);
    receiver.trust(subscription.secret);
    expect((await api().get(`/webhook-subscriptions/${subscription.id}`).expect(200)).body.secret).toBeUndefined();
    await post('/webhook-subscriptions', { url: 'http://169.254.169.254/x', eventTypes: ['*'] }).catch(() => undefined);
    await api()
      .post('/webhook-subscriptions')
      .send({ url: 'http://10.0.0.8/hook', eventTypes: ['deadline.missed'] })
      .expect(422);

    const decisionAlerts = () => receiver.uniqueById().filter((r) => r.payload.data.deadlineId === decisionDue());

    // 30 days before 2024-06-11, with the receiver down: the alert is queued and retried.
    receiver.up = false;
    clock.set('2024-05-12T15:00:00Z');
    await eventually(() => receiver.refused.length >= 1, 'a refused delivery');
    receiver.up = true;
    clock.advance({ seconds: 6 }); // past the first retry delay
    await eventually(() => decisionAlerts().length === 1, 'the 30-day alert');
    expect(decisionAlerts()[0]).toMatchObject({
      verified: true,
      payload: { type: 'deadline.approaching', data: { leadDays: 30, dueOn: '2024-06-11', caseId } },
    });
    expect(JSON.stringify(decisionAlerts()[0].payload)).not.toMatch(/Maria|5UXCR6C06R9S12345/);

    // 14 days before: a second alert.
    clock.set('2024-05-28T15:00:00Z');
    await eventually(() => decisionAlerts().length === 2, 'the 14-day alert');

    // 7 days before, the receiver is down again and the worker dies holding a claimed delivery
    // (its lease still runs). A new worker on the same database delivers it once the lease has
    // expired, under the same webhook-id.
    receiver.up = false;
    const refusedBefore = receiver.refused.length;
    clock.set('2024-06-04T15:00:00Z');
    await eventually(() => receiver.refused.length > refusedBefore, 'the 7-day alert to be attempted');
    const inFlight = receiver.refused[receiver.refused.length - 1];
    await t.db.pool.query(`UPDATE wh_messages SET locked_until = $2 WHERE id = $1`, [inFlight, new Date('2024-06-04T15:01:00Z')]);
    await t.stop();
    receiver.up = true;
    t = await startTestApp({ clock, env: ENV, database: t.db });
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received.map((r) => r.id)).not.toContain(inFlight); // the dead worker's lease still holds
    clock.advance({ minutes: 2 });
    await eventually(() => receiver.received.some((r) => r.id === inFlight), 'the in-flight delivery after the restart');
    expect(decisionAlerts().find((a) => a.id === inFlight)?.payload.data.leadDays).toBe(7);

    // The decision arrives: the deadline is MET and raises nothing more, not even at 1 day or after.
    await post(`/cases/${caseId}/dispute-claims/${claimId}/decision`, { decidedOn: '2024-06-04', award: 'repurchase' });
    // Read-your-writes on the docket (the alert scan reads it): GET /deadlines waits for the docket
    // projection to reach the log's head. A single-case read would not: it comes from the stream.
    await api().get('/deadlines').expect(200);
    clock.set('2024-06-10T15:00:00Z');
    await new Promise((r) => setTimeout(r, 600));

    clock.set('2024-06-20T15:00:00Z');
    await new Promise((r) => setTimeout(r, 600));
    const leads = decisionAlerts().map((a) => a.payload.data.leadDays);
    expect(leads).toEqual([30, 14, 7]);
    expect(receiver.received.filter((r) => r.payload.data.deadlineId === decisionDue()).length).toBeGreaterThanOrEqual(3);
    expect(
      new Set(receiver.uniqueById().map((r) => `${r.payload.data.deadlineId}:${r.payload.type}:${r.payload.data.leadDays}`)).size,
    ).toBe(receiver.uniqueById().length);

    const deliveries = (await api().get(`/webhook-subscriptions/${subscription.id}/deliveries`).expect(200)).body;
    const first = deliveries.find(
      (d: { payload: { data: { leadDays: number; deadlineId: string } } }) =>
        d.payload.data.deadlineId === decisionDue() && d.payload.data.leadDays === 30,
    );
    expect(first).toMatchObject({ status: 'delivered' });
    expect(first.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([503, 204]);
    expect(first.attempts[1].latencyMs).toEqual(expect.any(Number));

    const test = (await api().post(`/webhook-subscriptions/${subscription.id}/test`).expect(200)).body;
    expect(test.statusCode).toBe(204);
    const redelivered = (await api().post(`/webhook-subscriptions/${subscription.id}/deliveries/${first.messageId}/redeliver`).expect(200))
      .body;
    expect(redelivered.statusCode).toBe(204);
    expect(receiver.received.filter((r) => r.id === first.messageId).length).toBeGreaterThanOrEqual(2);
  });

  // The decision is the program's to make: past its date it is OVERDUE (actor 'program'), not MISSED (issue 13 s2).
  it("says a program's late decision is OVERDUE on the docket and alerts it once", async () => {
    const other = await post('/cases', openCaseBody());
    const claim = await post(`/cases/${other.caseId}/dispute-claims`, {
      program: 'BBB_AUTO_LINE',
      filedOn: '2024-06-01',
      manufacturerContactedFirst: true,
    });
    const id = `${other.caseId}:dispute_decision_due:${claim.claimId}`; // due 2024-07-11
    clock.set('2024-07-12T15:00:00Z');
    await eventually(
      () => receiver.uniqueById().some((r) => r.payload.type === 'deadline.missed' && r.payload.data.deadlineId === id),
      'the missed alert',
    );
    const overdue = (await api().get('/deadlines').query({ status: 'OVERDUE' }).expect(200)).body;
    expect(overdue.items.find((d: { deadlineId: string }) => d.deadlineId === id)).toMatchObject({ status: 'OVERDUE', actor: 'program' });
    const missed = (await api().get('/deadlines').query({ status: 'MISSED' }).expect(200)).body;
    expect(missed.items.map((d: { deadlineId: string }) => d.deadlineId)).not.toContain(id);
    await new Promise((r) => setTimeout(r, 400));
    expect(receiver.uniqueById().filter((r) => r.payload.type === 'deadline.missed' && r.payload.data.deadlineId === id)).toHaveLength(1);
  });
});
