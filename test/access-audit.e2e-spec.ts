import { openCaseBody } from './support/case-histories';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

describe('a manufacturer audits a shared case; the firm sees every read; the file as it stood', () => {
  let t: TestApp;
  let world: World;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);

  beforeAll(async () => {
    t = await startTestApp({ now: '2024-03-01T15:00:00Z' });
    world = await createWorld(t);
  });
  afterAll(async () => t?.close());

  it('shares read-only, logs each read with who and how, and revokes', async () => {
    const { caseId } = (await as('firm.attorney').post('/cases').send(openCaseBody()).expect(201)).body;
    await as('shared.auditor').get(`/cases/${caseId}`).expect(404); // not shared yet: not even its existence
    await as('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.bmw.id }).expect(201);
    await as('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: '00000000-0000-4000-8000-000000000000' }).expect(422);

    await as('shared.auditor').get(`/cases/${caseId}`).set('X-Correlation-Id', 'bmw-audit-7').expect(200);
    await as('shared.auditor').get(`/cases/${caseId}/history`).expect(200);
    await as('shared.auditor').get(`/cases/${caseId}/deadlines`).expect(200);
    await as('shared.auditor').post(`/cases/${caseId}/notes`).send({ text: 'we disagree' }).expect(403);
    await as('unshared.auditor').get(`/cases/${caseId}`).expect(404);
    expect((await as('shared.auditor').get('/cases').expect(200)).body.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
    expect((await as('unshared.auditor').get('/cases').expect(200)).body.items).toEqual([]);

    const log = (await as('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads;
    const bmwReads = log.filter((r: { organisationId: string }) => r.organisationId === world.bmw.id);
    // The list is a read of the shared case too (one row for the request), issue 10 §6.
    expect(bmwReads.map((r: { path: string }) => r.path).sort()).toEqual(
      ['/cases', `/cases/${caseId}`, `/cases/${caseId}/deadlines`, `/cases/${caseId}/history`].sort(),
    );
    expect(bmwReads.find((r: { path: string }) => r.path === `/cases/${caseId}`)).toMatchObject({
      organisationKind: 'manufacturer',
      role: 'auditor',
      method: 'GET',
      correlationId: 'bmw-audit-7',
    });
    // Refused reads (the unshared manufacturer) read nothing, so they log nothing.
    expect(log.some((r: { organisationId: string }) => r.organisationId === world.audi.id)).toBe(false);

    const history = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).body.events;
    expect(history[0]).toMatchObject({
      type: 'CaseOpened',
      actor: { userId: world.firm.users.attorney, organisationId: world.firm.id, role: 'attorney' },
    });
    expect(history.map((e: { type: string }) => e.type)).toContain('CaseShared');

    await as('firm.attorney').delete(`/cases/${caseId}/shares/${world.bmw.id}`).expect(200);
    await as('shared.auditor').get(`/cases/${caseId}`).expect(404);
  });

  it('as of an instant: the file, its presumption and deadlines as they then stood; corrections beside the original', async () => {
    const post = async (path: string, body: object) => (await as('firm.staff').post(path).send(body).expect(201)).body;
    t.clock.set('2024-03-01T15:00:00Z');
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Engine stalls', safetyCritical: false });
    const { repairAttemptId } = await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2024-02-01',
      dateOut: '2024-03-01',
      mileageIn: 800,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    const beforeCorrection = '2024-03-05T12:00:00Z';

    t.clock.set('2024-03-10T15:00:00Z');
    await as('firm.staff')
      .post(`/cases/${caseId}/repair-attempts/${repairAttemptId}/corrections`)
      .send({ dateIn: '2024-02-01', dateOut: '2024-03-02', mileageIn: 800, nonconformityIds: [nonconformityId], outcome: 'not_fixed' })
      .expect(400); // a correction needs its reason
    await post(`/cases/${caseId}/repair-attempts/${repairAttemptId}/corrections`, {
      dateIn: '2024-02-01',
      dateOut: '2024-03-02',
      mileageIn: 800,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
      correctionReason: 'repair order shows release on March 2',
    });

    const then = (await as('firm.admin').get(`/cases/${caseId}`).query({ asOf: beforeCorrection }).expect(200)).body;
    expect(then).toMatchObject({
      version: 3,
      asOf: { instant: '2024-03-05T12:00:00.000Z', legalDate: '2024-03-05' },
      outOfService: { cumulativeDays: 30 },
      presumption: { status: 'NOT_MET', asOf: '2024-03-05' },
    });
    expect(then.deadlines.asOf).toBe('2024-03-05');
    const now = (await as('firm.admin').get(`/cases/${caseId}`).expect(200)).body;
    expect(now).toMatchObject({ version: 4, outOfService: { cumulativeDays: 31 }, presumption: { status: 'MET' } });

    const thenHistory = (await as('firm.admin').get(`/cases/${caseId}/history`).query({ asOf: beforeCorrection }).expect(200)).body;
    expect(thenHistory.events.map((e: { type: string }) => e.type)).toEqual([
      'CaseOpened',
      'NonconformityReported',
      'RepairAttemptRecorded',
    ]);
    const full = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).body.events;
    const correction = full.find((e: { type: string }) => e.type === 'RepairAttemptCorrected');
    expect(correction).toMatchObject({
      data: { dateOut: '2024-03-02', correctionReason: 'repair order shows release on March 2' },
      supersedes: { type: 'RepairAttemptRecorded', version: 3, data: { dateOut: '2024-03-01' } },
    });
    await as('firm.admin').get(`/cases/${caseId}`).query({ asOf: '2024-02-01T00:00:00Z' }).expect(404); // not opened yet then
    await as('firm.admin').get(`/cases/${caseId}`).query({ asOf: 'yesterday' }).expect(400);
  });
});
