import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 13 through HTTP: the AB 1755 election (Code Civ. Proc. 871.20 et seq.), the Georgia
 * versions and confidences on GET /jurisdictions/{code}, Florida's notice method, and the wording
 * of the deadlines (actor, UPCOMING/PASSED period end, presumption.metOn).
 */
describe('the law through HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2026-08-01T15:00:00Z' });
  });
  afterAll(async () => t?.close());
  const api = () => t.client();
  const post = async (path: string, body: object) => (await api().post(path).send(body).expect(201)).body;
  const caBody = () =>
    openCaseBody({
      vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2025 },
      acquisition: { type: 'purchase', deliveryDate: '2025-06-02', odometerAtDelivery: 10 },
      warranty: { months: 36, miles: 36000 },
    });

  it('records the AB 1755 election per case and puts the procedure’s clocks on the docket with citations', async () => {
    const { caseId } = await post('/cases', caBody());
    const before = (await api().get(`/cases/${caseId}/deadlines`).expect(200)).body;
    expect(before.notes.join(' ')).toContain('No election under Code Civ. Proc.');
    expect(before.deadlines.some((d: { kind: string }) => d.kind.startsWith('elected_procedure'))).toBe(false);

    await post(`/cases/${caseId}/ab1755-election`, {
      elected: true,
      electedOn: '2025-01-15',
      source: 'DCA list of electing manufacturers',
    });
    await post(`/cases/${caseId}/odometer-readings`, { readOn: '2026-06-02', mileage: 3010 });
    await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2026-07-01', method: 'certified_mail', receivedOn: '2026-07-06' });
    expect((await api().get(`/cases/${caseId}`).expect(200)).body.ab1755Election).toEqual({
      elected: true,
      electedOn: '2025-01-15',
      source: 'DCA list of electing manufacturers',
    });
    const report = (await api().get(`/cases/${caseId}/deadlines`).expect(200)).body;
    expect(report.rulePackVersion.id).toBe('CA-1+CA-AB1755');
    const byKind = Object.fromEntries(report.deadlines.map((d: { kind: string }) => [d.kind, d]));
    expect(byKind.time_to_file).toMatchObject({
      dueOn: '2029-06-02',
      actor: 'firm',
      rule: { citation: 'Code Civ. Proc. s 871.21(a), (b)' },
    });
    expect(byKind.pre_suit_notice).toMatchObject({
      dueOn: '2029-05-03',
      actor: 'consumer',
      rule: { citation: 'Code Civ. Proc. s 871.24(a)' },
    });
    expect(byKind.elected_procedure_offer).toMatchObject({ dueOn: '2026-08-05', status: 'OPEN', actor: 'manufacturer' });
    expect(byKind.elected_procedure_remedy).toMatchObject({ dueOn: '2026-09-04', actor: 'manufacturer' });
    expect(byKind.elected_procedure_disclosures).toMatchObject({ dueOn: null, status: 'NOT_APPLICABLE', lowConfidence: true });
    expect(byKind.elected_procedure_mediation.rule.citation).toBe('Code Civ. Proc. s 871.26(d)');
    expect(byKind.rights_period_end).toMatchObject({
      status: 'UPCOMING',
      actor: 'consumer',
      presumption: { status: 'NOT_MET', metOn: null },
    });

    const docket = (await api().get('/deadlines').query({ kind: 'elected_procedure_offer' }).expect(200)).body;
    expect(docket.items.find((d: { caseId: string }) => d.caseId === caseId)).toMatchObject({ actor: 'manufacturer', dueOn: '2026-08-05' });
  });

  it('a recorded pre-suit notice, complaint and answer date the AB 1755 windows, the 871.26 clocks and the time to file; each can be corrected and voided', async () => {
    const { caseId } = await post('/cases', caBody());
    await post(`/cases/${caseId}/ab1755-election`, { elected: true, electedOn: '2025-01-15' });
    await post(`/cases/${caseId}/odometer-readings`, { readOn: '2026-06-02', mileage: 3010 });
    const deadlines = async () =>
      Object.fromEntries(
        (await api().get(`/cases/${caseId}/deadlines`).expect(200)).body.deadlines.map((d: { kind: string }) => [d.kind, d]),
      );

    const notice = await post(`/cases/${caseId}/litigation-steps`, {
      kind: 'presuit_notice',
      on: '2026-05-04',
      receivedOn: '2026-05-06',
      method: 'email',
    });
    expect(notice.stepId).toEqual(expect.any(String));
    const complaint = await post(`/cases/${caseId}/litigation-steps`, {
      kind: 'complaint_filed',
      on: '2026-06-15',
      court: 'Superior Court of California, County of Los Angeles',
      caseNumber: '26STCV04512',
    });
    const answer = await post(`/cases/${caseId}/litigation-steps`, { kind: 'answer_filed', on: '2026-07-20' });

    let byKind = await deadlines();
    // 871.24(e)(1): 2026-05-06 + 30 = 2026-06-05; 871.26(b): 2026-07-20 + 60 = 2026-09-18; (d): + 90 = 2026-10-18.
    expect(byKind.elected_procedure_offer).toMatchObject({ dueOn: '2026-06-05', basedOn: [expect.any(String)] });
    expect(byKind.elected_procedure_disclosures).toMatchObject({ dueOn: '2026-09-18', status: 'OPEN', actor: 'firm' });
    expect(byKind.elected_procedure_mediation).toMatchObject({ dueOn: '2026-10-18', rule: { citation: 'Code Civ. Proc. s 871.26(d)' } });
    expect(byKind.time_to_file).toMatchObject({ status: 'MET', satisfiedBy: { on: '2026-06-15' } });
    expect(byKind.pre_suit_notice).toMatchObject({ status: 'MET', satisfiedBy: { on: '2026-05-04' } });
    const summary = (await api().get(`/cases/${caseId}`).expect(200)).body;
    expect(summary.litigationSteps.map((s: { kind: string; voided: boolean }) => [s.kind, s.voided])).toEqual([
      ['presuit_notice', false],
      ['complaint_filed', false],
      ['answer_filed', false],
    ]);
    const docket = (await api().get('/deadlines').query({ kind: 'elected_procedure_disclosures' }).expect(200)).body;
    expect(docket.items.find((d: { caseId: string }) => d.caseId === caseId)).toMatchObject({ dueOn: '2026-09-18' });

    await post(`/cases/${caseId}/litigation-steps/${answer.stepId}/corrections`, {
      kind: 'answer_filed',
      on: '2026-07-22',
      correctionReason: 'the answer was file-stamped on the 22nd',
    });
    expect((await deadlines()).elected_procedure_disclosures.dueOn).toBe('2026-09-20');
    await post(`/cases/${caseId}/litigation-steps/${complaint.stepId}/void`, { reason: 'filed for another client' });
    byKind = await deadlines();
    expect(byKind.time_to_file.status).toBe('OPEN');
    const history = (await api().get(`/cases/${caseId}/history`).query({ pageSize: 100 }).expect(200)).body;
    expect(history.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['LitigationStepRecorded', 'LitigationStepCorrected', 'LitigationStepVoided']),
    );
  });

  it('refuses a malformed litigation step with field-level 400s, and a court on a pre-suit notice with 422, appending nothing', async () => {
    const { caseId } = await post('/cases', caBody());
    const before = (await api().get(`/cases/${caseId}`).expect(200)).body.version;
    const bad = (
      await api()
        .post(`/cases/${caseId}/litigation-steps`)
        .send({ kind: 'motion', on: '2026-02-30', receivedOn: 'soon', court: '' })
        .expect(400)
    ).body;
    expect(bad.errors.map((e: { field: string }) => e.field).sort()).toEqual(['court', 'kind', 'on', 'receivedOn']);
    const refused = (
      await api().post(`/cases/${caseId}/litigation-steps`).send({ kind: 'presuit_notice', on: '2026-05-04', court: 'LASC' }).expect(422)
    ).body;
    expect(JSON.stringify(refused)).toContain('not to a pre-suit notice');
    expect((await api().get(`/cases/${caseId}`).expect(200)).body.version).toBe(before);
  });

  it('refuses a malformed election (400 naming the field) and an election on a case outside California (422)', async () => {
    const { caseId } = await post('/cases', caBody());
    const bad = (await api().post(`/cases/${caseId}/ab1755-election`).send({ elected: 'yes', electedOn: '2025-13-40' }).expect(400)).body;
    expect(bad.errors.map((e: { field: string }) => e.field).sort()).toEqual(['elected', 'electedOn']);
    const ny = await post('/cases', openCaseBody({ jurisdiction: 'NY' }));
    const refused = (await api().post(`/cases/${ny.caseId}/ab1755-election`).send({ elected: true }).expect(422)).body;
    expect(JSON.stringify(refused)).toContain('California');
  });

  it('GET /jurisdictions/GA shows the 2009 law and the former law as versions, each with its confidences', async () => {
    const ga = (await api().get('/jurisdictions/GA').expect(200)).body;
    expect(ga.versions.map((v: { id: string; effectiveFrom: string }) => [v.id, v.effectiveFrom])).toEqual([
      ['GA-1', '1900-01-01'],
      ['GA-2', '2009-01-01'],
    ]);
    const ga2 = ga.versions[1];
    expect(ga2.period).toMatchObject({ value: { months: 24, miles: 24000 }, confidence: 'M' });
    expect(ga2.seriousSafety.value).toEqual([expect.objectContaining({ threshold: 1, scope: 'any_serious_safety' })]);
    expect(ga2.stateArbitration).toMatchObject({ confidence: 'H', citation: 'O.C.G.A. s 10-1-786(a)' });
    expect(ga2.lowConfidence).toEqual(expect.arrayContaining(['period (M)']));
    expect(ga.versions[0].period.value).toMatchObject({ months: 12, miles: 12000 });
    // Every source a value names comes with its title and address, so a reader can follow it.
    const named = new Set<string>(
      JSON.stringify(ga.versions)
        .match(/"sources":\[[^\]]*\]/g)!
        .flatMap((list) => JSON.parse(list.slice(10))),
    );
    expect(named.size).toBeGreaterThan(0);
    expect(Object.keys(ga.sources)).toEqual(expect.arrayContaining([...named]));
    for (const key of named) expect(ga.sources[key]).toEqual({ title: expect.any(String), address: expect.stringMatching(/^https?:\/\//) });
  });

  it('Florida: a certified-mail notice does not satisfy 681.104, and the presumption says so', async () => {
    const { caseId } = await post(
      '/cases',
      openCaseBody({
        jurisdiction: 'FL',
        vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2026 },
        acquisition: { type: 'purchase', deliveryDate: '2026-01-05', odometerAtDelivery: 10 },
      }),
    );
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, {
      description: 'Infotainment reboots',
      safetyCritical: false,
    });
    await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2026-02-02',
      dateOut: '2026-03-03',
      mileageIn: 800,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2026-02-17', method: 'certified_mail', receivedOn: '2026-02-20' });
    const presumption = (await api().get(`/cases/${caseId}/presumption`).expect(200)).body;
    const days = presumption.prongs.find((p: { kind: string }) => p.kind === 'days_out_of_service');
    expect(days.met).toBe(false);
    expect(days.missingPreconditions[0].text).toContain('certified mail');
    expect(days.missingPreconditions[0].text).toContain('registered mail or express mail');
  });
});
