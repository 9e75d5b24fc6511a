import request from 'supertest';
import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * California, Civ. Code 1793.22(b) as the seeds state it: within 18 months of delivery or 18,000
 * miles, (1) a safety defect repaired 2+ times and the manufacturer notified directly, or
 * (2) the same defect repaired 4+ times and the manufacturer notified, or (3) more than 30
 * calendar days out of service.
 */
describe('presumption through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2025-06-02T15:00:00Z' });
  });
  afterAll(async () => t?.close());
  const api = () => t.client();
  const post = async (path: string, body: object) => (await api().post(path).send(body).expect(201)).body;

  it('CA safety prong: two repairs are not enough until the manufacturer is notified directly', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, {
      description: 'Brakes fail to engage',
      safetyCritical: true,
    });
    const first = await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2024-02-05',
      dateOut: '2024-02-06',
      mileageIn: 900,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2024-03-05',
      dateOut: '2024-03-06',
      mileageIn: 1900,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });

    const before = (await api().get(`/cases/${caseId}/presumption`).query({ asOf: '2024-04-01' }).expect(200)).body;
    expect(before).toMatchObject({ status: 'NOT_MET', jurisdiction: 'CA', asOf: '2024-04-01' });
    const safety = before.prongs.find((p: { kind: string }) => p.kind === 'serious_safety_attempts');
    expect(safety).toMatchObject({ count: 2, threshold: 2, thresholdReached: true, met: false });
    expect(safety.missingPreconditions.map((m: { kind: string }) => m.kind)).toContain('manufacturer_notice');
    expect(safety.qualifying.map((q: { repairAttemptId: string }) => q.repairAttemptId)).toContain(first.repairAttemptId);
    expect(safety.citation).toMatch(/1793\.22/);
    // 18 months from delivery is 2025-07-10, but at ~35 miles a day the odometer reaches 18,000
    // first: the period closes earlier, on a date estimated from the odometer trend.
    expect(before.period).toMatchObject({
      start: '2024-01-10',
      dateLimit: '2025-07-10',
      milesLimit: 18000,
      closesBy: 'mileage',
      endsOnIsEstimate: true,
    });
    expect(before.period.endsOn < '2025-07-10').toBe(true);

    await post(`/cases/${caseId}/manufacturer-notices`, {
      sentOn: '2024-04-02',
      method: 'certified_mail',
      nonconformityIds: [nonconformityId],
    });
    const after = (await api().get(`/cases/${caseId}/presumption`).query({ asOf: '2024-04-10' }).expect(200)).body;
    expect(after.status).toBe('MET');
    expect(after.prongs.find((p: { kind: string }) => p.kind === 'serious_safety_attempts').met).toBe(true);
    // Evaluated on a date before the notice, the same history is not met: facts after asOf do not count.
    expect((await api().get(`/cases/${caseId}/presumption`).query({ asOf: '2024-04-01' }).expect(200)).body.status).toBe('NOT_MET');

    const summary = (await api().get(`/cases/${caseId}`).expect(200)).body;
    expect(summary.presumption).toMatchObject({ status: 'MET', asOf: '2025-06-02', statute: { citation: expect.any(String) } });

    const met = (await api().get('/cases').query({ presumption: 'MET' }).expect(200)).body;
    expect(met.items.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect(met.items.every((c: { presumptionStatus: string }) => c.presumptionStatus === 'MET')).toBe(true);
  });

  it('CA days prong: 30 calendar days is not "more than 30"; 31 is, and a correction changes the answer', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Engine stalls', safetyCritical: false });
    // 2024 is a leap year: Feb 1 .. Mar 1 inclusive is 30 days.
    const repair = await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2024-02-01',
      dateOut: '2024-03-01',
      mileageIn: 800,
      nonconformityIds: [nonconformityId],
      outcome: 'parts_on_order',
    });
    const thirty = (await api().get(`/cases/${caseId}/presumption`).query({ asOf: '2024-04-01' }).expect(200)).body;
    const days = thirty.prongs.find((p: { kind: string }) => p.kind === 'days_out_of_service');
    expect(days).toMatchObject({ count: 30, threshold: 30, comparison: 'more_than', met: false, distance: { remaining: 1 } });
    expect(thirty.status).toBe('NOT_MET');

    await post(`/cases/${caseId}/repair-attempts/${repair.repairAttemptId}/corrections`, {
      correctionReason: 'repair order shows release on March 2',
      dateIn: '2024-02-01',
      dateOut: '2024-03-02',
      mileageIn: 800,
      nonconformityIds: [nonconformityId],
      outcome: 'parts_on_order',
    });
    const thirtyOne = (await api().get(`/cases/${caseId}/presumption`).query({ asOf: '2024-04-01' }).expect(200)).body;
    expect(thirtyOne.status).toBe('MET');
    expect(thirtyOne.prongs.find((p: { kind: string }) => p.kind === 'days_out_of_service')).toMatchObject({ count: 31, met: true });
  });

  // Georgia before 2009 (GA-1, former O.C.G.A. s 10-1-784) limited the one-attempt safety tier to brakes or steering;
  // from 2009 (GA-2) any serious safety defect needs one attempt and no scope confirmation.
  it('facts the repair orders cannot show: a confirmed safety scope (GA before 2009) and the manufacturer’s notice disclosure (CA)', async () => {
    const ga = await post(
      '/cases',
      openCaseBody({
        jurisdiction: 'GA',
        vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2008 },
        acquisition: { type: 'purchase', deliveryDate: '2008-01-10', odometerAtDelivery: 12 },
      }),
    );
    const { nonconformityId } = await post(`/cases/${ga.caseId}/nonconformities`, {
      description: 'Steering locks up',
      safetyCritical: true,
    });
    await post(`/cases/${ga.caseId}/repair-attempts`, {
      dateIn: '2008-03-01',
      dateOut: '2008-03-02',
      mileageIn: 1500,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    const tierOne = (body: { prongs: Array<{ kind: string; threshold: number; missingPreconditions: Array<{ kind: string }> }> }) =>
      body.prongs.find((p) => p.kind === 'serious_safety_attempts' && p.threshold === 1)!.missingPreconditions.map((m) => m.kind);
    expect(tierOne((await api().get(`/cases/${ga.caseId}/presumption`).query({ asOf: '2008-04-01' })).body)).toContain('safety_scope');
    await post(`/cases/${ga.caseId}/nonconformities/${nonconformityId}/safety-scope`, { scopes: ['brakes_or_steering'] });
    expect(tierOne((await api().get(`/cases/${ga.caseId}/presumption`).query({ asOf: '2008-04-01' })).body)).not.toContain('safety_scope');
    await api()
      .post(`/cases/${ga.caseId}/nonconformities/${nonconformityId}/safety-scope`)
      .send({ scopes: ['wheels'] })
      .expect(400);

    const ca = await post('/cases', openCaseBody());
    const brakes = await post(`/cases/${ca.caseId}/nonconformities`, { description: 'Brakes fade', safetyCritical: true });
    for (const [dateIn, mileageIn] of [
      ['2024-02-05', 900],
      ['2024-03-05', 1900],
    ] as const) {
      await post(`/cases/${ca.caseId}/repair-attempts`, {
        dateIn,
        dateOut: dateIn,
        mileageIn,
        nonconformityIds: [brakes.nonconformityId],
        outcome: 'not_fixed',
      });
    }
    expect((await api().get(`/cases/${ca.caseId}/presumption`).query({ asOf: '2024-04-01' })).body.status).toBe('NOT_MET');
    await post(`/cases/${ca.caseId}/manufacturer-disclosure`, { noticeRequirementDisclosed: false });
    expect((await api().get(`/cases/${ca.caseId}/presumption`).query({ asOf: '2024-04-01' })).body.status).toBe('MET');
    expect((await api().get(`/cases/${ca.caseId}`)).body.manufacturer.noticeRequirementDisclosed).toBe(false);
  });

  it('rejects a malformed asOf and an unknown case', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    const bad = await api().get(`/cases/${caseId}/presumption`).query({ asOf: '2024-02-30' }).expect(400);
    expect(bad.body.errors[0].field).toBe('asOf');
    await api().get('/cases/00000000-0000-4000-8000-000000000000/presumption').expect(404);
  });

  it('shows each jurisdiction’s rule pack with citations, confidence and versions', async () => {
    const list = (await api().get('/jurisdictions').expect(200)).body;
    expect(list.items).toHaveLength(51);
    const md = list.items.find((j: { code: string }) => j.code === 'MD');
    expect(md.versions.length).toBeGreaterThanOrEqual(2);
    const ca = (await api().get('/jurisdictions/ca').expect(200)).body;
    expect(ca).toMatchObject({ code: 'CA', statute: { citation: expect.any(String), confidence: expect.stringMatching(/^[HML]$/) } });
    expect(ca.versions[0].period).toMatchObject({ value: { months: 18, miles: 18000 }, confidence: 'H' });
    expect(Array.isArray(ca.versions[0].lowConfidence)).toBe(true);
    await api().get('/jurisdictions/PR').expect(404);
  });
});
