import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { openCaseBody, VINS } from './support/case-histories';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The issues' own words, checked from outside: every route, field name, status and counting
 * convention an issue text states, one test each, titled with the issue number and the phrase.
 * Legal "today" is 2025-06-02 (America/New_York); a California BMW delivered 2024-01-10 is inside
 * its 18-month period (Civ. Code 1793.22(b)) until 2025-07-09.
 */
describe('issue contracts (e2e)', () => {
  let t: TestApp;
  let world: World;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);
  const firm = () => as('firm.attorney');
  const post = async (path: string, body: object, status = 201) => (await firm().post(path).send(body).expect(status)).body;
  const get = async (path: string, query: Record<string, string | number> = {}) => (await firm().get(path).query(query).expect(200)).body;
  const openCase = async (overrides: Record<string, unknown> = {}) => (await post('/cases', openCaseBody(overrides))).caseId as string;
  const defect = async (caseId: string, description = 'Transmission slips in 2nd gear', safetyCritical = false) =>
    (await post(`/cases/${caseId}/nonconformities`, { description, safetyCritical })).nonconformityId as string;
  const repair = (nc: string, dateIn: string, dateOut: string, mileageIn: number, extra: object = {}) => ({
    dateIn,
    dateOut,
    mileageIn,
    nonconformityIds: [nc],
    outcome: 'not_fixed',
    ...extra,
  });
  const deadlineOf = (report: { deadlines: Array<{ kind: string }> }, kind: string) =>
    report.deadlines.find((d) => d.kind === kind) as Record<string, any> | undefined;

  beforeAll(async () => {
    t = await startTestApp({ now: '2025-06-02T15:00:00Z', env: { WEBHOOK_ALLOWED_TARGETS: '127.0.0.1' } });
    world = await createWorld(t);
  }, 60_000);
  afterAll(async () => t?.close());

  describe('issue 2: the event-sourced core', () => {
    it('issue 2: "POST /cases -> 201 {caseId, version} with Location and ETag"', async () => {
      const response = await firm().post('/cases').send(openCaseBody()).expect(201);
      expect(response.body).toMatchObject({ caseId: expect.any(String), version: expect.any(Number) });
      expect(response.headers.location).toContain(`/cases/${response.body.caseId}`);
      expect(response.headers.etag).toBe(`"${response.body.version}"`);
    });

    it('issue 2: "VINs are validated (17 chars, no I/O/Q, check digit) with a clear message" -> 400 {errors:[{field,messages}]}', async () => {
      const bad = await firm()
        .post('/cases')
        .send(openCaseBody({ vehicle: { vin: '5UXCR6C07R9S12345', make: 'BMW', model: 'X5', modelYear: 2024 } }))
        .expect(400);
      expect(bad.body.errors).toEqual([
        expect.objectContaining({ field: 'vehicle.vin', messages: [expect.stringMatching(/check digit/i)] }),
      ]);
      const withO = await firm()
        .post('/cases')
        .send(openCaseBody({ vehicle: { vin: 'O'.repeat(17), make: 'BMW', model: 'X5', modelYear: 2024 } }))
        .expect(400);
      expect(withO.body.errors[0].field).toBe('vehicle.vin');
    });

    it('issue 2: sub-resources answer with their own ids (nonconformityId, repairAttemptId, intervalId, readingId, noticeId, claimId)', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      expect(nc).toEqual(expect.any(String));
      const ids = [
        (await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-03', 1000))).repairAttemptId,
        (await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-01', to: '2024-03-02', reason: 'towed' })).intervalId,
        (await post(`/cases/${caseId}/odometer-readings`, { readOn: '2024-03-05', mileage: 1500 })).readingId,
        (await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-03-06', method: 'certified_mail', nonconformityIds: [nc] }))
          .noticeId,
        (
          await post(`/cases/${caseId}/dispute-claims`, {
            program: 'BBB_AUTO_LINE',
            filedOn: '2024-03-07',
            manufacturerContactedFirst: true,
          })
        ).claimId,
        (await post(`/cases/${caseId}/notes`, { text: 'called the client' })).noteId,
      ];
      for (const id of ids) expect(id).toEqual(expect.any(String));
    });

    it('issue 2: "If-Match: \\"<version>\\"": a stale version is 409 with the current version, nothing appended', async () => {
      const caseId = await openCase();
      const { version } = await post(`/cases/${caseId}/notes`, { text: 'first' });
      const stale = await firm()
        .post(`/cases/${caseId}/notes`)
        .set('If-Match', `"${version - 1}"`)
        .send({ text: 'second' })
        .expect(409);
      expect(stale.body.currentVersion).toBe(version);
      expect((await get(`/cases/${caseId}/history`)).version).toBe(version);
      await firm().post(`/cases/${caseId}/notes`).set('If-Match', `"${version}"`).send({ text: 'second' }).expect(201);
    });

    it('issue 2: "404 for an unknown case, 422 for a command the case\'s state forbids" (decision before a claim, a resolved case)', async () => {
      await firm().get('/cases/6f1c2f4e-8f00-4c59-9d1e-3b1f3f1c0a11').expect(404);
      const caseId = await openCase();
      await post(`/cases/${caseId}/resolution`, { resolvedOn: '2024-05-01', resolution: 'settlement' });
      const nc = await firm().post(`/cases/${caseId}/nonconformities`).send({ description: 'late', safetyCritical: false }).expect(422);
      expect(nc.body.message ?? nc.body.reason ?? JSON.stringify(nc.body)).toEqual(expect.any(String));
    });

    it('issue 2: "date out before date in", "odometer going backwards" are refused with a clear reason', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      await firm()
        .post(`/cases/${caseId}/repair-attempts`)
        .send(repair(nc, '2024-02-05', '2024-02-01', 1000))
        .expect(400);
      await post(`/cases/${caseId}/odometer-readings`, { readOn: '2024-03-01', mileage: 3000 });
      const backwards = await firm().post(`/cases/${caseId}/odometer-readings`).send({ readOn: '2024-03-10', mileage: 2000 });
      expect([400, 422]).toContain(backwards.status);
      expect(JSON.stringify(backwards.body)).toMatch(/backward|less than|lower/i);
    });

    it('issue 2: "GET /cases/{id}/history lists every event with type, version, position, occurredOn, recordedAt, actor and correlation id"', async () => {
      const caseId = await openCase();
      const [opened] = (await get(`/cases/${caseId}/history`)).events;
      expect(opened).toMatchObject({
        type: 'CaseOpened',
        version: 1,
        position: expect.anything(),
        occurredOn: '2024-01-10',
        recordedAt: expect.any(String),
        actor: expect.objectContaining({ organisationId: world.firm.id, role: 'attorney' }),
        correlationId: expect.any(String),
      });
    });

    it('issue 2: "GET /cases?jurisdiction=&q=&page=" (paginated)', async () => {
      const ny = await openCase({ jurisdiction: 'NY', client: { name: 'Quentin Paginated' } });
      await openCase({ jurisdiction: 'NY', client: { name: 'Quentin Paginated Two' } });
      const list = await get('/cases', { jurisdiction: 'NY', q: 'quentin', page: 1, pageSize: 1 });
      expect(list.items).toHaveLength(1);
      expect(list.items[0].jurisdiction).toBe('NY');
      const second = await get('/cases', { jurisdiction: 'NY', q: 'quentin', page: 2, pageSize: 1 });
      expect([list.items[0].caseId, second.items[0].caseId]).toContain(ny);
    });

    it('issue 2: "OpenAPI at /docs and /docs-json; /health (database + projection lag)"', async () => {
      const docs = (await request(t.url).get('/docs-json').expect(200)).body;
      expect(docs.paths['/cases']).toBeDefined();
      const health = (await request(t.url).get('/health').expect(200)).body;
      expect(['ok', 'degraded']).toContain(health.status);
      expect(health.details.database).toMatchObject({ status: 'up' });
    });
  });

  describe('issue 3: presumption, counting conventions', () => {
    it('issue 3: California "4 or more times AND the buyer notified the manufacturer" -> MET, with metOn (issue 13) and the defect in the prong label', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId, 'Engine stalls at idle');
      for (let i = 0; i < 4; i++)
        await post(`/cases/${caseId}/repair-attempts`, repair(nc, `2024-0${2 + i}-01`, `2024-0${2 + i}-02`, 1000 + i * 500));
      const before = await get(`/cases/${caseId}/presumption`);
      expect(before.status).toBe('NOT_MET'); // the notice element (1793.22(b)(2)) is still missing
      await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-06-03', method: 'certified_mail', nonconformityIds: [nc] });
      const after = await get(`/cases/${caseId}/presumption`);
      expect(after.status).toBe('MET');
      expect(after.metOn).toBe('2024-06-03');
      const prong = after.prongs.find((p: { nonconformityId?: string; met: boolean }) => p.nonconformityId === nc && p.met);
      expect(prong).toMatchObject({ count: 4, threshold: 4, metOn: '2024-06-03', thresholdReachedOn: '2024-05-01' });
      expect(prong.label).toContain('Engine stalls at idle');
      expect(after.statute.citation).toMatch(/1793\.22/);
      expect((await get(`/cases/${caseId}`)).presumption.status).toBe('MET');
    });

    it('issue 3: "out of service for a cumulative total of more than 30 calendar days": 30 is not enough, 31 is', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-01', to: '2024-03-30', reason: 'waiting for parts' });
      const days = () =>
        get(`/cases/${caseId}/presumption`).then((p) => p.prongs.find((x: { unit: string }) => x.unit === 'days') as Record<string, any>);
      expect(await days()).toMatchObject({ count: 30, threshold: 30, comparison: 'more_than', thresholdReached: false });
      await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-31', to: '2024-03-31', reason: 'towed back' });
      expect(await days()).toMatchObject({ count: 31, thresholdReached: true });
    });

    it('issue 3: "a day counts once …; overlapping intervals never count a day twice; days marked excluded do not count" (date in and date out included)', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-03-01', '2024-03-10', 1000)); // 10 days
      await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-05', to: '2024-03-15', reason: 'loaner refused' }); // +5 new
      await post(`/cases/${caseId}/out-of-service`, {
        from: '2024-04-01',
        to: '2024-04-03',
        reason: 'towed',
        excludedDays: ['2024-04-02'],
      }); // +2
      const presumption = await get(`/cases/${caseId}/presumption`);
      expect(presumption.prongs.find((x: { unit: string }) => x.unit === 'days').count).toBe(17);
    });

    it('issue 3: "a repair counts toward a period if its date in AND its mileage in are inside it" (18,000 odometer miles, CA)', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId, 'Brake pedal sinks', true);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 17_000));
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-03-01', '2024-03-02', 18_500));
      const prong = (await get(`/cases/${caseId}/presumption`)).prongs.find((p: { nonconformityId?: string }) => p.nonconformityId === nc);
      expect(prong.count).toBe(1);
      expect(prong.excluded).toEqual([expect.objectContaining({ reason: expect.stringMatching(/mileage|miles/i) })]);
    });

    it('issue 3: "GET /cases/{id}/presumption?asOf=" evaluates at any date; "GET /cases?presumption=MET" filters', async () => {
      const caseId = await openCase({ client: { name: 'Presumption Filter' } });
      await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-01', to: '2024-04-15', reason: 'waiting for parts' });
      expect((await get(`/cases/${caseId}/presumption`, { asOf: '2024-03-20' })).status).toBe('NOT_MET');
      expect((await get(`/cases/${caseId}/presumption`, { asOf: '2024-04-15' })).status).toBe('MET');
      const met = await get('/cases', { presumption: 'MET', q: 'Presumption Filter' });
      expect(met.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
      expect((await get('/cases', { presumption: 'NOT_MET', q: 'Presumption Filter' })).items).toEqual([]);
    });

    it('issue 3: "GET /jurisdictions and GET /jurisdictions/{code}" show 50 states + DC with citations, confidence and versions', async () => {
      const all = await get('/jurisdictions');
      const codes = (all.items ?? all).map((j: { code: string }) => j.code);
      expect(codes).toHaveLength(51);
      expect(codes).toEqual(expect.arrayContaining(['CA', 'DC', 'WY']));
      const ca = await get('/jurisdictions/CA');
      expect(JSON.stringify(ca)).toMatch(/1793\.22/);
      expect(ca.versions.length).toBeGreaterThan(0);
    });
  });

  describe('issue 4: deadlines, docket, calendar feed', () => {
    const bbbCase = async (manufacturerContactedFirst: boolean, filedOn = '2024-06-03') => {
      const caseId = await openCase();
      const { claimId } = await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn, manufacturerContactedFirst });
      return { caseId, claimId: claimId as string };
    };

    it('issue 4: "dispute decision due: 40 days after filing; 47 when the manufacturer was not contacted first; up to 30 days more for an inspection"', async () => {
      const first = await bbbCase(true);
      expect(deadlineOf(await get(`/cases/${first.caseId}/deadlines`), 'dispute_decision_due')!.dueOn).toBe('2024-07-13');
      const notFirst = await bbbCase(false);
      expect(deadlineOf(await get(`/cases/${notFirst.caseId}/deadlines`), 'dispute_decision_due')!.dueOn).toBe('2024-07-20');
      await post(`/cases/${first.caseId}/dispute-claims/${first.claimId}/inspection`, { requestedOn: '2024-06-10', additionalDays: 30 });
      expect(deadlineOf(await get(`/cases/${first.caseId}/deadlines`), 'dispute_decision_due')!.dueOn).toBe('2024-08-12');
    });

    it('issue 4: "manufacturer compliance: within 30 days after the consumer accepts the decision"', async () => {
      const { caseId, claimId } = await bbbCase(true);
      await post(`/cases/${caseId}/dispute-claims/${claimId}/decision`, { decidedOn: '2024-07-01', award: 'repurchase' });
      await post(`/cases/${caseId}/dispute-claims/${claimId}/acceptance`, { acceptedOn: '2024-07-05' });
      const compliance = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'manufacturer_compliance_due')!;
      expect(compliance).toMatchObject({ dueOn: '2024-08-04', actor: 'manufacturer' });
    });

    it('issue 4: "dispute claim: within six months after warranty expiry" (48 months from 2024-01-10)', async () => {
      const caseId = await openCase();
      const window = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'dispute_claim_window')!;
      // Warranty 48 months / 50,000 miles from delivery 2024-01-10: the last covered day is 2028-01-09 (no odometer trend yet).
      expect(window.dueOn).toMatch(/^2028-07-(09|10)$/);
      expect(window.computation).toMatch(/6 months|six months/i);
      expect(window.actor).toBe('consumer');
    });

    it('issue 4: "GET /deadlines?dueBefore=&status=&jurisdiction=" across the cases the caller may see, sorted by due date', async () => {
      await bbbCase(true, '2025-05-20');
      const docket = await get('/deadlines', { dueBefore: '2030-01-01', status: 'OPEN', jurisdiction: 'CA', pageSize: 200 });
      const due = docket.items.map((d: { dueOn: string }) => d.dueOn);
      expect(due.length).toBeGreaterThan(0);
      expect([...due].sort()).toEqual(due);
      for (const row of docket.items) expect(row).toMatchObject({ status: 'OPEN', jurisdiction: 'CA' });
      expect((await as('other.admin').get('/deadlines').expect(200)).body.items).toEqual([]);
    });

    it('issue 4: "an iCalendar feed (GET /deadlines.ics, per organisation, with a revocable token)"', async () => {
      const feed = (await as('firm.admin').post('/calendar-feeds').send({ label: 'docket' }).expect(201)).body;
      const ics = await request(t.url).get(feed.url).expect(200);
      expect(ics.headers['content-type']).toMatch(/text\/calendar/);
      expect(ics.text).toContain('BEGIN:VCALENDAR');
      await as('firm.admin')
        .delete(`/calendar-feeds/${feed.id}`)
        .expect((r) => expect([200, 204]).toContain(r.status));
      await request(t.url)
        .get(feed.url)
        .expect((r) => expect([401, 403, 404]).toContain(r.status));
    });

    it('issue 4: "POST/GET/DELETE /webhook-subscriptions (url, event types, a signing secret shown once)"', async () => {
      const created = (
        await as('firm.admin')
          .post('/webhook-subscriptions')
          .send({ url: 'http://127.0.0.1:9/lemon', eventTypes: ['deadline.approaching'] })
          .expect(201)
      ).body;
      expect(created.secret).toEqual(expect.any(String));
      const listed = await as('firm.admin').get(`/webhook-subscriptions/${created.id}`).expect(200);
      expect(listed.text).not.toContain(created.secret);
      await as('firm.admin')
        .delete(`/webhook-subscriptions/${created.id}`)
        .expect((r) => expect([200, 204]).toContain(r.status));
    });
  });

  describe('issue 5: organisations, roles, sharing, audit, idempotency', () => {
    it('issue 5: "A firm\'s cases are invisible to other firms (404, no existence leak)"; a share gives read-only access (403 for writes)', async () => {
      const caseId = await openCase();
      await as('other.admin').get(`/cases/${caseId}`).expect(404);
      await as('shared.auditor').get(`/cases/${caseId}`).expect(404);
      await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });
      await as('shared.auditor').get(`/cases/${caseId}`).expect(200);
      await as('shared.auditor').get(`/cases/${caseId}/history`).expect(200);
      await as('shared.auditor').post(`/cases/${caseId}/notes`).send({ text: 'x' }).expect(403);
      expect(await get(`/cases/${caseId}/shares`)).toMatchObject({
        sharedWith: [world.bmw.id],
        sharedWithOrganisations: [{ id: world.bmw.id, name: 'BMW of North America, Customer Relations' }],
      });
      await firm()
        .delete(`/cases/${caseId}/shares/${world.bmw.id}`)
        .expect((r) => expect([200, 204]).toContain(r.status));
      await as('shared.auditor').get(`/cases/${caseId}`).expect(404);
    });

    it('issue 5: "every such read is recorded in an access log the firm can query (GET /cases/{id}/access-log)"', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });
      await as('shared.auditor').get(`/cases/${caseId}`).set('X-Correlation-Id', 'audit-read-1').expect(200);
      const reads = (await as('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads;
      expect(reads).toEqual(
        expect.arrayContaining([expect.objectContaining({ organisationId: world.bmw.id, correlationId: 'audit-read-1', role: 'auditor' })]),
      );
      await as('shared.auditor')
        .get(`/cases/${caseId}/access-log`)
        .expect((r) => expect([403, 404]).toContain(r.status));
    });

    it('issue 5: "GET /cases/{id}/history?asOf=<instant> and GET /cases/{id}?asOf=<instant>" answer what the file said then', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      const stamp = t.clock.now().toString();
      t.clock.advance({ minutes: 5 });
      try {
        await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
        expect((await get(`/cases/${caseId}/history`, { asOf: stamp })).events).toHaveLength(2);
        expect((await get(`/cases/${caseId}/history`)).events).toHaveLength(3);
        const then = await get(`/cases/${caseId}`, { asOf: stamp });
        expect(JSON.stringify(then)).not.toContain('2024-02-01');
      } finally {
        t.clock.advance({ minutes: -5 });
      }
    });

    it('issue 5: "the same key with the same body returns the first response and appends nothing new; a different body is 422"', async () => {
      const caseId = await openCase();
      const first = await firm().post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'note-1').send({ text: 'once' }).expect(201);
      const again = await firm().post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'note-1').send({ text: 'once' }).expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect((await get(`/cases/${caseId}/history`)).version).toBe(first.body.version);
      await firm().post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'note-1').send({ text: 'different' }).expect(422);
    });

    it('issue 5: roles: "auditor (read-only)", "staff (read/write, no sharing or key management)"', async () => {
      const caseId = await openCase();
      await as('firm.auditor').get(`/cases/${caseId}`).expect(200);
      await as('firm.auditor').post(`/cases/${caseId}/notes`).send({ text: 'x' }).expect(403);
      await as('firm.staff').post(`/cases/${caseId}/notes`).send({ text: 'x' }).expect(201);
      await as('firm.staff').post(`/cases/${caseId}/shares`).send({ organisationId: world.bmw.id }).expect(403);
      await request(t.url).get('/cases').expect(401);
    });
  });

  describe('issue 10: the read side, corrections, guards, privilege', () => {
    it('issue 10: "POST /cases/{id}/odometer-readings/{readingId}/corrections|void": an odometer typo is corrected and the case goes on', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      const { readingId } = await post(`/cases/${caseId}/odometer-readings`, {
        readOn: '2024-03-01',
        mileage: 91_500,
        confirmImplausible: true,
      });
      const refused = await firm()
        .post(`/cases/${caseId}/repair-attempts`)
        .send(repair(nc, '2024-03-10', '2024-03-11', 9_300));
      expect([400, 422]).toContain(refused.status);
      await post(`/cases/${caseId}/odometer-readings/${readingId}/corrections`, {
        readOn: '2024-03-01',
        mileage: 9_150,
        correctionReason: 'typed 91,500 for 9,150',
      });
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-03-10', '2024-03-11', 9_300));
      const other = await openCase();
      const r2 = await post(`/cases/${other}/odometer-readings`, { readOn: '2024-03-01', mileage: 3000 });
      await post(`/cases/${other}/odometer-readings/${r2.readingId}/void`, { reason: 'wrong case' });
    });

    it('issue 10: the same repair order twice is "409 {code: \\"duplicate_repair_order\\", existingRepairAttemptId}" unless "confirmDuplicate": true', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      const body = repair(nc, '2024-02-01', '2024-02-03', 1000, { repairOrderNumber: 'RO-77', dealer: 'BMW of Oakland' });
      const { repairAttemptId } = await post(`/cases/${caseId}/repair-attempts`, body);
      const sameNumber = await firm()
        .post(`/cases/${caseId}/repair-attempts`)
        .send({ ...body, dateIn: '2024-02-10', dateOut: '2024-02-11' });
      expect(sameNumber.status).toBe(409);
      expect(sameNumber.body).toMatchObject({ code: 'duplicate_repair_order', existingRepairAttemptId: repairAttemptId });
      const sameVisit = await firm()
        .post(`/cases/${caseId}/repair-attempts`)
        .send({ ...body, repairOrderNumber: undefined })
        .expect(409);
      expect(sameVisit.body).toMatchObject({ code: 'duplicate_repair_order', existingRepairAttemptId: repairAttemptId });
      await post(`/cases/${caseId}/repair-attempts`, { ...body, confirmDuplicate: true });
    });

    it('issue 10: "more than 1,000 miles a day between readings" is "422 {code: \\"implausible_mileage\\"}" unless "confirmImplausible": true', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/odometer-readings`, { readOn: '2024-03-01', mileage: 2000 });
      // 10 days later: 12,000 miles = exactly 1,000 a day is plausible; 12,011 is not.
      const implausible = await firm()
        .post(`/cases/${caseId}/odometer-readings`)
        .send({ readOn: '2024-03-11', mileage: 12_011 })
        .expect(422);
      expect(implausible.body.code).toBe('implausible_mileage');
      const asRepair = await firm()
        .post(`/cases/${caseId}/repair-attempts`)
        .send(repair(nc, '2024-03-11', '2024-03-12', 12_011))
        .expect(422);
      expect(asRepair.body.code).toBe('implausible_mileage');
      await post(`/cases/${caseId}/odometer-readings`, { readOn: '2024-03-11', mileage: 12_000 });
      await post(`/cases/${caseId}/odometer-readings`, { readOn: '2024-03-12', mileage: 50_000, confirmImplausible: true });
    });

    it('issue 10: every fact correctable: notices, nonconformities, final repair, dispute steps, acquisition, warranty, "POST /cases/{id}/client", "POST /cases/{id}/reopen {reason}"', async () => {
      const caseId = await openCase();
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/nonconformities/${nc}/corrections`, {
        description: 'Transmission slips in 3rd gear',
        safetyCritical: true,
        correctionReason: 'RO said 3rd',
      });
      const { noticeId } = await post(`/cases/${caseId}/manufacturer-notices`, {
        sentOn: '2024-03-06',
        method: 'certified_mail',
        nonconformityIds: [nc],
      });
      await post(`/cases/${caseId}/manufacturer-notices/${noticeId}/corrections`, {
        sentOn: '2024-03-07',
        method: 'certified_mail',
        nonconformityIds: [nc],
        correctionReason: 'postmark',
      });
      const { claimId } = await post(`/cases/${caseId}/dispute-claims`, {
        program: 'BBB_AUTO_LINE',
        filedOn: '2024-04-01',
        manufacturerContactedFirst: true,
      });
      await post(`/cases/${caseId}/dispute-claims/${claimId}/decision`, { decidedOn: '2024-05-01', award: 'repurchase' });
      await post(`/cases/${caseId}/dispute-claims/${claimId}/decision/corrections`, {
        decidedOn: '2024-05-02',
        award: 'repurchase',
        correctionReason: 'date on the letter',
      });
      await post(`/cases/${caseId}/dispute-claims/${claimId}/decision/void`, { reason: 'entered too early' });
      await post(`/cases/${caseId}/acquisition/corrections`, {
        type: 'purchase',
        deliveryDate: '2024-01-11',
        odometerAtDelivery: 15,
        correctionReason: 'contract date',
      });
      await post(`/cases/${caseId}/warranty/corrections`, { months: 48, miles: 50_000, correctionReason: 'booklet' });
      await post(`/cases/${caseId}/client`, { name: 'Maria Delgado-Ruiz', phone: '+1 415 555 0100' });
      expect((await get(`/cases/${caseId}`)).client).toMatchObject({ name: 'Maria Delgado-Ruiz', phone: '+1 415 555 0100' });
      await post(`/cases/${caseId}/resolution`, { resolvedOn: '2024-06-01', resolution: 'settlement' });
      await firm().post(`/cases/${caseId}/notes`).send({ text: 'still allowed' }).expect(201);
      await firm().post(`/cases/${caseId}/odometer-readings`).send({ readOn: '2024-06-02', mileage: 5000 }).expect(422);
      await firm().post(`/cases/${caseId}/reopen`).send({}).expect(400);
      await post(`/cases/${caseId}/reopen`, { reason: 'resolution entered on the wrong case' });
      await post(`/cases/${caseId}/odometer-readings`, { readOn: '2024-06-02', mileage: 5000 });
    });

    it('issue 10: "GET /cases/{id}/history (now paginated, newest last, ?page=&pageSize=)"', async () => {
      const caseId = await openCase();
      for (let i = 0; i < 4; i++) await post(`/cases/${caseId}/notes`, { text: `note ${i}` });
      const page1 = await get(`/cases/${caseId}/history`, { page: 1, pageSize: 2 });
      const page3 = await get(`/cases/${caseId}/history`, { page: 3, pageSize: 2 });
      expect(page1.events.map((e: { version: number }) => e.version)).toEqual([1, 2]);
      expect(page3.events.map((e: { version: number }) => e.version)).toEqual([5]);
      expect(page1).toMatchObject({ page: 1, pageSize: 2, total: 5, totalPages: 3 });
    });

    it('issue 10: "POST /cases/{id}/notes {text, visibility: \\"firm\\" | \\"shared\\"}, default \\"firm\\""; the shared organisation sees neither firm notes nor email, phone, address', async () => {
      const caseId = await openCase({
        client: { name: 'Privileged Client', email: 'pc@example.com', phone: '+1 212 555 0111', address: '1 Secret Row' },
      });
      const note = await post(`/cases/${caseId}/notes`, { text: 'firm strategy alpha' });
      await post(`/cases/${caseId}/notes`, { text: 'shared beta', visibility: 'shared' });
      await firm().post(`/cases/${caseId}/notes`).send({ text: 'x', visibility: 'public' }).expect(400);
      expect(note.noteId).toEqual(expect.any(String));
      const firmHistory = (await get(`/cases/${caseId}/history`)).events.filter((e: { type: string }) => e.type === 'NoteAdded');
      expect(firmHistory[0].data).toMatchObject({ visibility: 'firm', text: 'firm strategy alpha' });
      await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });
      const texts = [
        (await as('shared.auditor').get(`/cases/${caseId}`).expect(200)).text,
        (await as('shared.auditor').get(`/cases/${caseId}/history`).expect(200)).text,
        (await as('shared.auditor').get('/cases').expect(200)).text,
        (await as('shared.auditor').get('/deadlines').expect(200)).text,
      ];
      for (const text of texts)
        for (const secret of ['firm strategy alpha', 'pc@example.com', '555 0111', 'Secret Row']) expect(text).not.toContain(secret);
      expect(texts[1]).toContain('shared beta');
      const summary = (await as('shared.auditor').get(`/cases/${caseId}`).expect(200)).body;
      expect(summary.client).toEqual({ name: 'Privileged Client' });
      expect(summary.vehicle.vin).toBe(VINS[0]);
    });

    it('issue 10: "It sees the firm\'s actors as organisation and role, not user ids"', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });
      const events = (await as('shared.auditor').get(`/cases/${caseId}/history`).expect(200)).body.events;
      for (const e of events) {
        expect(e.actor).toMatchObject({ organisationId: world.firm.id, role: expect.any(String) });
        expect(e.actor.userId).toBeUndefined();
      }
    });

    it('issue 10: "Every read of a shared case by another organisation is a row in GET /cases/{id}/access-log: one row per case per request, including the list and the docket"', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });
      await as('shared.auditor').get('/cases').set('X-Correlation-Id', 'list-read-77').expect(200);
      await as('shared.auditor').get('/deadlines').set('X-Correlation-Id', 'docket-read-77').expect(200);
      const reads = (await as('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads;
      expect(reads.filter((r: { correlationId: string }) => r.correlationId === 'list-read-77')).toHaveLength(1);
      expect(reads.filter((r: { correlationId: string }) => r.correlationId === 'docket-read-77')).toHaveLength(1);
    });

    it('issue 10: "X-Correlation-Id is at most 200 printable characters; otherwise a new one is generated"', async () => {
      const caseId = await openCase();
      const ok = 'c'.repeat(200);
      await firm().post(`/cases/${caseId}/notes`).set('X-Correlation-Id', ok).send({ text: 'a' }).expect(201);
      await firm().post(`/cases/${caseId}/notes`).set('X-Correlation-Id', 'c'.repeat(201)).send({ text: 'b' }).expect(201);
      await firm().post(`/cases/${caseId}/notes`).set('X-Correlation-Id', 'tab\there').send({ text: 'c' }).expect(201);
      const ids = (await get(`/cases/${caseId}/history`)).events.slice(1).map((e: { correlationId: string }) => e.correlationId);
      expect(ids[0]).toBe(ok);
      expect(ids[1]).not.toBe('c'.repeat(201));
      expect(ids[1].length).toBeLessThanOrEqual(200);
      expect(ids[2]).not.toBe('tab\there');
    });

    it('issue 10: the "X-Correlation-Id" a request ran under comes back on every answer (lists and errors too), a new one when the header was refused', async () => {
      const list = await firm().get('/cases').set('X-Correlation-Id', 'list-echo-1').expect(200);
      expect(list.headers['x-correlation-id']).toBe('list-echo-1');
      const missing = await firm().get('/cases/6f1c2f4e-8f00-4c59-9d1e-3b1f3f1c0a11').set('X-Correlation-Id', 'err-echo-1').expect(404);
      expect(missing.headers['x-correlation-id']).toBe('err-echo-1');
      const tooLong = await firm().get('/cases').set('X-Correlation-Id', 'x'.repeat(201)).expect(200);
      expect(tooLong.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
      const caseId = await openCase();
      const note = await firm().post(`/cases/${caseId}/notes`).set('X-Correlation-Id', 'x'.repeat(201)).send({ text: 'n' }).expect(201);
      const events = (await get(`/cases/${caseId}/history`)).events;
      expect(events.at(-1).correlationId).toBe(note.headers['x-correlation-id']);
    });

    it('issue 10: "/health … reports the worker\'s heartbeat"; "worker not seen for N s" when that is so (degraded)', async () => {
      const health = (await request(t.url).get('/health').expect(200)).body;
      expect(health.details.worker).toEqual(expect.objectContaining({ status: expect.stringMatching(/^(up|down)$/) }));
      const noWorker = await startTestApp({ worker: false, env: { WORKER_STALE_AFTER_MS: '0' } });
      try {
        const stale = (await request(noWorker.url).get('/health').expect(200)).body;
        expect(stale.status).toBe('degraded');
        expect(stale.details.worker.message).toMatch(/^worker not seen for \d+ s$/);
      } finally {
        await noWorker.close();
      }
    }, 60_000);
  });

  describe('issue 11: people sign in; the app', () => {
    const GOOD = 'correct horse battery staple';
    const invite = async (email: string) =>
      (
        await t
          .client(world.keys['firm.admin'])
          .post(`/organisations/${world.firm.id}/users`)
          .send({ name: `Person ${email}`, email, role: 'attorney' })
          .expect(201)
      ).body as { id: string; invitation: { url: string; token: string; expiresAt: string } };

    it('issue 11: "GET / redirects there" (/app/)', async () => {
      const response = await request(t.url)
        .get('/')
        .expect((r) => expect([301, 302, 303, 307, 308]).toContain(r.status));
      expect(response.headers.location).toBe('/app/');
    });

    it('issue 11: "POST /organisations/{id}/users also returns a one-time invitation link, valid 72 h"; "at least 12 characters"', async () => {
      const { invitation } = await invite('inv72@firm.example');
      expect(invitation.url).toContain(invitation.token);
      expect(Date.parse(invitation.expiresAt) - t.clock.now().epochMilliseconds).toBe(72 * 3_600_000);
      const short = await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: 'elevenchars' }).expect(400);
      expect(short.body.errors[0].field).toBe('password');
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(200);
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(404);
    });

    it('issue 11: "POST /auth/login {email, password} sets a session cookie: HttpOnly, SameSite=Lax, a new session id on login"; "POST /auth/logout ends the session"', async () => {
      const { invitation } = await invite('login@firm.example');
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(200);
      const login = () => request(t.url).post('/auth/login').send({ email: 'login@firm.example', password: GOOD }).expect(200);
      const cookieOf = (r: request.Response) =>
        ([] as string[]).concat(r.headers['set-cookie'] ?? []).find((c) => c.startsWith('ll_session='))!;
      const first = await login();
      const second = await login();
      expect(cookieOf(first)).toMatch(/HttpOnly/i);
      expect(cookieOf(first)).toMatch(/SameSite=Lax/i);
      expect(cookieOf(first).split(';')[0]).not.toBe(cookieOf(second).split(';')[0]);
      const cookie = ([] as string[])
        .concat(first.headers['set-cookie'])
        .map((c) => c.split(';')[0])
        .join('; ');
      await request(t.url).get('/cases').set('Cookie', cookie).expect(200);
      await request(t.url)
        .post('/auth/logout')
        .set('Cookie', cookie)
        .set('Origin', t.url)
        .set('X-CSRF-Token', first.body.csrfToken)
        .expect((r) => expect([200, 204]).toContain(r.status));
      await request(t.url).get('/cases').set('Cookie', cookie).expect(401);
    });

    it('issue 11: "Every failure gets the same answer whether or not the account exists"', async () => {
      const { invitation } = await invite('same@firm.example');
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(200);
      const wrong = await request(t.url).post('/auth/login').send({ email: 'same@firm.example', password: 'not the password!' });
      const unknown = await request(t.url).post('/auth/login').send({ email: 'nobody@firm.example', password: 'not the password!' });
      expect(wrong.status).toBe(401);
      expect([unknown.status, unknown.body]).toEqual([wrong.status, wrong.body]);
    });

    it('issue 11: docket rows show "client name, vehicle, jurisdiction, kind, due date and who must act"', async () => {
      const caseId = await openCase({ client: { name: 'Docket Row Client' } });
      const docket = await get('/deadlines', { pageSize: 500 });
      const row = docket.items.find((d: { caseId: string }) => d.caseId === caseId);
      expect(row).toMatchObject({
        clientName: 'Docket Row Client',
        vehicle: { modelYear: 2024, make: 'BMW', model: 'X5 xDrive40i' },
        jurisdiction: 'CA',
        kind: expect.any(String),
        dueOn: expect.any(String),
        actor: expect.stringMatching(/^(consumer|firm|manufacturer|program|court)$/),
      });
    });

    it('issue 11: "responses carry the id and the name side by side" (shares and the access log name the organisation)', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });
      const shares = await get(`/cases/${caseId}/shares`);
      expect(JSON.stringify(shares)).toContain('BMW of North America, Customer Relations');
      await as('shared.auditor').get(`/cases/${caseId}`).expect(200);
      const reads = (await as('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads;
      expect(reads.find((r: { organisationId: string }) => r.organisationId === world.bmw.id)).toMatchObject({
        organisationName: 'BMW of North America, Customer Relations',
      });
    });
  });

  describe('issue 12: documents, restitution, directory, import', () => {
    it('issue 12: "GET /manufacturers, GET /manufacturers/{id}" with BMW\'s Westwood notice address', async () => {
      const list = await get('/manufacturers');
      expect(JSON.stringify(list)).toContain('bmw');
      expect(JSON.stringify(await get('/manufacturers/bmw'))).toContain('Westwood');
    });

    it('issue 12: "GET /cases/{id}/documents lists the kinds that can be generated now and … what is missing"; "POST /cases/{id}/documents {kind, format} returns the file with Content-Disposition"', async () => {
      const caseId = await openCase({ manufacturerId: 'bmw' });
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-03', 1000, { repairOrderNumber: 'RO-9001' }));
      const listing = await get(`/cases/${caseId}/documents`);
      expect(JSON.stringify(listing)).toMatch(/missing/i);
      const file = await firm().post(`/cases/${caseId}/documents`).send({ kind: 'repair_chronology', format: 'pdf' });
      expect(file.status).toBe(201);
      expect(file.headers['content-disposition']).toMatch(/attachment/);
      const history = (await get(`/cases/${caseId}/history`)).events;
      expect(history.at(-1)).toMatchObject({ type: 'DocumentGenerated', data: expect.objectContaining({ sha256: expect.any(String) }) });
    });

    it('issue 12: restitution: "A negative or non-numeric amount is 400. A missing price gives INSUFFICIENT_DATA with what is missing"', async () => {
      const caseId = await openCase();
      const bad = await firm().post(`/cases/${caseId}/expenses`).send({ kind: 'towing', amount: -5, on: '2024-02-01', description: 'tow' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('amount');
      await firm()
        .post(`/cases/${caseId}/expenses`)
        .send({ kind: 'towing', amount: 'lots', on: '2024-02-01', description: 'tow' })
        .expect(400);
      await post(`/cases/${caseId}/expenses`, { kind: 'towing', amount: 120, on: '2024-02-01', description: 'tow' });
      const restitution = await get(`/cases/${caseId}/restitution`);
      expect(restitution.status).toBe('INSUFFICIENT_DATA');
      expect(JSON.stringify(restitution.missing)).toMatch(/price/i);
    });

    it('issue 12: California use offset "miles before the first repair visit ÷ 120,000 × the price paid" (1793.2(d)(2)(C))', async () => {
      const caseId = await openCase({
        acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12, price: 60_000 },
      });
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-05', '2024-02-06', 1_212));
      const text = JSON.stringify(await get(`/cases/${caseId}/restitution`));
      // (1,212 - 12) / 120,000 × 60,000 = 600.00
      expect(text).toMatch(/600(\.00)?\b/);
      expect(text).toContain('1793.2(d)(2)(C)');
    });

    it('issue 12: "POST /cases/{id}/imports/repair-orders" CSV with ?dryRun=true; any refused row means nothing is recorded (422)', async () => {
      const caseId = await openCase();
      await defect(caseId, 'Brake pedal sinks');
      const csv = 'RO #,Date In,Date Out,Odometer In,Complaint,Result\r\nRO-1,02/01/2024,02/02/2024,1000,Brake pedal sinks,Not fixed\r\n';
      const upload = (body: string, query: string) =>
        firm().post(`/cases/${caseId}/imports/repair-orders${query}`).set('Content-Type', 'text/csv').send(Buffer.from(body));
      const dry = await upload(csv, '?dryRun=true').expect(200);
      expect(dry.body.dryRun).toBe(true);
      const version = (await get(`/cases/${caseId}/history`)).version;
      const refused = await upload(csv + 'RO-2,02/10/2024,02/11/2024,1100,Unknown defect,Not fixed\r\n', '').expect(422);
      expect(refused.body.errors[0]).toMatchObject({ row: expect.any(Number), column: expect.any(String), message: expect.any(String) });
      expect((await get(`/cases/${caseId}/history`)).version).toBe(version);
      await upload(csv, '').expect(201);
      await upload(csv, '').expect(200); // again: nothing new
      expect((await get(`/cases/${caseId}/history`)).version).toBe(version + 1);
    });
  });

  describe('issue 13: the law as the statutes read', () => {
    it('issue 13: "Show the period\'s end as a date with UPCOMING / PASSED, and keep the presumption status separate"', async () => {
      const caseId = await openCase();
      const now = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'rights_period_end')!;
      // The period's last day is the day 18 months after delivery (README, counting conventions); both outputs agree on it.
      expect(now).toMatchObject({ status: 'UPCOMING', dueOn: '2025-07-10', presumption: { status: 'NOT_MET', metOn: null } });
      expect((await get(`/cases/${caseId}/presumption`)).period.endsOn).toBe(now.dueOn);
      const later = deadlineOf(await get(`/cases/${caseId}/deadlines`, { asOf: '2025-08-01' }), 'rights_period_end')!;
      expect(later.status).toBe('PASSED');
    });

    it('issue 13: "Every deadline names its actor: consumer, firm, manufacturer, program or court"', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2025-05-01', manufacturerContactedFirst: true });
      const report = await get(`/cases/${caseId}/deadlines`);
      expect(report.deadlines.length).toBeGreaterThan(2);
      for (const d of report.deadlines) expect(['consumer', 'firm', 'manufacturer', 'program', 'court']).toContain(d.actor);
      expect(deadlineOf(report, 'dispute_decision_due')!.actor).toBe('program');
    });

    it('issue 13: "A program\'s decision date that has passed reads OVERDUE (the program\'s deadline), not MISSED"', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2025-01-02', manufacturerContactedFirst: true });
      const due = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'dispute_decision_due')!;
      expect(due).toMatchObject({ dueOn: '2025-02-11', status: 'OVERDUE', actor: 'program' });
      const docket = await get('/deadlines', { status: 'OVERDUE', pageSize: 500 });
      expect(docket.items.map((d: { caseId: string }) => d.caseId)).toContain(caseId);
    });

    it('issue 13: "A prong that can no longer be met says \\"period closed on …; cannot be met\\" instead of a distance"', async () => {
      const caseId = await openCase({ acquisition: { type: 'purchase', deliveryDate: '2022-01-10', odometerAtDelivery: 12 } });
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2022-02-01', '2022-02-02', 1000));
      const presumption = await get(`/cases/${caseId}/presumption`);
      const prong = presumption.prongs.find((p: { nonconformityId?: string; unit: string }) => p.nonconformityId === nc);
      expect(prong.distance.text).toMatch(/^period closed on \d{4}-\d{2}-\d{2}; cannot be met$/);
      expect(prong.canStillBeMet).toBe(false);
    });

    it('issue 13: "Defect descriptions appear in prong labels and deadline titles"', async () => {
      const caseId = await openCase({ jurisdiction: 'FL' });
      const nc = await defect(caseId, 'Sunroof leaks water');
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
      await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-03-01', method: 'registered_mail', nonconformityIds: [nc] });
      const prongs = (await get(`/cases/${caseId}/presumption`)).prongs.filter(
        (p: { nonconformityId?: string }) => p.nonconformityId === nc,
      );
      for (const p of prongs) expect(p.label).toContain('Sunroof leaks water');
      const titles = (await get(`/cases/${caseId}/deadlines`)).deadlines
        .filter((d: { kind: string }) => d.kind.startsWith('final_repair'))
        .map((d: { title: string }) => d.title);
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(title).toContain('Sunroof leaks water');
    });

    it('issue 13: Georgia from 2009-01-01 "24 months or the first 24,000 miles"; GET /jurisdictions/GA shows the versions', async () => {
      const ga = await get('/jurisdictions/GA');
      const text = JSON.stringify(ga);
      expect(text).toContain('2009-01-01');
      expect(text).toMatch(/24,?000/);
      expect(ga.versions.length).toBeGreaterThanOrEqual(2);
      const caseId = await openCase({ jurisdiction: 'GA' });
      const presumption = await get(`/cases/${caseId}/presumption`);
      expect(presumption.rightsPeriod ?? presumption.period).toMatchObject({ dateLimit: '2026-01-10', milesLimit: 24_012 });
      const end = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'rights_period_end')!;
      expect(end.dueOn).toBe((presumption.rightsPeriod ?? presumption.period).endsOn);
    });

    it('issue 13: New Jersey: "MET with 20 days out of service and no notice" is wrong: the presumption needs the notice and the final opportunity', async () => {
      const caseId = await openCase({ jurisdiction: 'NJ' });
      await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-01', to: '2024-03-25', reason: 'waiting for parts' });
      expect((await get(`/cases/${caseId}/presumption`)).status).not.toBe('MET');
    });

    it('issue 13: Florida: "a certified-mail notice must not be counted as satisfying it, and the output must say so"', async () => {
      const caseId = await openCase({ jurisdiction: 'FL' });
      const nc = await defect(caseId);
      for (let i = 0; i < 3; i++)
        await post(`/cases/${caseId}/repair-attempts`, repair(nc, `2024-0${2 + i}-01`, `2024-0${2 + i}-02`, 1000 + i * 500));
      await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-05-01', method: 'certified_mail', nonconformityIds: [nc] });
      const presumption = await get(`/cases/${caseId}/presumption`);
      expect(presumption.status).not.toBe('MET');
      expect(JSON.stringify(presumption)).toMatch(/registered or express/i);
    });

    it('issue 13: Texas: the six-month limit is "the deadline to begin a proceeding before the Texas DMV, not to file suit"', async () => {
      const caseId = await openCase({ jurisdiction: 'TX' });
      const text = JSON.stringify((await get(`/cases/${caseId}/deadlines`)).deadlines);
      expect(text).toMatch(/DMV|Department of Motor Vehicles/);
      expect(text).toContain('2301.606');
    });

    it('issue 13: AB 1755: "Record a manufacturer\'s election … per case"; its clocks go on the docket with citations', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/ab1755-election`, { elected: true, electedOn: '2025-01-01' });
      const deadlines = (await get(`/cases/${caseId}/deadlines`)).deadlines;
      const text = JSON.stringify(deadlines);
      expect(text).toContain('871.2');
      expect(deadlines.some((d: { kind: string }) => d.kind.startsWith('elected_procedure') || d.kind === 'pre_suit_notice')).toBe(true);
      const ny = await openCase({ jurisdiction: 'NY' });
      await firm().post(`/cases/${ny}/ab1755-election`).send({ elected: true }).expect(422);
    });
  });

  describe('more stated contracts (issues 3, 4, 5, 11, 12, 13)', () => {
    it('issue 4: "month arithmetic clamps to the month\'s end (Aug 31 + 6 months = Feb 28/29)" (claim window six months after warranty expiry)', async () => {
      // Delivered 2022-08-31 with 24 months of warranty: expiry 2024-08-31; six months later is 2025-02-28, not 2025-03-03.
      const caseId = await openCase({
        acquisition: { type: 'purchase', deliveryDate: '2022-08-31', odometerAtDelivery: 12 },
        warranty: { months: 24, miles: 50_000 },
      });
      const window = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'dispute_claim_window')!;
      expect(window.dueOn).toBe('2025-02-28');
      expect(window.status).toBe('MISSED');
    });

    it('issue 4: "Florida 10 + 10 days" final-repair windows after written notice', async () => {
      const caseId = await openCase({ jurisdiction: 'FL' });
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
      await post(`/cases/${caseId}/manufacturer-notices`, {
        sentOn: '2024-03-01',
        receivedOn: '2024-03-04',
        method: 'registered_mail',
        nonconformityIds: [nc],
      });
      const report = await get(`/cases/${caseId}/deadlines`);
      expect(deadlineOf(report, 'final_repair_facility_designation')).toMatchObject({ dueOn: '2024-03-14', actor: 'manufacturer' });
      expect(JSON.stringify(deadlineOf(report, 'final_repair_completion'))).toContain('681.104');
    });

    it('issue 12: "When the case\'s state is not in the program\'s participating states …, the BBB AUTO LINE clocks are NOT_APPLICABLE, with that reason"', async () => {
      const caseId = await openCase({ jurisdiction: 'TX', manufacturerId: 'bmw' });
      // No claim filed yet: the window is still shown, as not applicable, so the attorney sees why.
      const window = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'dispute_claim_window')!;
      expect(window.status).toBe('NOT_APPLICABLE');
      expect(window.statusReason).toMatch(/TX|Texas/);
    });

    it('issue 13: Massachusetts: "The final repair attempt of 7 business days runs from the manufacturer\'s receipt of notice … and must appear on the docket"', async () => {
      const caseId = await openCase({ jurisdiction: 'MA' });
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
      // Received Friday 2024-05-24; Monday 2024-05-27 is Memorial Day: 7 business days end on Wednesday 2024-06-05.
      await post(`/cases/${caseId}/manufacturer-notices`, {
        sentOn: '2024-05-21',
        receivedOn: '2024-05-24',
        method: 'certified_mail',
        nonconformityIds: [nc],
      });
      const final = (await get(`/cases/${caseId}/deadlines`)).deadlines.filter((d: { rule: { citation: string } }) =>
        /7N/.test(d.rule.citation),
      );
      expect(final.map((d: { dueOn: string }) => d.dueOn)).toContain('2024-06-05');
      const docket = await get('/deadlines', { jurisdiction: 'MA', pageSize: 500 });
      expect(docket.items.some((d: { caseId: string; dueOn: string }) => d.caseId === caseId && d.dueOn === '2024-06-05')).toBe(true);
    });

    it('issue 13: "Cite at subsection level wherever it is known, not \\"et seq.\\"" (California prongs and deadlines)', async () => {
      const caseId = await openCase();
      await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2025-05-01', manufacturerContactedFirst: true });
      const presumption = await get(`/cases/${caseId}/presumption`);
      for (const prong of presumption.prongs) expect(prong.citation).not.toMatch(/et seq/i);
      for (const d of (await get(`/cases/${caseId}/deadlines`)).deadlines)
        expect([d.kind, d.rule.citation]).not.toEqual([d.kind, expect.stringMatching(/et seq/i)]);
    });

    it('issue 3: "low-confidence values are flagged in the API output, not hidden" (lowConfidence)', async () => {
      const md = await get('/jurisdictions/MD');
      expect(JSON.stringify(md)).toMatch(/"lowConfidence":\[[^\]]/);
      const caseId = await openCase({ jurisdiction: 'UT' });
      expect((await get(`/cases/${caseId}/presumption`)).lowConfidence).toEqual(expect.any(Array));
    });

    it('issue 11: the list: "filters for jurisdiction, status, presumption status, manufacturer, and next deadline within N days"; "the next deadline with who must act"', async () => {
      const caseId = await openCase({ client: { name: 'Listed Nextdeadline' }, manufacturerId: 'bmw' });
      await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2025-05-20', manufacturerContactedFirst: true });
      const list = await get('/cases', { q: 'Nextdeadline', manufacturer: 'bmw', dueWithinDays: 60, status: 'open', jurisdiction: 'CA' });
      expect(list.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
      expect(list.items[0].nextDeadline).toMatchObject({ kind: expect.any(String), dueOn: expect.any(String), actor: expect.any(String) });
      expect((await get('/cases', { q: 'Nextdeadline', dueWithinDays: 1 })).items).toEqual([]);
    });

    it('issue 11: "Writes authenticated by cookie are protected against CSRF"; "idle expiry 12 h"', async () => {
      const GOOD = 'correct horse battery staple';
      const { invitation } = (
        await as('firm.admin')
          .post(`/organisations/${world.firm.id}/users`)
          .send({ name: 'Csrf Person', email: 'csrf2@firm.example', role: 'attorney' })
          .expect(201)
      ).body;
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(200);
      const login = await request(t.url).post('/auth/login').send({ email: 'csrf2@firm.example', password: GOOD }).expect(200);
      const cookie = ([] as string[])
        .concat(login.headers['set-cookie'])
        .map((c) => c.split(';')[0])
        .join('; ');
      await request(t.url).post('/cases').set('Cookie', cookie).send(openCaseBody()).expect(403);
      await request(t.url)
        .post('/cases')
        .set('Cookie', cookie)
        .set('Origin', t.url)
        .set('X-CSRF-Token', login.body.csrfToken)
        .send(openCaseBody())
        .expect(201);
      t.clock.advance({ hours: 13 });
      try {
        await request(t.url).get('/cases').set('Cookie', cookie).expect(401);
      } finally {
        t.clock.advance({ hours: -13 });
      }
    });

    it('issue 11: "POST /auth/logout ends the session" with the session cookie alone', async () => {
      const GOOD = 'correct horse battery staple';
      const { invitation } = (
        await as('firm.admin')
          .post(`/organisations/${world.firm.id}/users`)
          .send({ name: 'Plain Logout', email: 'plain-logout@firm.example', role: 'attorney' })
          .expect(201)
      ).body;
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(200);
      const login = await request(t.url).post('/auth/login').send({ email: 'plain-logout@firm.example', password: GOOD }).expect(200);
      const cookie = ([] as string[])
        .concat(login.headers['set-cookie'])
        .map((c) => c.split(';')[0])
        .join('; ');
      await request(t.url)
        .post('/auth/logout')
        .set('Cookie', cookie)
        .expect((r) => expect([200, 204]).toContain(r.status));
      await request(t.url).get('/auth/session').set('Cookie', cookie).expect(401);
    });

    it('issue 11: after repeated failures an unknown account gets the same lockout answer as a real one ("the same answer whether or not the account exists")', async () => {
      const GOOD = 'correct horse battery staple';
      const { invitation } = (
        await as('firm.admin')
          .post(`/organisations/${world.firm.id}/users`)
          .send({ name: 'Real Locked', email: 'real-locked@firm.example', role: 'attorney' })
          .expect(201)
      ).body;
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(200);
      const answers = async (email: string) => {
        const out: Array<[number, unknown]> = [];
        for (let i = 0; i < 7; i++) {
          const r = await request(t.url).post('/auth/login').send({ email, password: 'wrong password!!' });
          out.push([r.status, r.body]);
        }
        return out;
      };
      expect(await answers('ghost-locked@firm.example')).toEqual(await answers('real-locked@firm.example'));
    });

    it('issue 11: "History: actor names": the firm reads who recorded each event by name, beside the id', async () => {
      const caseId = await openCase();
      const [opened] = (await get(`/cases/${caseId}/history`)).events;
      expect(opened.actor).toMatchObject({
        userId: world.firm.users.attorney,
        name: expect.stringContaining('attorney'),
        organisationId: world.firm.id,
      });
    });

    it('issue 11: "People read names, not ids": no deadline title or prong label carries an id', async () => {
      const caseId = await openCase({ jurisdiction: 'FL' });
      const nc = await defect(caseId, 'Steering pulls hard left', true);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
      await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-03-01', method: 'registered_mail', nonconformityIds: [nc] });
      const { claimId } = await post(`/cases/${caseId}/dispute-claims`, {
        program: 'BBB_AUTO_LINE',
        filedOn: '2024-04-01',
        manufacturerContactedFirst: true,
      });
      await post(`/cases/${caseId}/dispute-claims/${claimId}/decision`, { decidedOn: '2024-05-01', award: 'repurchase' });
      await post(`/cases/${caseId}/dispute-claims/${claimId}/acceptance`, { acceptedOn: '2024-05-03' });
      const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
      const deadlines = (await get(`/cases/${caseId}/deadlines`)).deadlines as Array<{ kind: string; title: string }>;
      expect(deadlines.map((d) => d.kind)).toEqual(expect.arrayContaining(['dispute_decision_due', 'manufacturer_compliance_due']));
      for (const d of deadlines) expect([d.kind, d.title]).toEqual([d.kind, expect.not.stringMatching(UUID)]);
      expect(deadlineOf({ deadlines }, 'dispute_decision_due')!.title).toContain('2024-04-01');
      const prongs = (await get(`/cases/${caseId}/presumption`)).prongs as Array<{ label: string }>;
      for (const p of prongs) expect(p.label).not.toMatch(UUID);
      const docket = (await get('/deadlines', { pageSize: 500 })).items.filter((d: { caseId: string }) => d.caseId === caseId);
      for (const d of docket) expect(d.title).not.toMatch(UUID);
    });

    it('issue 10: "Every \\"today\\" anywhere is the legal date in that zone, never the UTC date": a decision due today is not late at 19:30 New York time', async () => {
      // Filed 2025-04-23: the BBB decision is due 40 days later, on 2025-06-02 (legal today).
      const caseId = await openCase();
      await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2025-04-23', manufacturerContactedFirst: true });
      t.clock.advance({ hours: 8, minutes: 30 }); // 2025-06-02T23:30Z = 19:30 in New York, already 2025-06-03 in UTC
      try {
        const due = deadlineOf(await get(`/cases/${caseId}/deadlines`), 'dispute_decision_due')!;
        expect(due).toMatchObject({ dueOn: '2025-06-02', status: 'OPEN' });
        const docket = await get('/deadlines', {
          kind: 'dispute_decision_due',
          dueAfter: '2025-06-02',
          dueBefore: '2025-06-03', // before: exclusive,
          pageSize: 500,
        });
        expect(docket.items.find((d: { caseId: string }) => d.caseId === caseId)).toMatchObject({ status: 'OPEN' });
      } finally {
        t.clock.advance({ hours: -8, minutes: -30 });
      }
    });

    it('issue 11: "A password reset works the same way" (a one-time link, 72 h)', async () => {
      const reset = await as('firm.admin').post(`/users/${world.firm.users.staff}/password-reset`).send({}).expect(201);
      const link = reset.body.invitation ?? reset.body;
      expect(Date.parse(link.expiresAt) - t.clock.now().epochMilliseconds).toBe(72 * 3_600_000);
      expect(link.url).toContain(link.token);
    });

    it('issue 11: "locks out after repeated failures with a clear message"', async () => {
      const GOOD = 'correct horse battery staple';
      const { invitation } = (
        await as('firm.admin')
          .post(`/organisations/${world.firm.id}/users`)
          .send({ name: 'Locked Person', email: 'locked@firm.example', role: 'attorney' })
          .expect(201)
      ).body;
      await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: GOOD }).expect(200);
      let last: request.Response | undefined;
      for (let i = 0; i < 8; i++)
        last = await request(t.url).post('/auth/login').send({ email: 'locked@firm.example', password: 'wrong password!!' });
      expect(last!.status).toBe(429);
      expect(JSON.stringify(last!.body)).toMatch(/locked|too many/i);
      await request(t.url).post('/auth/login').send({ email: 'locked@firm.example', password: GOOD }).expect(429);
    });

    it('issue 2: "A command\'s response carries the position it wrote; a read may ask to wait until the projections have reached it"', async () => {
      const response = await firm()
        .post('/cases')
        .send(openCaseBody({ client: { name: 'Positioned Reader' } }))
        .expect(201);
      expect(response.body.position).toEqual(expect.anything());
      const list = await get('/cases', { q: 'Positioned Reader', minPosition: String(response.body.position) });
      expect(list.items.map((c: { caseId: string }) => c.caseId)).toEqual([response.body.caseId]);
    });

    it('issue 5: API keys "random, stored hashed, shown once, revocable, with last-used time"', async () => {
      const created = (await as('firm.admin').post(`/users/${world.firm.users.auditor}/api-keys`).send({ label: 'one-off' }).expect(201))
        .body;
      expect(created.key).toMatch(/^ll_/);
      await t.client(created.key).get('/me').expect(200);
      const listed = await as('firm.admin').get(`/users/${world.firm.users.auditor}/api-keys`).expect(200);
      expect(listed.text).not.toContain(created.key);
      expect(listed.body.items.find((k: { id: string }) => k.id === created.id)).toMatchObject({ lastUsedAt: expect.any(String) });
      await as('firm.admin')
        .delete(`/api-keys/${created.id}`)
        .expect((r) => expect([200, 204]).toContain(r.status));
      await t.client(created.key).get('/me').expect(401);
    });

    it('issue 14: "Test-sends … are answered synchronously, with a result"; issue 4: Standard Webhooks headers', async () => {
      const received: string[] = [];
      const signatures: unknown[][] = [];
      const server = createServer((req, res) => {
        received.push(String(req.headers['webhook-id']));
        signatures.push([req.headers['webhook-timestamp'], req.headers['webhook-signature']]);
        res.writeHead(204).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        const port = (server.address() as AddressInfo).port;
        const subscription = (
          await as('firm.admin')
            .post('/webhook-subscriptions')
            .send({ url: `http://127.0.0.1:${port}/hook`, eventTypes: ['deadline.missed'] })
            .expect(201)
        ).body;
        const sent = await as('firm.admin').post(`/webhook-subscriptions/${subscription.id}/test`).send({});
        expect([200, 201]).toContain(sent.status);
        expect(received).toHaveLength(1); // answered after the receiver got it
        expect(JSON.stringify(sent.body)).toContain('204');
        // Issue 4: "signed per the Standard Webhooks spec (webhook-id, webhook-timestamp, webhook-signature, HMAC-SHA256)".
        expect(received[0]).toMatch(/^msg_|[0-9a-f-]{36}/);
        expect(signatures[0]).toEqual([expect.stringMatching(/^\d+$/), expect.stringMatching(/^v1,[A-Za-z0-9+/=]+/)]);
      } finally {
        server.close();
      }
    });

    it('issue 2/4: dispute follow-ups "/rejection" and "/compliance": compliance is MET once recorded; a rejected decision leaves no compliance clock running', async () => {
      const accepted = await openCase();
      const a = (
        await post(`/cases/${accepted}/dispute-claims`, {
          program: 'BBB_AUTO_LINE',
          filedOn: '2025-03-03',
          manufacturerContactedFirst: true,
        })
      ).claimId;
      await post(`/cases/${accepted}/dispute-claims/${a}/decision`, { decidedOn: '2025-04-01', award: 'repurchase' });
      await post(`/cases/${accepted}/dispute-claims/${a}/acceptance`, { acceptedOn: '2025-04-03' });
      await post(`/cases/${accepted}/dispute-claims/${a}/compliance`, { compliedOn: '2025-04-20' });
      expect(deadlineOf(await get(`/cases/${accepted}/deadlines`), 'manufacturer_compliance_due')).toMatchObject({
        dueOn: '2025-05-03',
        status: 'MET',
      });
      const rejected = await openCase();
      const r = (
        await post(`/cases/${rejected}/dispute-claims`, {
          program: 'BBB_AUTO_LINE',
          filedOn: '2025-03-03',
          manufacturerContactedFirst: true,
        })
      ).claimId;
      await post(`/cases/${rejected}/dispute-claims/${r}/decision`, { decidedOn: '2025-04-01', award: 'repurchase' });
      await post(`/cases/${rejected}/dispute-claims/${r}/rejection`, { rejectedOn: '2025-04-03' });
      const compliance = deadlineOf(await get(`/cases/${rejected}/deadlines`), 'manufacturer_compliance_due');
      expect(compliance === undefined || compliance.status === 'NOT_APPLICABLE').toBe(true);
    });

    it('issue 12: import "Header names are matched through documented aliases (RO, \\"RO #\\", \\"Repair Order\\", \\"Date In\\", \\"Odometer In\\", …)"', async () => {
      const caseId = await openCase();
      await defect(caseId, 'Brake pedal sinks');
      const csv =
        'Repair Order,Date In,Date Out,Odometer In,Defect,Outcome\r\nRO-31,2024-02-01,2024-02-02,1000,Brake pedal sinks,not fixed\r\n';
      const dry = await firm()
        .post(`/cases/${caseId}/imports/repair-orders?dryRun=true`)
        .set('Content-Type', 'text/csv')
        .send(Buffer.from(csv))
        .expect(200);
      expect(dry.body.summary).toMatchObject({ rows: 1, record: 1 });
    });

    it('issue 5: "body size limits" (413) and "security headers"', async () => {
      const caseId = await openCase();
      await firm()
        .post(`/cases/${caseId}/notes`)
        .send({ text: 'x'.repeat(300 * 1024) })
        .expect(413);
      const response = await firm().get(`/cases/${caseId}`).expect(200);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('issue 12: "Add profile fields: address, phone, bar number, and attorney signature lines per user"', async () => {
      await as('firm.admin')
        .patch(`/organisations/${world.firm.id}`)
        .send({ address: '1 Main St, LA', phone: '(213) 555-0100', barNumber: 'CA-1' })
        .expect(200);
      expect(await (await as('firm.admin').get(`/organisations/${world.firm.id}/profile`).expect(200)).body).toMatchObject({
        address: '1 Main St, LA',
        phone: '(213) 555-0100',
      });
      await as('firm.admin')
        .patch(`/users/${world.firm.users.attorney}`)
        .send({ signatureLines: ['Attorney for the client'], barNumber: '12345' })
        .expect(200);
    });
  });

  describe('issue 13 §1: the audited defects, from outside', () => {
    it('issue 13: Georgia: "a serious safety defect needs one repair attempt" and it is "any life-threatening malfunction", not only brakes or steering', async () => {
      const caseId = await openCase({ jurisdiction: 'GA' });
      const nc = await defect(caseId, 'Fuel leak near the exhaust (fire risk)', true);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
      const presumption = await get(`/cases/${caseId}/presumption`);
      const safety = presumption.prongs.find(
        (p: { kind: string; nonconformityId?: string }) => p.nonconformityId === nc && /safety/.test(p.kind),
      );
      expect(safety).toMatchObject({ count: 1, threshold: 1, thresholdReached: true });
      expect(safety.missingPreconditions.map((m: { kind: string }) => m.kind)).not.toContain('safety_scope');
    });

    it('issue 13: Georgia: "the application to the state arbitration panel is due within one year after the rights period ends"', async () => {
      const caseId = await openCase({ jurisdiction: 'GA' });
      const report = await get(`/cases/${caseId}/deadlines`);
      const periodEnd = deadlineOf(report, 'rights_period_end')!.dueOn as string;
      const arbitration = deadlineOf(report, 'state_arbitration_request')!;
      expect(periodEnd).toBe('2026-01-10');
      // One year after 2026-01-10 is 2027-01-10, a Sunday: Georgia rolls it to Monday 2027-01-11 (O.C.G.A. 1-3-1(d)(3)).
      expect(['2027-01-10', '2027-01-11']).toContain(arbitration.dueOn);
      expect(arbitration.rule.citation).toMatch(/10-1-78/);
    });

    it('issue 13: New Jersey: not MET "before the 10 days have run"; MET "after 2 repairs, a notice and a failed final attempt"', async () => {
      const caseId = await openCase({ jurisdiction: 'NJ' });
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-03-01', '2024-03-02', 1500));
      await post(`/cases/${caseId}/manufacturer-notices`, {
        sentOn: '2024-04-01',
        receivedOn: '2024-04-03',
        method: 'certified_mail',
        nonconformityIds: [nc],
      });
      expect((await get(`/cases/${caseId}/presumption`, { asOf: '2024-04-08' })).status).not.toBe('MET');
      const { opportunityId } = await post(`/cases/${caseId}/final-repair-opportunities`, {
        offeredOn: '2024-04-05',
        nonconformityIds: [nc],
      });
      await post(`/cases/${caseId}/final-repair-opportunities/${opportunityId}/completion`, {
        completedOn: '2024-04-10',
        outcome: 'not_fixed',
      });
      expect((await get(`/cases/${caseId}/presumption`, { asOf: '2024-04-08' })).status).not.toBe('MET');
      expect((await get(`/cases/${caseId}/presumption`)).status).toBe('MET');
    });

    it('issue 13: North Carolina: "a reasonable period, not to exceed 15 calendar days", counted from the written notice', async () => {
      const caseId = await openCase({ jurisdiction: 'NC' });
      const nc = await defect(caseId);
      await post(`/cases/${caseId}/repair-attempts`, repair(nc, '2024-02-01', '2024-02-02', 1000));
      await post(`/cases/${caseId}/manufacturer-notices`, { sentOn: '2024-04-01', method: 'certified_mail', nonconformityIds: [nc] });
      await post(`/cases/${caseId}/final-repair-opportunities`, { offeredOn: '2024-04-08', nonconformityIds: [nc] });
      const clocks = (await get(`/cases/${caseId}/deadlines`)).deadlines.filter((d: { rule: { citation: string } }) =>
        /20-351\.5/.test(d.rule.citation),
      );
      expect(clocks.map((d: { dueOn: string }) => d.dueOn)).toContain('2024-04-16');
    });

    it('issue 13: Michigan: "The manufacturer-remedy deadline must not read MISSED before the notice and a final repair attempt have happened"', async () => {
      const caseId = await openCase({
        jurisdiction: 'MI',
        acquisition: { type: 'purchase', deliveryDate: '2023-01-10', odometerAtDelivery: 12 },
      });
      const nc = await defect(caseId);
      for (let i = 0; i < 4; i++)
        await post(`/cases/${caseId}/repair-attempts`, repair(nc, `2023-0${2 + i}-01`, `2023-0${2 + i}-02`, 1000 + i * 500));
      for (const d of (await get(`/cases/${caseId}/deadlines`)).deadlines.filter(
        (x: { kind: string }) => x.kind === 'manufacturer_remedy_due',
      ))
        expect(d.status).not.toBe('MISSED');
    });
  });

  describe('issue 14: writes, bad input, authority', () => {
    it('issue 14: "A command without If-Match must not fail because others write to the same case": concurrent writers all 201, versions gapless', async () => {
      const caseId = await openCase();
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          firm()
            .post(`/cases/${caseId}/notes`)
            .send({ text: `concurrent ${i}` }),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(12).fill(201));
      expect(responses.map((r) => r.body.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    });

    it('issue 14: "another organisation\'s If-Match on a real case" is 404, not 409', async () => {
      const caseId = await openCase();
      await as('other.admin').post(`/cases/${caseId}/notes`).set('If-Match', '"99"').send({ text: 'x' }).expect(404);
    });

    it('issue 14: "A NUL byte or a lone surrogate in any string field gives 400 naming the field"; "GET /cases?q=%00" too', async () => {
      const caseId = await openCase();
      const nul = await firm().post(`/cases/${caseId}/notes`).send({ text: 'a\u0000b' }).expect(400);
      expect(nul.body.errors[0].field).toBe('text');
      const surrogate = await firm()
        .post(`/cases/${caseId}/notes`)
        .set('Content-Type', 'application/json')
        .send('{"text":"a\\ud800b"}')
        .expect(400);
      expect(surrogate.body.errors[0].field).toBe('text');
      await firm().get('/cases?q=%00').expect(400);
    });

    it('issue 14: "JSON nested deeper than 32 levels gives 400"; "Malformed JSON gives 400 with the standard error shape (code, errors)"', async () => {
      const caseId = await openCase();
      const deep = '{"text":"x","a":' + '['.repeat(40) + ']'.repeat(40) + '}';
      await firm().post(`/cases/${caseId}/notes`).set('Content-Type', 'application/json').send(deep).expect(400);
      const malformed = await firm().post(`/cases/${caseId}/notes`).set('Content-Type', 'application/json').send('{"text": ').expect(400);
      expect(malformed.body).toMatchObject({ code: expect.any(String), errors: expect.any(Array) });
    });

    it('issue 14: "An impossible date or instant (asOf=2024-02-30T…) gives 400"; "A minPosition beyond the log\'s head answers at once (400)"', async () => {
      const caseId = await openCase();
      await firm().get(`/cases/${caseId}`).query({ asOf: '2024-02-30T12:00:00Z' }).expect(400);
      await firm().get(`/cases/${caseId}/presumption`).query({ asOf: '2024-02-30' }).expect(400);
      await firm().get('/cases').query({ minPosition: '999999999999' }).expect(400);
    });

    it('issue 14: "A missing or other Content-Type on a body gives 415, which also refuses form-encoded bodies"', async () => {
      const caseId = await openCase();
      await firm().post(`/cases/${caseId}/notes`).set('Content-Type', 'application/x-www-form-urlencoded').send('text=hello').expect(415);
      await firm().post(`/cases/${caseId}/notes`).set('Content-Type', 'text/plain').send('{"text":"hello"}').expect(415);
    });

    it('issue 14: "A replay of such a create returns 409 {code: \\"secret_not_replayable\\", id}"', async () => {
      const first = await as('firm.admin').post('/calendar-feeds').set('Idempotency-Key', 'feed-once').send({ label: 'once' }).expect(201);
      const replay = await as('firm.admin').post('/calendar-feeds').set('Idempotency-Key', 'feed-once').send({ label: 'once' }).expect(409);
      expect(replay.body).toMatchObject({ code: 'secret_not_replayable', id: first.body.id });
    });

    it('issue 14: operator admins "cannot create keys for, or act as, users of another organisation"', async () => {
      await t.client().post(`/users/${world.firm.users.attorney}/api-keys`).send({ label: 'x' }).expect(403);
    });

    it('issue 14: "shared with a manufacturer, or with a law firm only as co-counsel ({organisationId, as: \\"co_counsel\\"})"; "Firm users can list manufacturer organisations by name"', async () => {
      const caseId = await openCase();
      const refused = await firm().post(`/cases/${caseId}/shares`).send({ organisationId: world.other.id });
      expect(refused.status).toBe(422);
      const unknown = await firm().post(`/cases/${caseId}/shares`).send({ organisationId: '0b8e5d3c-6f1a-4e8e-9e0e-1c2d3e4f5a6b' });
      expect([unknown.status, unknown.body.code]).toEqual([refused.status, refused.body.code]);
      await post(`/cases/${caseId}/shares`, { organisationId: world.other.id, as: 'co_counsel' });
      await as('other.admin').get(`/cases/${caseId}`).expect(200);
      await as('other.admin').post(`/cases/${caseId}/notes`).send({ text: 'x' }).expect(403);
      const makers = (await as('firm.staff').get('/organisations').query({ kind: 'manufacturer' }).expect(200)).body.items;
      expect(makers.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['BMW of North America, Customer Relations']));
    });

    // Last: it blocks this address for a minute, whatever key it sends.
    it('issue 14: "Failed API-key attempts are rate-limited per client address: 429 with Retry-After"', async () => {
      let last: request.Response | undefined;
      for (let i = 0; i < 40 && last?.status !== 429; i++)
        last = await request(t.url).get('/cases').set('Authorization', `Bearer ll_wrong${i}`);
      expect(last!.status).toBe(429);
      expect(last!.headers['retry-after']).toEqual(expect.any(String));
    });
  });
});
