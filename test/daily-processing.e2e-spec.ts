import { EVENT_STORE } from '@lemon/event-store';
import { DailyProcessor, ProjectionRunner } from '@lemon/projections';
import { FixedClock, waitForProjections } from '@lemon/testing';
import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The legal day (LEGAL_TIME_ZONE, default America/New_York) is "today" everywhere: a deadline due
 * today stays OPEN through the New York evening (after 19:00 EDT the UTC date is already
 * tomorrow) and becomes MISSED at New York's midnight, when the daily processor runs, raising
 * `deadline.missed` once.
 */
describe('daily processor: time moves statuses at the start of each legal day', () => {
  const clock = FixedClock.at('2024-05-01T15:00:00Z');
  let t: TestApp;
  const api = () => t.client();
  const post = async (path: string, body: object) => (await api().post(path).send(body).expect(201)).body;
  const projected = () => waitForProjections(t.app.get(ProjectionRunner), t.app.get(EVENT_STORE));
  const daily = () => t.app.get(DailyProcessor);
  const missedAlerts = async (deadlineId: string) =>
    Number(
      (await t.db.pool.query("SELECT count(*) AS n FROM al_alerts WHERE deadline_id = $1 AND alert_kind = 'deadline.missed'", [deadlineId]))
        .rows[0].n,
    );
  const onDocket = async (deadlineId: string) => {
    const docket = (await api().get('/deadlines').query({ kind: 'dispute_decision_due' }).expect(200)).body;
    return docket.items.find((d: { deadlineId: string }) => d.deadlineId === deadlineId);
  };
  const storedStatus = async (deadlineId: string) =>
    (await t.db.pool.query('SELECT status FROM rm_deadlines WHERE deadline_id = $1', [deadlineId])).rows[0]?.status;

  beforeAll(async () => {
    t = await startTestApp({ clock });
  }, 30_000);
  afterAll(async () => t?.close(), 30_000);

  it('keeps a deadline due today OPEN after 19:00 New York time, moves it past due at local midnight, and alerts once', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    // Filed 2024-04-25, BMW not contacted first: 40 + 7 days -> BBB decision due 2024-06-11.
    const { claimId } = await post(`/cases/${caseId}/dispute-claims`, {
      program: 'BBB_AUTO_LINE',
      filedOn: '2024-04-25',
      manufacturerContactedFirst: false,
    });
    const deadlineId = `${caseId}:dispute_decision_due:${claimId}`;
    await projected();
    expect(await onDocket(deadlineId)).toMatchObject({ dueOn: '2024-06-11', status: 'OPEN' });

    clock.set('2024-06-11T22:30:00Z'); // 18:30 EDT on the due date
    expect(await daily().runIfDue()).toMatchObject({ legalDay: '2024-06-11' });
    expect(await onDocket(deadlineId)).toMatchObject({ status: 'OPEN' });

    clock.set('2024-06-12T00:30:00Z'); // 20:30 EDT on 2024-06-11: the UTC date is already the 12th
    expect(await daily().runIfDue()).toBeUndefined(); // same legal day: nothing to do
    expect(await onDocket(deadlineId)).toMatchObject({ status: 'OPEN' });
    expect(await storedStatus(deadlineId)).toBe('OPEN');
    expect(await missedAlerts(deadlineId)).toBe(0);

    clock.set('2024-06-12T04:01:00Z'); // 00:01 EDT on 2024-06-12
    const run = await daily().runIfDue();
    expect(run).toMatchObject({ legalDay: '2024-06-12' });
    expect(run!.missed).toBeGreaterThanOrEqual(1);
    // A program's late decision is OVERDUE rather than MISSED (libs/deadlines); the alert is deadline.missed.
    expect(await storedStatus(deadlineId)).toBe('OVERDUE');
    expect(await onDocket(deadlineId)).toMatchObject({ status: 'OVERDUE' });
    expect(await missedAlerts(deadlineId)).toBe(1);

    // Again, and after a new event recomputes the case: still raised once.
    expect(await daily().runIfDue()).toBeUndefined();
    await daily().run('2024-06-12');
    await post(`/cases/${caseId}/notes`, { text: 'called the client' });
    await projected();
    expect(await missedAlerts(deadlineId)).toBe(1);
  }, 60_000);

  it('raises deadline.missed once for a deadline already MISSED when first computed', async () => {
    clock.set('2024-06-20T15:00:00Z');
    const { caseId } = await post('/cases', openCaseBody());
    // Filed 2024-04-01: decision due 2024-05-18, long past when the case is entered.
    const { claimId } = await post(`/cases/${caseId}/dispute-claims`, {
      program: 'BBB_AUTO_LINE',
      filedOn: '2024-04-01',
      manufacturerContactedFirst: false,
    });
    const deadlineId = `${caseId}:dispute_decision_due:${claimId}`;
    await projected();
    expect(await storedStatus(deadlineId)).toBe('OVERDUE');
    expect(await missedAlerts(deadlineId)).toBe(1); // by the alerts reactor, as soon as it was computed

    await post(`/cases/${caseId}/notes`, { text: 'asked BBB for the decision' });
    await projected();
    await daily().run('2024-06-20');
    expect(await missedAlerts(deadlineId)).toBe(1);
  }, 60_000);
});
