import { randomUUID } from 'node:crypto';
import type { EventStore } from '@lemon/event-store';
import { ProjectionSpec, type GivenCaseEvent } from '@lemon/testing';
import { CaseAlertsReactor } from './alerts/case-alerts.reactor';
import { ProjectedCases } from './case-history/projected-cases';
import { CaseListProjection } from './case-list/case-list.projection';
import { DeadlineDocketProjection } from './deadline-docket/deadline-docket.projection';
import { ReadModelWaiter } from './runner/read-model-waiter';

/** A small hand-built case history (the projections only need valid event data, not the decider). */
const caseHistory = (caseId = randomUUID()) => {
  const at = (type: string, data: object): GivenCaseEvent => ({ caseId, type, data });
  return {
    caseId,
    opened: (jurisdiction = 'CA') =>
      at('CaseOpened', {
        caseId,
        client: { name: 'Maria Delgado', email: 'maria@example.com' },
        vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2024 },
        jurisdiction,
        acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
        warranty: { months: 48, miles: 50000 },
        manufacturer: { name: 'BMW of North America', noticeRequirementDisclosed: true },
        ownerOrganisationId: 'org-firm',
      }),
    defect: (nonconformityId: string) =>
      at('NonconformityReported', { nonconformityId, description: 'Brakes sink', safetyCritical: true, firstReportedOn: '2024-02-01' }),
    repair: (repairAttemptId: string, ro: string, nonconformityId: string) =>
      at('RepairAttemptRecorded', {
        repairAttemptId,
        repairOrderNumber: ro,
        dateIn: '2024-02-05',
        dateOut: '2024-02-09',
        mileageIn: 1620,
        nonconformityIds: [nonconformityId],
        outcome: 'not_fixed',
      }),
    claim: (claimId: string, filedOn: string) =>
      at('DisputeClaimFiled', { claimId, program: 'BBB_AUTO_LINE', filedOn, manufacturerContactedFirst: false }),
    decision: (claimId: string, decidedOn: string) => at('DisputeDecisionIssued', { claimId, decidedOn, award: 'repurchase' }),
    shared: (organisationId: string) => at('CaseShared', { organisationId, access: 'read' }),
    revoked: (organisationId: string) => at('CaseShareRevoked', { organisationId }),
    resolved: () => at('CaseResolved', { resolvedOn: '2024-06-01', resolution: 'settlement' }),
    note: (text: string) => at('NoteAdded', { noteId: randomUUID(), text }),
  };
};

describe('case list projection: events in, rows out', () => {
  let spec: ProjectionSpec;
  // 22:30 EDT on 2025-06-02: the UTC date is already 2025-06-03; the legal day is the 2nd.
  beforeAll(async () => (spec = await ProjectionSpec.start((deps) => new CaseListProjection(deps), { now: '2025-06-03T02:30:00Z' })));
  afterAll(async () => spec?.close());

  const row = async (caseId: string) =>
    (
      await spec.rows(
        `SELECT case_id, version, status, jurisdiction, client_name, search_text, organisation_id, shared_with,
                to_char(presumption_evaluated_on, 'YYYY-MM-DD') AS evaluated_on
           FROM rm_case_summaries WHERE case_id = $1`,
        [caseId],
      )
    )[0];

  it('writes one searchable row per case, evaluated on the legal day (not the UTC date)', async () => {
    const c = caseHistory();
    await spec.given(c.opened('NY'), c.defect('nc-1'));
    await spec.when(c.repair('r-1', 'RO-7781', 'nc-1'));
    expect(await row(c.caseId)).toEqual({
      case_id: c.caseId,
      version: 3,
      status: 'open',
      jurisdiction: 'NY',
      client_name: 'Maria Delgado',
      search_text: 'maria delgado 5uxcr6c06r9s12345 bmw x5 bmw of north america ro-7781',
      organisation_id: 'org-firm',
      shared_with: [],
      evaluated_on: '2025-06-02',
    });
  });

  it('carries the manufacturer, the days out of service (merged) and the last activity', async () => {
    const c = caseHistory();
    const open = (id: string, dateIn: string) => ({
      caseId: c.caseId,
      type: 'RepairAttemptRecorded',
      data: {
        repairAttemptId: id,
        repairOrderNumber: `RO-${id}`,
        dateIn,
        mileageIn: 1700,
        nonconformityIds: ['nc-1'],
        outcome: 'not_fixed',
      },
    });
    await spec.given(c.opened(), c.defect('nc-1'), c.repair('r-1', 'RO-1', 'nc-1'));
    const facts = `SELECT manufacturer_name, manufacturer_directory_id, days_out_of_service, to_char(days_out_counted_on, 'YYYY-MM-DD') AS counted_on,
                          repair_open, last_event_type FROM rm_case_summaries WHERE case_id = $1`;
    // 2024-02-05 to 2024-02-09: five calendar days.
    expect((await spec.rows(facts, [c.caseId]))[0]).toEqual({
      manufacturer_name: 'BMW of North America',
      manufacturer_directory_id: null,
      days_out_of_service: 5,
      counted_on: '2025-06-02',
      repair_open: false,
      last_event_type: 'RepairAttemptRecorded',
    });
    // A visit still open on 2025-05-31 counts through the legal day (2025-05-31, 06-01, 06-02): 3 more days.
    await spec.when(open('r-2', '2025-05-31'), {
      caseId: c.caseId,
      type: 'ManufacturerLinked',
      data: { manufacturerId: 'bmw', name: 'BMW' },
    });
    expect((await spec.rows(facts, [c.caseId]))[0]).toMatchObject({
      manufacturer_directory_id: 'bmw',
      days_out_of_service: 8,
      repair_open: true,
      last_event_type: 'ManufacturerLinked',
    });
  });

  it('follows shares, revocations and the resolution', async () => {
    const c = caseHistory();
    await spec.given(c.opened(), c.shared('org-maker'), c.shared('org-other'));
    expect(await row(c.caseId)).toMatchObject({ shared_with: ['org-maker', 'org-other'], status: 'open' });
    await spec.when(c.revoked('org-other'), c.resolved());
    expect(await row(c.caseId)).toMatchObject({ version: 5, shared_with: ['org-maker'], status: 'resolved' });
  });

  it('rebuilds to exactly the rows it keeps live', async () => {
    const live = await spec.rows('SELECT * FROM rm_case_summaries ORDER BY case_id');
    expect(live.length).toBe(3);
    await spec.rebuild(3); // batches of 3 events: each case is split across batches
    expect(await spec.rows('SELECT * FROM rm_case_summaries ORDER BY case_id')).toEqual(live);
    await spec.rebuildFromStreams(1); // whole streams, one case per page
    expect(await spec.rows('SELECT * FROM rm_case_summaries ORDER BY case_id')).toEqual(live);
  });

  it('lists the client as last updated and a reopened case as open (read through the case-file fold)', async () => {
    const c = caseHistory();
    await spec.given(c.opened(), c.resolved());
    expect(await row(c.caseId)).toMatchObject({ client_name: 'Maria Delgado', status: 'resolved' });
    await spec.when(
      { caseId: c.caseId, type: 'ClientDetailsUpdated', data: { client: { name: 'Maria Delgado-Ruiz' } } },
      { caseId: c.caseId, type: 'CaseReopened', data: { reason: 'settlement fell through' } },
    );
    expect(await row(c.caseId)).toMatchObject({ version: 4, client_name: 'Maria Delgado-Ruiz', status: 'open' });
  });

  it('files a case under its corrected jurisdiction and lists and searches it by its corrected vehicle', async () => {
    const c = caseHistory();
    await spec.given(c.opened('CA'), c.defect('nc-1'));
    await spec.when(
      { caseId: c.caseId, type: 'JurisdictionCorrected', data: { jurisdiction: 'NV', correctionReason: 'Bought in Reno' } },
      {
        caseId: c.caseId,
        type: 'VehicleCorrected',
        data: { vehicle: { vin: 'WBA5R1C55KA123456', make: 'BMW', model: '530i', modelYear: 2019 }, correctionReason: 'Title' },
      },
    );
    expect(
      (
        await spec.rows('SELECT jurisdiction, vin, model, model_year, search_text FROM rm_case_summaries WHERE case_id = $1', [c.caseId])
      )[0],
    ).toEqual({
      jurisdiction: 'NV',
      vin: 'WBA5R1C55KA123456',
      model: '530i',
      model_year: 2019,
      search_text: 'maria delgado wba5r1c55ka123456 bmw 530i bmw of north america',
    });
  });
});

describe('deadline docket projection: events in, rows out', () => {
  let spec: ProjectionSpec;
  // 20:30 EDT on 2024-06-11 (UTC: the 12th).
  beforeAll(async () => (spec = await ProjectionSpec.start((deps) => new DeadlineDocketProjection(deps), { now: '2024-06-12T00:30:00Z' })));
  afterAll(async () => spec?.close());

  const decisionDue = async (caseId: string, claimId: string) =>
    (
      await spec.rows(
        `SELECT status, to_char(due_on, 'YYYY-MM-DD') AS due_on, to_char(computed_on, 'YYYY-MM-DD') AS computed_on, organisation_id, shared_with
           FROM rm_deadlines WHERE deadline_id = $1`,
        [`${caseId}:dispute_decision_due:${claimId}`],
      )
    )[0];

  it('computes a decision due today as OPEN on the legal day, even after the UTC date has moved on', async () => {
    const c = caseHistory();
    // Filed 2024-04-25, manufacturer not contacted first: 40 + 7 days -> due 2024-06-11.
    await spec.given(c.opened());
    await spec.when(c.claim('claim-1', '2024-04-25'));
    expect(await decisionDue(c.caseId, 'claim-1')).toEqual({
      status: 'OPEN',
      due_on: '2024-06-11',
      computed_on: '2024-06-11',
      organisation_id: 'org-firm',
      shared_with: [],
    });
  });

  it('recomputes on each event: shares travel with the rows, a decision meets the deadline', async () => {
    const c = caseHistory();
    await spec.given(c.opened(), c.claim('claim-2', '2024-04-25'));
    await spec.when(c.shared('org-maker'), c.decision('claim-2', '2024-06-05'));
    expect(await decisionDue(c.caseId, 'claim-2')).toMatchObject({ status: 'MET', shared_with: ['org-maker'] });
  });

  it('carries the client and the vehicle beside the case id, as last updated', async () => {
    const c = caseHistory();
    await spec.given(c.opened(), c.claim('claim-3', '2024-04-25'));
    await spec.when({ caseId: c.caseId, type: 'ClientDetailsUpdated', data: { client: { name: 'Maria Delgado-Ruiz' } } });
    expect(
      await spec.rows('SELECT DISTINCT client_name, model_year, make, model FROM rm_deadlines WHERE case_id = $1', [c.caseId]),
    ).toEqual([{ client_name: 'Maria Delgado-Ruiz', model_year: 2024, make: 'BMW', model: 'X5' }]);
  });

  it('moves the rows to the corrected jurisdiction and recomputes them under its rules', async () => {
    const c = caseHistory();
    // Filed 2024-04-25 with BBB AUTO LINE: California's decision is due after 40 + 7 days.
    await spec.given(c.opened('CA'), c.claim('claim-4', '2024-04-25'));
    const docket = () =>
      spec.rows(
        `SELECT kind, jurisdiction, to_char(due_on, 'YYYY-MM-DD') AS due_on, rule FROM rm_deadlines WHERE case_id = $1 ORDER BY kind`,
        [c.caseId],
      );
    const before = await docket();
    expect(before.map((r) => r.jurisdiction)).toEqual(before.map(() => 'CA'));
    await spec.when({
      caseId: c.caseId,
      type: 'JurisdictionCorrected',
      data: { jurisdiction: 'NY', correctionReason: 'Bought in Albany' },
    });
    const after = await docket();
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((r) => r.jurisdiction)).toEqual(after.map(() => 'NY'));
    // The rights period follows the new state's statute: California's 18 months, New York's 2 years.
    const rightsPeriod = (rows: typeof before) => rows.find((r) => r.kind === 'rights_period_end');
    expect(rightsPeriod(before)).toMatchObject({ due_on: '2025-07-10', rule: { citation: 'Cal. Civ. Code s 1793.22(b)' } });
    expect(rightsPeriod(after)).toMatchObject({ due_on: '2026-01-10', rule: { citation: 'N.Y. Gen. Bus. Law s 198-a(a)(2), (b)' } });
  });

  it('rebuilds to exactly the rows it keeps live', async () => {
    const live = await spec.rows('SELECT * FROM rm_deadlines ORDER BY deadline_id');
    expect(live.length).toBeGreaterThan(2);
    await spec.rebuild(2);
    expect(await spec.rows('SELECT * FROM rm_deadlines ORDER BY deadline_id')).toEqual(live);
    await spec.rebuildFromStreams(1);
    expect(await spec.rows('SELECT * FROM rm_deadlines ORDER BY deadline_id')).toEqual(live);
  });
});

describe('case alerts reactor: events in, alert rows out', () => {
  let spec: ProjectionSpec;
  beforeAll(
    async () =>
      (spec = await ProjectionSpec.start((deps) => new CaseAlertsReactor({ ...deps, leadDays: [30, 14, 7, 1] }), {
        now: '2024-06-20T15:00:00Z',
      })),
  );
  afterAll(async () => spec?.close());

  const alerts = (caseId: string) =>
    spec.rows(
      `SELECT split_part(deadline_id, ':', 2) AS kind, alert_kind, lead_days, outcome, to_char(raised_on, 'YYYY-MM-DD') AS raised_on
         FROM al_alerts WHERE case_id = $1 AND deadline_id LIKE '%dispute_decision_due%' ORDER BY alert_kind, lead_days`,
      [caseId],
    );

  it('raises deadline.missed once for a deadline already MISSED when first computed', async () => {
    const c = caseHistory();
    // Filed 2024-04-01: decision due 2024-05-18, a month before the case is entered.
    await spec.given(c.opened());
    await spec.when(c.claim('claim-1', '2024-04-01'));
    const raised = [
      { kind: 'dispute_decision_due', alert_kind: 'deadline.missed', lead_days: 0, outcome: 'raised', raised_on: '2024-06-20' },
    ];
    expect(await alerts(c.caseId)).toEqual(raised);
    await spec.when(c.note('chasing BBB'));
    expect(await alerts(c.caseId)).toEqual(raised);
  });

  it('raises only the nearest lead time for a deadline first computed inside several windows', async () => {
    const c = caseHistory();
    // Filed 2024-05-20: decision due 2024-07-06, 16 days after 2024-06-20: inside the 30-day window only.
    await spec.given(c.opened());
    await spec.when(c.claim('claim-2', '2024-05-20'));
    expect(await alerts(c.caseId)).toEqual([
      { kind: 'dispute_decision_due', alert_kind: 'deadline.approaching', lead_days: 30, outcome: 'raised', raised_on: '2024-06-20' },
    ]);
  });

  it('raises the alerts of several cases in one batch once each, with the wider leads recorded as superseded', async () => {
    const [a, b] = [caseHistory(), caseHistory()];
    // Filed 2024-05-09: decision due 2024-06-25, 5 days after 2024-06-20: the 7-day lead, superseding 30 and 14.
    await spec.given(a.opened(), b.opened());
    await spec.when(a.claim('claim-a', '2024-05-09'), b.claim('claim-b', '2024-05-09'));
    const rows = async (caseId: string) =>
      (await alerts(caseId)).map(
        (r) =>
          `${(r as { alert_kind: string }).alert_kind}@${(r as { lead_days: number }).lead_days}:${(r as { outcome: string }).outcome}`,
      );
    const expected = ['deadline.approaching@7:raised', 'deadline.approaching@14:superseded', 'deadline.approaching@30:superseded'];
    expect(await rows(a.caseId)).toEqual(expected);
    expect(await rows(b.caseId)).toEqual(expected);
    await spec.when(a.note('called the program'), b.note('called the program'));
    expect(await rows(a.caseId)).toEqual(expected);
    expect(await rows(b.caseId)).toEqual(expected);
  });

  it('keeps each case’s last presumption status, to raise case.presumption_met only on the crossing', async () => {
    const c = caseHistory();
    await spec.given(c.opened());
    expect(await spec.rows('SELECT status, case_version FROM rx_case_presumptions WHERE case_id = $1', [c.caseId])).toEqual([
      { status: expect.any(String), case_version: 1 },
    ]);
  });
});

describe("the worker's per-case state (ProjectedCases), shared by the case list and the docket: events in, rows out", () => {
  let spec: ProjectionSpec;
  let cases: ProjectedCases;
  let docket: DeadlineDocketProjection;
  /** Feeds the docket the events the case list was just fed (the two follow the log separately, as in the worker). */
  const docketSees = (events: Awaited<ReturnType<ProjectionSpec['project']>>) =>
    spec.dataSource.transaction((manager) => docket.apply(events, manager, 'live'));
  const listRows = () => spec.rows('SELECT * FROM rm_case_summaries ORDER BY case_id');
  const docketRows = () => spec.rows('SELECT * FROM rm_deadlines ORDER BY deadline_id');

  beforeAll(async () => {
    spec = await ProjectionSpec.start((deps) => {
      cases = new ProjectedCases(deps.store);
      docket = new DeadlineDocketProjection({ ...deps, cases });
      return new CaseListProjection({ ...deps, cases });
    });
  });
  afterAll(async () => spec?.close());

  it('reads each event once: a new event reads only itself, and the second consumer reads nothing', async () => {
    const c = caseHistory();
    await spec.given(c.opened('NY'), c.defect('nc-1'), c.claim('claim-1', '2024-04-25'));
    expect(cases.eventsRead).toBe(3);
    await spec.when(c.repair('r-1', 'RO-1', 'nc-1'));
    expect(cases.eventsRead).toBe(4); // the case list read the one new event, not the stream again
    await docketSees(await spec.store.readAll({ limit: 100, streamPrefix: 'case-' }));
    expect(cases.eventsRead).toBe(4); // the docket judged the case at version 4 from what is held
    expect(await spec.rows('SELECT DISTINCT case_version FROM rm_deadlines WHERE case_id = $1', [c.caseId])).toEqual([{ case_version: 4 }]);
  });

  it("gives a consumer behind the others the case at its own batch's version, without reading", async () => {
    const c = caseHistory();
    await spec.given(c.opened(), c.claim('claim-2', '2024-04-25'));
    const first = (await spec.store.readStream(`case-${c.caseId}`)).events; // versions 1 and 2
    await spec.when(c.decision('claim-2', '2024-06-05'), c.shared('org-maker')); // the case list is at version 4
    const read = cases.eventsRead;
    await docketSees(first);
    expect(cases.eventsRead).toBe(read);
    expect(await spec.rows('SELECT DISTINCT case_version, shared_with FROM rm_deadlines WHERE case_id = $1', [c.caseId])).toEqual([
      { case_version: 2, shared_with: [] },
    ]);
  });

  it('rebuilds to exactly the rows it keeps live (case list and docket)', async () => {
    await docketSees(await spec.store.readAll({ limit: 1000, streamPrefix: 'case-' }));
    const [list, deadlines] = [await listRows(), await docketRows()];
    expect(list.length).toBe(2);
    expect(deadlines.length).toBeGreaterThan(2);
    await spec.rebuildFromStreams(1);
    expect(await listRows()).toEqual(list);
    await spec.dataSource.transaction(async (manager) => {
      await docket.reset(manager);
      await docket.rebuildFromStreams(await spec.store.readStreamsPage({ streamPrefix: 'case-', limit: 1000 }), manager);
    });
    expect(await docketRows()).toEqual(deadlines);
  });
});

describe('the per-case state under its bounds: an evicted case is read whole again, with the same rows', () => {
  let spec: ProjectionSpec;
  let cases: ProjectedCases;
  const listRows = () => spec.rows('SELECT * FROM rm_case_summaries ORDER BY case_id');
  beforeAll(async () => {
    spec = await ProjectionSpec.start((deps) => {
      cases = new ProjectedCases(deps.store, { maxCases: 1, maxEvents: 4 });
      return new CaseListProjection({ ...deps, cases });
    });
  });
  afterAll(async () => spec?.close());

  it('holds at most its cases and events; a miss reads the stream whole; the rows equal a rebuild', async () => {
    const [a, b] = [caseHistory(), caseHistory()];
    await spec.given(a.opened('NY'), a.defect('nc-1'));
    expect([cases.size, cases.eventsHeld, cases.eventsRead]).toEqual([1, 2, 2]);
    await spec.when(b.opened()); // b evicts a (one case at most)
    expect([cases.size, cases.eventsHeld, cases.eventsRead]).toEqual([1, 1, 3]);
    await spec.when(a.repair('r-1', 'RO-1', 'nc-1')); // a missed: its whole stream, 3 events, is read again
    expect([cases.size, cases.eventsHeld, cases.eventsRead]).toEqual([1, 3, 6]);
    await spec.when(a.note('one'), a.note('two')); // 5 events: beyond the events bound, a is not held at all
    expect([cases.size, cases.eventsHeld, cases.eventsRead]).toEqual([0, 0, 8]);
    await spec.when(a.note('three')); // so its next event reads it whole
    expect(cases.eventsRead).toBe(14);
    expect((await spec.rows('SELECT version, search_text FROM rm_case_summaries WHERE case_id = $1', [a.caseId]))[0]).toMatchObject({
      version: 6,
      search_text: expect.stringContaining('ro-1'),
    });
    const live = await listRows();
    await spec.rebuildFromStreams(1);
    expect(await listRows()).toEqual(live);
  });
});

describe('the per-case state over a store without bulk reads (as KurrentDB)', () => {
  let spec: ProjectionSpec;
  beforeAll(async () => (spec = await ProjectionSpec.start((deps) => new CaseListProjection(deps))));
  afterAll(async () => spec?.close());

  it('reads stream by stream, only what follows what it holds, and judges the same', async () => {
    const [a, b] = [caseHistory(), caseHistory()];
    await spec.given(a.opened('NY'), a.defect('nc-1'), b.opened(), a.repair('r-1', 'RO-1', 'nc-1'), b.shared('org-maker'));
    const oneByOne = { readStream: spec.store.readStream.bind(spec.store) } as unknown as EventStore;
    const [single, bulk] = [new ProjectedCases(oneByOne), new ProjectedCases(spec.store)];
    const upTo = new Map([
      [a.caseId, 2],
      [b.caseId, 2],
    ]);
    const judged = async (cases: ProjectedCases, versions: Map<string, number>) =>
      [...(await cases.viewsAt(versions, '2025-06-02'))].map(([id, v]) => [
        id,
        v.events.length,
        v.caseFile,
        v.presumption().status,
        v.deadlines(),
      ]);
    expect(await judged(single, upTo)).toEqual(await judged(bulk, upTo));
    expect(single.eventsRead).toBe(5); // everything there was: a's versions 1..3 and b's 1..2, judged at 2 and 2
    upTo.set(a.caseId, 3);
    expect(await judged(single, upTo)).toEqual(await judged(bulk, upTo));
    expect(single.eventsRead).toBe(5); // a's third event was held already
    await spec.given(a.note('later'));
    upTo.set(a.caseId, 4);
    expect(await judged(single, upTo)).toEqual(await judged(bulk, upTo));
    expect(single.eventsRead).toBe(6); // only the new event
  });
});

describe('read-your-writes against the whole log (ReadModelWaiter.waitForLog)', () => {
  let spec: ProjectionSpec;
  beforeAll(async () => (spec = await ProjectionSpec.start((deps) => new CaseListProjection(deps))));
  afterAll(async () => spec?.close());

  const checkpointAt = (position: string | undefined) =>
    spec.dataSource.query(
      `INSERT INTO rm_checkpoints (projection, version, position, events_applied, updated_at) VALUES ('probe', 1, $1, 0, now())
       ON CONFLICT (projection, version) DO UPDATE SET position = EXCLUDED.position`,
      [position],
    );

  it('answers at once for a projection at the last committed position, and waits for one behind the log', async () => {
    const waiter = new ReadModelWaiter(spec.dataSource, 150);
    const c = caseHistory();
    await spec.given(c.opened());
    await checkpointAt(await spec.store.headPosition());
    expect(await waiter.waitForLog('probe', 1, spec.store)).toBe(true);
    await spec.given(c.defect('nc-1')); // the log moves on; the probe's checkpoint does not
    expect(await waiter.waitForLog('probe', 1, spec.store)).toBe(false); // gave up after its timeout
    await checkpointAt(await spec.store.headPosition());
    expect(await waiter.waitForLog('probe', 1, spec.store)).toBe(true);
  });
});
