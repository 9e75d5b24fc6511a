import { startTestApp, type TestApp } from './support/test-app';

/** A 2024 BMW X5 delivered in California on 2024-01-10 at 12 miles; 48 months / 50,000 miles warranty. */
const openCaseBody = () => ({
  client: { name: 'Maria Delgado', email: 'maria@example.com', phone: '+1 415 555 0101' },
  vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
  jurisdiction: 'CA',
  acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12, price: 68950 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: 'BMW of North America',
});

describe('every fact correctable, guards at entry (issue 10 §2, §3) over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2025-06-02T15:00:00Z' });
  }, 60_000);
  afterAll(async () => t?.close());

  const api = () => t.client();
  const openWithRepair = async () => {
    const { caseId } = (await api().post('/cases').send(openCaseBody()).expect(201)).body;
    const { nonconformityId } = (
      await api()
        .post(`/cases/${caseId}/nonconformities`)
        .send({ description: 'Brake pedal sinks at low speed', safetyCritical: true, firstReportedOn: '2024-02-01', mileage: 1500 })
        .expect(201)
    ).body;
    const repair = {
      repairOrderNumber: 'RO-1001',
      dealer: 'Bay BMW',
      dateIn: '2024-02-20',
      dateOut: '2024-02-27',
      mileageIn: 2400,
      mileageOut: 2412,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    };
    const { repairAttemptId } = (await api().post(`/cases/${caseId}/repair-attempts`).send(repair).expect(201)).body;
    return { caseId, nonconformityId, repairAttemptId, repair };
  };

  it('corrects an odometer typo and the case goes on', async () => {
    const { caseId, nonconformityId } = await openWithRepair();
    // 91,500 typed for 9,150: not impossible on its own, so it is accepted...
    const typo = await api()
      .post(`/cases/${caseId}/odometer-readings`)
      .send({ readOn: '2024-06-15', mileage: 91500, source: 'client photo' })
      .expect(201);
    const { readingId } = typo.body;
    // ...and every later repair is refused as the odometer going backwards.
    const nextRepair = {
      repairOrderNumber: 'RO-1002',
      dealer: 'Bay BMW',
      dateIn: '2024-07-01',
      dateOut: '2024-07-03',
      mileageIn: 9800,
      mileageOut: 9805,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    };
    const refused = await api().post(`/cases/${caseId}/repair-attempts`).send(nextRepair).expect(422);
    expect(refused.body.message).toContain('below 91,500 recorded on 2024-06-15');

    const corrected = await api()
      .post(`/cases/${caseId}/odometer-readings/${readingId}/corrections`)
      .send({ readOn: '2024-06-15', mileage: 9150, source: 'client photo', correctionReason: 'Typed 91,500 for 9,150' })
      .expect(201);
    expect(corrected.body).toMatchObject({ caseId, readingId, version: 5 });

    const accepted = await api().post(`/cases/${caseId}/repair-attempts`).send(nextRepair).expect(201);
    expect(accepted.body.version).toBe(6);

    // The summary lists the reading with its corrected mileage, marked corrected (what the web app offers to correct or void).
    const summary = (await api().get(`/cases/${caseId}`).expect(200)).body;
    expect(summary.odometerReadings).toEqual([
      { readingId, readOn: '2024-06-15', mileage: 9150, source: 'client photo', voided: false, corrected: true },
    ]);

    const history = (await api().get(`/cases/${caseId}/history`).expect(200)).body.events as Array<Record<string, unknown>>;
    const correction = history.find((e) => e.type === 'OdometerReadingCorrected');
    expect(correction).toMatchObject({
      occurredOn: '2024-06-15',
      data: { readingId, mileage: 9150, correctionReason: 'Typed 91,500 for 9,150' },
      supersedes: { type: 'OdometerReported', version: 4, data: { readingId, mileage: 91500 } },
    });
    expect(history.find((e) => e.type === 'OdometerReported')).toMatchObject({ data: { readingId, mileage: 91500 } });
  });

  it('voids a reading with a reason, and refuses a second void', async () => {
    const { caseId } = await openWithRepair();
    const { readingId } = (
      await api().post(`/cases/${caseId}/odometer-readings`).send({ readOn: '2024-06-15', mileage: 91500 }).expect(201)
    ).body;
    await api().post(`/cases/${caseId}/odometer-readings/${readingId}/void`).send({ reason: 'Typo' }).expect(201);
    expect((await api().get(`/cases/${caseId}`).expect(200)).body.odometerReadings).toEqual([
      { readingId, readOn: '2024-06-15', mileage: 91500, voided: true, corrected: false },
    ]);
    const again = await api().post(`/cases/${caseId}/odometer-readings/${readingId}/void`).send({ reason: 'Typo' }).expect(422);
    expect(again.body.message).toContain('was already voided');
    const blank = await api().post(`/cases/${caseId}/odometer-readings/${readingId}/void`).send({}).expect(400);
    expect(blank.body.errors).toEqual([{ field: 'reason', messages: expect.any(Array) }]);
  });

  it('refuses the same repair order twice with 409 duplicate_repair_order, unless confirmed', async () => {
    const { caseId, repairAttemptId, repair } = await openWithRepair();
    const before = (await api().get(`/cases/${caseId}/history`).expect(200)).body.events.length;
    const duplicate = await api().post(`/cases/${caseId}/repair-attempts`).send(repair).expect(409);
    expect(duplicate.body).toMatchObject({ code: 'duplicate_repair_order', existingRepairAttemptId: repairAttemptId });
    expect((await api().get(`/cases/${caseId}/history`).expect(200)).body.events.length).toBe(before);
    await api()
      .post(`/cases/${caseId}/repair-attempts`)
      .send({ ...repair, confirmDuplicate: true })
      .expect(201);
    const notBoolean = await api()
      .post(`/cases/${caseId}/repair-attempts`)
      .send({ ...repair, confirmDuplicate: 'yes' })
      .expect(400);
    expect(notBoolean.body.errors.map((e: { field: string }) => e.field)).toEqual(['confirmDuplicate']);
  });

  it('refuses an implausible mileage with 422 implausible_mileage naming the readings, unless confirmed', async () => {
    const { caseId } = await openWithRepair();
    const implausible = await api().post(`/cases/${caseId}/odometer-readings`).send({ readOn: '2024-03-01', mileage: 9150 }).expect(422);
    expect(implausible.body).toMatchObject({ code: 'implausible_mileage' });
    expect(implausible.body.message).toContain('odometer 9,150 on 2024-03-01 means 2,246 miles a day since 2,412 recorded on 2024-02-27');
    const confirmed = await api()
      .post(`/cases/${caseId}/odometer-readings`)
      .send({ readOn: '2024-03-01', mileage: 9150, confirmImplausible: true })
      .expect(201);
    const history = (await api().get(`/cases/${caseId}/history`).expect(200)).body.events as Array<{
      type: string;
      data: Record<string, unknown>;
    }>;
    expect(history.find((e) => e.type === 'OdometerReported')?.data).toEqual({
      readingId: confirmed.body.readingId,
      readOn: '2024-03-01',
      mileage: 9150,
    });
  });

  it('corrects and voids the other facts: nonconformity, notice, final repair, dispute steps, terms; updates the client; reopens', async () => {
    const { caseId, nonconformityId } = await openWithRepair();
    const post = (path: string, body: object, status = 201) => api().post(`/cases/${caseId}${path}`).send(body).expect(status);

    await post(`/nonconformities/${nonconformityId}/corrections`, {
      description: 'Brake assist lost at low speed',
      safetyCritical: true,
      firstReportedOn: '2024-02-02',
      mileage: 1510,
      correctionReason: 'Per the first service ticket',
    });
    const { noticeId } = (
      await post('/manufacturer-notices', { sentOn: '2024-04-02', method: 'email', nonconformityIds: [nonconformityId] })
    ).body;
    await post(`/manufacturer-notices/${noticeId}/corrections`, {
      sentOn: '2024-04-01',
      method: 'certified_mail',
      receivedOn: '2024-04-04',
      nonconformityIds: [nonconformityId],
      correctionReason: 'Sent by certified mail, green card',
    });
    const { opportunityId } = (await post('/final-repair-opportunities', { offeredOn: '2024-04-20', nonconformityIds: [nonconformityId] }))
      .body;
    await post(`/final-repair-opportunities/${opportunityId}/completion`, { completedOn: '2024-05-01', outcome: 'fixed' });
    await post(`/final-repair-opportunities/${opportunityId}/completion/corrections`, {
      completedOn: '2024-05-02',
      outcome: 'not_fixed',
      correctionReason: 'The light came back',
    });
    const { claimId } = (
      await post('/dispute-claims', { program: 'BBB_AUTO_LINE', filedOn: '2024-06-03', manufacturerContactedFirst: true })
    ).body;
    await post(`/dispute-claims/${claimId}/decision`, { decidedOn: '2024-07-10', award: 'repurchase' });
    await post(`/dispute-claims/${claimId}/acceptance`, { acceptedOn: '2024-07-12' });
    await post(`/dispute-claims/${claimId}/decision/corrections`, {
      decidedOn: '2024-07-11',
      award: 'repurchase',
      correctionReason: 'Letter date',
    });
    await post(`/dispute-claims/${claimId}/acceptance/void`, { reason: 'The client rejected it' });
    await post(`/dispute-claims/${claimId}/rejection`, { rejectedOn: '2024-07-13' });
    const badStep = await post(`/dispute-claims/${claimId}/verdict/void`, { reason: 'x' }, 400);
    expect(badStep.body.errors).toEqual([{ field: 'step', messages: [expect.stringContaining('inspection, decision')] }]);
    await post(`/dispute-claims/${claimId}/corrections`, {
      program: 'BBB_AUTO_LINE',
      filedOn: '2024-06-04',
      manufacturerContactedFirst: true,
      correctionReason: 'Filed the next morning',
    });
    await post('/warranty/corrections', { months: 48, miles: 50000, correctionReason: 'Per the booklet' });
    await post('/acquisition/corrections', {
      type: 'lease',
      deliveryDate: '2024-01-11',
      odometerAtDelivery: 14,
      correctionReason: 'Per the lease contract',
    });
    await post('/client', { name: 'Maria Delgado-Ruiz', phone: '+1 415 555 0199' });
    await post('/resolution', { resolvedOn: '2024-09-01', resolution: 'settlement' });
    await post('/reopen', { reason: 'The settlement fell through' });
    await post('/notes', { text: 'Reopened: new demand letter drafted', visibility: 'shared' });
    const badNote = await post('/notes', { text: 'x', visibility: 'public' }, 400);
    expect(badNote.body.errors.map((e: { field: string }) => e.field)).toEqual(['visibility']);

    const events = (await api().get(`/cases/${caseId}/history?pageSize=100`).expect(200)).body.events as Array<{
      type: string;
      supersedes?: { type: string };
    }>;
    const types = events.map((e) => e.type);
    // Each correction or void is shown beside the version of the record it supersedes.
    const superseded = Object.fromEntries(events.filter((e) => e.supersedes).map((e) => [e.type, e.supersedes!.type]));
    expect(superseded).toMatchObject({
      NonconformityCorrected: 'NonconformityReported',
      ManufacturerNoticeCorrected: 'ManufacturerNotified',
      FinalRepairCompletionCorrected: 'FinalRepairOpportunityCompleted',
      DisputeDecisionCorrected: 'DisputeDecisionIssued',
      DisputeClaimStepVoided: 'DisputeDecisionAccepted',
      DisputeClaimCorrected: 'DisputeClaimFiled',
      WarrantyCorrected: 'CaseOpened',
      AcquisitionCorrected: 'CaseOpened',
      CaseReopened: 'CaseResolved',
    });
    expect(types).toEqual(
      expect.arrayContaining([
        'NonconformityCorrected',
        'ManufacturerNoticeCorrected',
        'FinalRepairCompletionCorrected',
        'DisputeDecisionCorrected',
        'DisputeClaimStepVoided',
        'DisputeClaimCorrected',
        'WarrantyCorrected',
        'AcquisitionCorrected',
        'ClientDetailsUpdated',
        'CaseReopened',
      ]),
    );
    // The case goes on after the reopening.
    await post(`/manufacturer-notices/${noticeId}/void`, { reason: 'Duplicate of the letter in the file' });
    const missingReason = await post(`/warranty/corrections`, { months: 48, miles: 50000 }, 400);
    expect(missingReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['correctionReason']);
  });

  it('corrects the vehicle: the VIN is checked again (check digit), the list and the history follow', async () => {
    const { caseId } = await openWithRepair();
    const post = (path: string, body: object, status = 201) => api().post(`/cases/${caseId}${path}`).send(body).expect(status);
    const vehicle = { vin: 'wba5r1c55ka123456', make: 'BMW', model: '530i', modelYear: 2019 };

    const mistyped = await post('/vehicle/corrections', { ...vehicle, vin: 'WBA5R1C50KA123456', correctionReason: 'Title' }, 400);
    expect(mistyped.body.errors).toEqual([{ field: 'vin', messages: [expect.stringContaining('check digit is 5 but position 9 is 0')] }]);
    const incomplete = await post('/vehicle/corrections', { vin: vehicle.vin, modelYear: 'new' }, 400);
    expect(incomplete.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'correctionReason',
      'make',
      'model',
      'modelYear',
    ]);
    const tooNew = await post(
      '/vehicle/corrections',
      { ...vehicle, vin: '5UXCR6C06R9S12345', modelYear: 2027, correctionReason: 'x' },
      422,
    );
    expect(tooNew.body.errors).toEqual([{ field: 'modelYear', messages: [expect.stringContaining('model year 2027 is implausible')] }]);
    await api()
      .post('/cases/00000000-0000-4000-8000-000000000000/vehicle/corrections')
      .send({ ...vehicle, correctionReason: 'Title' })
      .expect(404);

    await post('/vehicle/corrections', { ...vehicle, correctionReason: 'VIN copied from the wrong title' });
    expect((await api().get(`/cases/${caseId}`).expect(200)).body.vehicle).toEqual({ ...vehicle, vin: 'WBA5R1C55KA123456' });
    const history = (await api().get(`/cases/${caseId}/history`).expect(200)).body.events as Array<Record<string, unknown>>;
    expect(history.find((e) => e.type === 'VehicleCorrected')).toMatchObject({
      label: 'Vehicle corrected',
      data: { vehicle: { vin: 'WBA5R1C55KA123456' }, correctionReason: 'VIN copied from the wrong title' },
      supersedes: { type: 'CaseOpened', data: { vehicle: { vin: '5UXCR6C06R9S12345' } } },
    });
    const found = (await api().get('/cases').query({ q: 'wba5r1c55ka123456' }).expect(200)).body.items;
    expect(found.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
  });

  it('corrects the jurisdiction: the presumption, the deadlines, the list and the docket are judged again under the new state', async () => {
    const { caseId } = await openWithRepair();
    const post = (path: string, body: object, status = 201) => api().post(`/cases/${caseId}${path}`).send(body).expect(status);
    const rightsPeriod = async () =>
      (await api().get(`/cases/${caseId}/deadlines`).expect(200)).body.deadlines.find(
        (d: { kind: string }) => d.kind === 'rights_period_end',
      );
    expect((await api().get(`/cases/${caseId}/presumption`).expect(200)).body).toMatchObject({ jurisdiction: 'CA' });
    expect(await rightsPeriod()).toMatchObject({ rule: { citation: 'Cal. Civ. Code s 1793.22(b)', rulePackVersion: 'CA-1' } });

    const unknown = await post('/jurisdiction/corrections', { jurisdiction: 'PR', correctionReason: 'x' }, 400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['jurisdiction']);
    const noReason = await post('/jurisdiction/corrections', { jurisdiction: 'NY' }, 400);
    expect(noReason.body.errors.map((e: { field: string }) => e.field)).toEqual(['correctionReason']);
    const same = await post('/jurisdiction/corrections', { jurisdiction: 'ca', correctionReason: 'x' }, 422);
    expect(same.body.errors).toEqual([{ field: 'jurisdiction', messages: ['the case is already in CA: nothing to correct'] }]);

    await post('/jurisdiction/corrections', { jurisdiction: 'ny', correctionReason: 'Bought and registered in Albany' });
    expect((await api().get(`/cases/${caseId}`).expect(200)).body.jurisdiction).toBe('NY');
    expect((await api().get(`/cases/${caseId}/presumption`).expect(200)).body).toMatchObject({
      jurisdiction: 'NY',
      rulePackVersion: { id: expect.stringMatching(/^NY-/) },
    });
    expect(await rightsPeriod()).toMatchObject({ rule: { citation: 'N.Y. Gen. Bus. Law s 198-a(a)(2), (b)', rulePackVersion: 'NY-1' } });
    // The case list and the docket (projections) file it under New York too.
    const listed = (await api().get('/cases').query({ jurisdiction: 'NY' }).expect(200)).body.items;
    expect(listed.map((c: { caseId: string }) => c.caseId)).toContain(caseId);
    expect((await api().get('/cases').query({ jurisdiction: 'CA', q: '5uxcr6c06r9s12345' }).expect(200)).body.items).not.toContainEqual(
      expect.objectContaining({ caseId }),
    );
    const docket = (await api().get('/deadlines').query({ jurisdiction: 'NY', pageSize: 100 }).expect(200)).body.items;
    expect(docket.filter((d: { caseId: string }) => d.caseId === caseId).length).toBeGreaterThan(0);
    // A California-only step is now refused.
    const election = await post('/ab1755-election', { elected: true }, 422);
    expect(election.body.message).toContain('this case is in NY');
  });

  it('corrects the resolution without reopening; refuses it on an open case', async () => {
    const { caseId } = await openWithRepair();
    const post = (path: string, body: object, status = 201) => api().post(`/cases/${caseId}${path}`).send(body).expect(status);
    const corrected = { resolvedOn: '2024-09-03', resolution: 'settlement', amount: 41000.5, summary: 'Cash and keep' };
    const notResolved = await post('/resolution/corrections', { ...corrected, correctionReason: 'x' }, 422);
    expect(notResolved.body.message).toContain('the case is not resolved');
    await post('/resolution', { resolvedOn: '2024-09-02', resolution: 'repurchase', amount: 68210.55 });
    const bad = await post('/resolution/corrections', { resolvedOn: '2024-9-3', resolution: 'won', amount: -1 }, 400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'amount',
      'correctionReason',
      'resolution',
      'resolvedOn',
    ]);
    const beforeDelivery = await post('/resolution/corrections', { ...corrected, resolvedOn: '2024-01-01', correctionReason: 'x' }, 422);
    expect(beforeDelivery.body.errors.map((e: { field: string }) => e.field)).toEqual(['resolvedOn']);

    await post('/resolution/corrections', { ...corrected, correctionReason: 'Settled, not repurchased' });
    const summary = (await api().get(`/cases/${caseId}`).expect(200)).body;
    expect(summary).toMatchObject({ status: 'resolved', resolution: { ...corrected, corrected: true } });
    const history = (await api().get(`/cases/${caseId}/history`).expect(200)).body.events as Array<Record<string, unknown>>;
    expect(history.find((e) => e.type === 'ResolutionCorrected')).toMatchObject({
      occurredOn: '2024-09-03',
      supersedes: { type: 'CaseResolved', data: { resolution: 'repurchase', amount: 68210.55 } },
    });
    // Still resolved: other facts are refused, a reopening still works.
    await post('/odometer-readings', { readOn: '2024-09-01', mileage: 9000 }, 422);
    await post('/reopen', { reason: 'Check bounced' });
  });

  it('corrects and voids notes, on a resolved case too; the summary lists them as they stand', async () => {
    const { caseId } = await openWithRepair();
    const post = (path: string, body: object, status = 201) => api().post(`/cases/${caseId}${path}`).send(body).expect(status);
    const { noteId } = (await post('/notes', { text: 'Inspection booked for Friday', visibility: 'shared' })).body;
    const { noteId: secondId } = (await post('/notes', { text: 'Wrong case' })).body;
    await post('/resolution', { resolvedOn: '2024-09-02', resolution: 'settlement' });

    const missing = await post(`/notes/${noteId}/corrections`, { text: '  ' }, 400);
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['correctionReason', 'text', 'visibility']);
    const unknown = await post('/notes/no-such-note/corrections', { text: 'x', visibility: 'firm', correctionReason: 'x' }, 422);
    expect(unknown.body.errors).toEqual([{ field: 'noteId', messages: ['there is no note no-such-note on this case'] }]);
    await api().post(`/cases/00000000-0000-4000-8000-000000000000/notes/${noteId}/void`).send({ reason: 'x' }).expect(404);

    const corrected = await post(`/notes/${noteId}/corrections`, {
      text: 'Inspection booked for Monday',
      visibility: 'firm',
      correctionReason: 'Wrong day; and keep it in the firm',
    });
    expect(corrected.body).toMatchObject({ caseId, noteId });
    await post(`/notes/${secondId}/void`, { reason: 'Written on the wrong case' });
    expect((await post(`/notes/${secondId}/void`, { reason: 'again' }, 422)).body.message).toContain('already voided');
    expect((await post(`/notes/${secondId}/void`, {}, 400)).body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);

    const summary = (await api().get(`/cases/${caseId}`).expect(200)).body;
    expect(summary.notesCount).toBe(1);
    expect(summary.notes).toEqual([
      expect.objectContaining({ noteId, text: 'Inspection booked for Monday', visibility: 'firm', voided: false, corrected: true }),
      expect.objectContaining({ noteId: secondId, text: 'Wrong case', visibility: 'firm', voided: true, corrected: false }),
    ]);
    const history = (await api().get(`/cases/${caseId}/history`).expect(200)).body.events as Array<Record<string, unknown>>;
    expect(history.find((e) => e.type === 'NoteCorrected')).toMatchObject({
      label: 'Note edited',
      supersedes: { type: 'NoteAdded', data: { text: 'Inspection booked for Friday' } },
    });
    expect(history.find((e) => e.type === 'NoteVoided')).toMatchObject({ supersedes: { type: 'NoteAdded', data: { text: 'Wrong case' } } });
  });
});
