import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

/** A realistic opening: a 2024 BMW X5 delivered in California, 48 months / 50,000 miles warranty (seeds). */
const openCaseBody = () => ({
  client: { name: 'Maria Delgado', email: 'maria@example.com', phone: '+1 415 555 0101' },
  vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
  jurisdiction: 'CA',
  acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12, price: 68950 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: 'BMW of North America',
});

describe('cases over HTTP (api + worker on PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2025-06-02T15:00:00Z' });
  });
  afterAll(async () => t?.close());

  const api = () => t.client();
  const historyLength = async (caseId: string) => (await api().get(`/cases/${caseId}/history`).expect(200)).body.events.length;

  it('opens a case, records a repair history, and reads back the summary and the full history', async () => {
    const opened = await api().post('/cases').send(openCaseBody()).expect(201);
    const { caseId } = opened.body;
    expect(opened.body).toMatchObject({ caseId: expect.any(String), version: 1, position: expect.any(String) });
    expect(opened.headers.location).toBe(`/cases/${caseId}`);
    expect(opened.headers.etag).toBe('"1"');

    const brakes = await api()
      .post(`/cases/${caseId}/nonconformities`)
      .send({
        description: 'Brake pedal sinks to the floor at low speed',
        safetyCritical: true,
        firstReportedOn: '2024-02-01',
        mileage: 1500,
      })
      .expect(201);
    const nonconformityId = brakes.body.nonconformityId;
    expect(brakes.body.version).toBe(2);

    const first = await api()
      .post(`/cases/${caseId}/repair-attempts`)
      .send({
        repairOrderNumber: 'RO-1001',
        dealer: 'Bay BMW',
        dateIn: '2024-02-05',
        dateOut: '2024-02-09',
        mileageIn: 1620,
        mileageOut: 1624,
        nonconformityIds: [nonconformityId],
        outcome: 'not_fixed',
      })
      .expect(201);
    await api()
      .post(`/cases/${caseId}/repair-attempts`)
      .send({
        repairOrderNumber: 'RO-1002',
        dateIn: '2024-03-01',
        dateOut: '2024-03-20',
        mileageIn: 2900,
        nonconformityIds: [nonconformityId],
        outcome: 'parts_on_order',
      })
      .expect(201);
    // Overlaps the second repair by 3 days (Mar 18-20): those days must count once.
    await api()
      .post(`/cases/${caseId}/out-of-service`)
      .send({ from: '2024-03-18', to: '2024-03-25', reason: 'waiting for a loaner-eligible part', excludedDays: ['2024-03-25'] })
      .expect(201);
    await api()
      .post(`/cases/${caseId}/odometer-readings`)
      .send({ readOn: '2024-04-01', mileage: 3400, source: 'client photo' })
      .expect(201);
    await api()
      .post(`/cases/${caseId}/manufacturer-notices`)
      .send({ sentOn: '2024-04-02', method: 'certified_mail', receivedOn: '2024-04-05', nonconformityIds: [nonconformityId] })
      .expect(201);
    const claim = await api()
      .post(`/cases/${caseId}/dispute-claims`)
      .send({ program: 'BBB_AUTO_LINE', filedOn: '2024-05-01', manufacturerContactedFirst: false })
      .expect(201);
    const { claimId } = claim.body;
    await api()
      .post(`/cases/${caseId}/dispute-claims/${claimId}/inspection`)
      .send({ requestedOn: '2024-05-20', additionalDays: 30 })
      .expect(201);
    await api()
      .post(`/cases/${caseId}/dispute-claims/${claimId}/decision`)
      .send({ decidedOn: '2024-07-10', award: 'repurchase' })
      .expect(201);
    await api().post(`/cases/${caseId}/dispute-claims/${claimId}/acceptance`).send({ acceptedOn: '2024-07-15' }).expect(201);
    const note = await api().post(`/cases/${caseId}/notes`).send({ text: 'Client prefers repurchase.' }).expect(201);
    expect(note.body.version).toBe(12);

    const summary = await api().get(`/cases/${caseId}`).expect(200);
    expect(summary.headers.etag).toBe('"12"');
    expect(summary.body).toMatchObject({
      caseId,
      version: 12,
      status: 'open',
      jurisdiction: 'CA',
      vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', modelYear: 2024 },
      manufacturer: { name: 'BMW of North America', noticeRequirementDisclosed: true },
      nonconformities: [
        { nonconformityId, safetyCritical: true, repairAttempts: 2, repairAttemptIds: [first.body.repairAttemptId, expect.any(String)] },
      ],
      // Feb 5-9 (5 days) + Mar 1-25 (25 days) minus excluded Mar 25 = 29 days
      outOfService: { cumulativeDays: 29, excludedDays: ['2024-03-25'] },
      latestOdometer: { mileage: 3400, readOn: '2024-04-01' },
      disputeClaims: [{ claimId, program: 'BBB_AUTO_LINE', state: 'accepted', manufacturerContactedFirst: false }],
      notesCount: 1,
    });

    const history = await api().get(`/cases/${caseId}/history`).expect(200);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'CaseOpened',
      'NonconformityReported',
      'RepairAttemptRecorded',
      'RepairAttemptRecorded',
      'OutOfServiceRecorded',
      'OdometerReported',
      'ManufacturerNotified',
      'DisputeClaimFiled',
      'DisputeInspectionRequested',
      'DisputeDecisionIssued',
      'DisputeDecisionAccepted',
      'NoteAdded',
    ]);
    const repair = history.body.events[2];
    expect(repair).toMatchObject({
      version: 3,
      position: expect.stringMatching(/^\d{20}:\d{19}$/),
      occurredOn: '2024-02-05',
      recordedAt: '2025-06-02T15:00:00.000Z',
      correlationId: expect.any(String),
      actor: expect.objectContaining({ userId: expect.any(String) }),
    });
  });

  it('lists cases with filters and pagination', async () => {
    const ny = await api()
      .post('/cases')
      .send({ ...openCaseBody(), jurisdiction: 'NY', client: { name: 'Zed Quinlan' } })
      .expect(201);
    const list = await api().get('/cases').query({ jurisdiction: 'NY', minPosition: ny.body.position }).expect(200);
    expect(list.body.items.map((c: { caseId: string }) => c.caseId)).toContain(ny.body.caseId);
    expect(list.body.items.every((c: { jurisdiction: string }) => c.jurisdiction === 'NY')).toBe(true);
    const search = await api().get('/cases').query({ q: 'quinlan' }).expect(200);
    expect(search.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([ny.body.caseId]);
    const page = await api().get('/cases').query({ pageSize: 1, page: 1 }).expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 1, total: expect.any(Number) });
    expect(page.body.items).toHaveLength(1);
    await api().get('/cases').query({ pageSize: 0 }).expect(400);
  });

  describe('refusals: a clear status, field-level messages, nothing appended', () => {
    let caseId: string;
    let nonconformityId: string;
    beforeAll(async () => {
      caseId = (await api().post('/cases').send(openCaseBody()).expect(201)).body.caseId;
      nonconformityId = (
        await api().post(`/cases/${caseId}/nonconformities`).send({ description: 'Transmission slips', safetyCritical: false }).expect(201)
      ).body.nonconformityId;
    });

    it('400 with field paths for malformed input, unknown fields and bad VINs', async () => {
      const bad = await api()
        .post('/cases')
        .send({ ...openCaseBody(), vehicle: { vin: '5UXCR6C0IR9S12345', make: 'BMW', model: 'X5', modelYear: 2024 }, extra: 1 })
        .expect(400);
      const fields = bad.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['vehicle.vin', 'extra']));
      const badDates = await api()
        .post(`/cases/${caseId}/repair-attempts`)
        .send({ dateIn: '2024-02-10', dateOut: '2024-02-01', mileageIn: 100, nonconformityIds: [nonconformityId], outcome: 'fixed' })
        .expect(400);
      expect(badDates.body.errors.map((e: { field: string }) => e.field)).toContain('dateOut');
      await api().post('/cases').set('Content-Type', 'application/json').send('{"client":').expect(400);
      expect(await historyLength(caseId)).toBe(2);
    });

    it('404 for an unknown case, malformed id or not', async () => {
      await api().get('/cases/00000000-0000-4000-8000-000000000000').expect(404);
      await api().get('/cases/not-a-uuid').expect(404);
      await api().post('/cases/00000000-0000-4000-8000-000000000000/notes').send({ text: 'x' }).expect(404);
    });

    it('422 for impossible histories, with the reason', async () => {
      const beforeDelivery = await api()
        .post(`/cases/${caseId}/repair-attempts`)
        .send({ dateIn: '2023-12-01', mileageIn: 5, nonconformityIds: [nonconformityId], outcome: 'fixed' })
        .expect(422);
      expect(beforeDelivery.body.errors[0].field).toBe('dateIn');
      await api()
        .post(`/cases/${caseId}/repair-attempts`)
        .send({ dateIn: '2024-02-01', mileageIn: 500, nonconformityIds: ['no-such-defect'], outcome: 'fixed' })
        .expect(422);
      await api().post(`/cases/${caseId}/odometer-readings`).send({ readOn: '2024-05-01', mileage: 4000 }).expect(201);
      const backwards = await api().post(`/cases/${caseId}/odometer-readings`).send({ readOn: '2024-06-01', mileage: 3000 }).expect(422);
      expect(backwards.body.message).toMatch(/odometer/);
      await api()
        .post(`/cases/${caseId}/dispute-claims/00000000-0000-4000-8000-000000000001/decision`)
        .send({ decidedOn: '2024-07-01', award: 'repair' })
        .expect(422);
      expect(await historyLength(caseId)).toBe(3);
    });

    it('If-Match: a stale version is 409 with the current version; the right one succeeds', async () => {
      const current = (await api().get(`/cases/${caseId}`).expect(200)).body.version;
      const stale = await api()
        .post(`/cases/${caseId}/notes`)
        .set('If-Match', `"${current - 1}"`)
        .send({ text: 'stale' })
        .expect(409);
      expect(stale.body).toMatchObject({ currentVersion: current });
      const ok = await api().post(`/cases/${caseId}/notes`).set('If-Match', `"${current}"`).send({ text: 'fresh' }).expect(201);
      expect(ok.headers.etag).toBe(`"${current + 1}"`);
      await api().post(`/cases/${caseId}/notes`).set('If-Match', 'banana').send({ text: 'x' }).expect(400);
    });

    it('without If-Match, concurrent commands on one case all land in distinct versions', async () => {
      const before = await historyLength(caseId);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          api()
            .post(`/cases/${caseId}/notes`)
            .send({ text: `note ${i}` }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
      expect(new Set(results.map((r) => r.body.version)).size).toBe(8);
      expect(await historyLength(caseId)).toBe(before + 8);
    });

    it('a resolved case refuses further history but still takes notes', async () => {
      await api()
        .post(`/cases/${caseId}/resolution`)
        .send({ resolvedOn: '2025-01-15', resolution: 'settlement', amount: 15000 })
        .expect(201);
      await api().post(`/cases/${caseId}/odometer-readings`).send({ readOn: '2025-02-01', mileage: 9000 }).expect(422);
      await api().post(`/cases/${caseId}/notes`).send({ text: 'closing memo' }).expect(201);
      expect((await api().get(`/cases/${caseId}`).expect(200)).body).toMatchObject({
        status: 'resolved',
        resolution: { resolution: 'settlement' },
      });
    });
  });

  it('serves OpenAPI and health', async () => {
    const doc = await api().get('/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/cases', '/cases/{caseId}', '/cases/{caseId}/repair-attempts']));
    const health = await api().get('/health').expect(200);
    expect(health.body.status).toBe('ok');
    expect(health.body.info.projections).toBeDefined();
  });
});
