import request from 'supertest';
import { ProjectionRunner } from '@lemon/projections';
import { openCaseBody } from './support/case-histories';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

describe('HTTP plumbing of the case routes: correlation ids, ETag and Location from the result', () => {
  let t: TestApp;
  let world: World;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);

  beforeAll(async () => {
    t = await startTestApp({ now: '2024-03-01T15:00:00Z' });
    world = await createWorld(t);
  }, 60_000);
  afterAll(async () => t?.close());

  it('honours a correlation id of up to 200 printable characters and replaces a longer one', async () => {
    const ok = 'c'.repeat(199) + '~';
    const tooLong = 'x'.repeat(201);
    const opened = await as('firm.attorney').post('/cases').set('X-Correlation-Id', ok).send(openCaseBody()).expect(201);
    const { caseId } = opened.body;
    expect(opened.headers['x-correlation-id']).toBe(ok);
    expect(opened.headers.location).toBe(`/cases/${caseId}`);
    expect(opened.headers.etag).toBe('"1"');

    const note = await as('firm.attorney').post(`/cases/${caseId}/notes`).set('X-Correlation-Id', tooLong).send({ text: 'n' }).expect(201);
    const replaced = note.headers['x-correlation-id'];
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
    expect(note.headers.etag).toBe('"2"');
    expect(note.headers.location).toBeUndefined();

    const control = await as('firm.attorney')
      .post(`/cases/${caseId}/notes`)
      .set('X-Correlation-Id', 'tab\tinside')
      .send({ text: 'n' })
      .expect(201);
    expect(control.headers['x-correlation-id']).not.toBe('tab\tinside');

    const history = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).body.events;
    expect(history.map((e: { correlationId: string }) => e.correlationId)).toEqual([ok, replaced, control.headers['x-correlation-id']]);

    const read = await as('firm.admin').get(`/cases/${caseId}`).set('X-Correlation-Id', tooLong).expect(200);
    expect(read.headers.etag).toBe('"3"');
    const log = (await as('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads;
    expect(log.map((r: { correlationId: string }) => r.correlationId)).not.toContain(tooLong);
    expect(log.map((r: { correlationId: string }) => r.correlationId)).toContain(read.headers['x-correlation-id']);
  }, 30_000);
});

describe('single-case reads come from the case stream', () => {
  let t: TestApp;
  let world: World;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);
  const singleCaseRoutes = (caseId: string) => [
    `/cases/${caseId}`,
    `/cases/${caseId}?asOf=2024-03-01T16:00:00Z`,
    `/cases/${caseId}/presumption`,
    `/cases/${caseId}/presumption?asOf=2024-03-01`,
    `/cases/${caseId}/deadlines`,
    `/cases/${caseId}/deadlines?asOf=2024-03-01`,
    `/cases/${caseId}/history`,
    `/cases/${caseId}/history?asOf=2024-03-01T16:00:00Z&page=1&pageSize=2`,
    `/cases/${caseId}?version=1`,
    `/cases/${caseId}/history?version=1`,
  ];

  beforeAll(async () => {
    t = await startTestApp({ now: '2024-03-01T15:00:00Z' });
    world = await createWorld(t);
  }, 60_000);
  afterAll(async () => t?.close());

  /** A case with one defect and one repair visit (2024-02-01 → 02-03), recorded by the firm's staff through HTTP. */
  const caseWithOneRepair = async () => {
    const post = async (path: string, body: object) => (await as('firm.staff').post(path).send(body).expect(201)).body;
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Stalls', safetyCritical: false });
    const repair = {
      dateIn: '2024-02-01',
      dateOut: '2024-02-03',
      mileageIn: 800,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    };
    const { repairAttemptId } = await post(`/cases/${caseId}/repair-attempts`, repair);
    return { post, caseId, repair, repairAttemptId };
  };

  it('refuses a revoked share at once (404 on every single-case route) while the projections are stopped', async () => {
    const { caseId } = (await as('firm.attorney').post('/cases').send(openCaseBody()).expect(201)).body;
    await as('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.bmw.id }).expect(201);
    // The list waits for the projections: once it shows the case, the read model holds the share.
    expect((await as('shared.auditor').get('/cases').expect(200)).body.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
    for (const path of singleCaseRoutes(caseId)) await as('shared.auditor').get(path).expect(200);

    await t.app.get(ProjectionRunner).stop(); // from here on the read model still says "shared"
    await as('firm.attorney').delete(`/cases/${caseId}/shares/${world.bmw.id}`).expect(200);
    for (const path of singleCaseRoutes(caseId)) {
      const refused = await as('shared.auditor').get(path);
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({ path, status: 404, code: 'case_not_found' });
    }
    // The firm's own reads need no projection either: its latest write is there at once.
    await as('firm.attorney').post(`/cases/${caseId}/notes`).send({ text: 'after the worker stopped' }).expect(201);
    const summary = await as('firm.admin').get(`/cases/${caseId}`).expect(200);
    expect(summary.headers.etag).toBe('"4"');
    expect(summary.body).toMatchObject({ version: 4, notesCount: 1 });
    const history = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).body;
    expect(history.events.map((e: { type: string }) => e.type)).toEqual(['CaseOpened', 'CaseShared', 'CaseShareRevoked', 'NoteAdded']);
  }, 30_000);

  it('pages the history, oldest first, with totals; corrections on a later page still name what they supersede', async () => {
    const { post, caseId, repair, repairAttemptId } = await caseWithOneRepair();
    for (let i = 0; i < 3; i++) await post(`/cases/${caseId}/notes`, { text: `note ${i}` });
    await post(`/cases/${caseId}/repair-attempts/${repairAttemptId}/corrections`, { ...repair, mileageIn: 801, correctionReason: 'typo' });

    const page = async (query: Record<string, unknown>) =>
      (await as('firm.admin').get(`/cases/${caseId}/history`).query(query).expect(200)).body;
    const all = await page({});
    expect(all).toMatchObject({ caseId, version: 7, page: 1, pageSize: 100, total: 7, totalPages: 1 });
    expect(all.events.map((e: { version: number }) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const first = await page({ page: 1, pageSize: 3 });
    expect(first).toMatchObject({ version: 7, page: 1, pageSize: 3, total: 7, totalPages: 3 });
    expect(first.events.map((e: { version: number }) => e.version)).toEqual([1, 2, 3]);
    const last = await page({ page: 3, pageSize: 3 });
    expect(last.events).toHaveLength(1);
    expect(last.events[0]).toMatchObject({ type: 'RepairAttemptCorrected', supersedes: { version: 3, data: { mileageIn: 800 } } });
    expect((await page({ page: 4, pageSize: 3 })).events).toEqual([]);

    const earlier = await page({ asOf: '2024-03-01T15:00:00Z', pageSize: 2, page: 2 });
    expect(earlier).toMatchObject({ version: 7, total: 7, totalPages: 4, asOf: '2024-03-01T15:00:00.000Z' });

    for (const bad of [{ page: 0 }, { pageSize: 0 }, { pageSize: 1001 }, { page: 'two' }]) {
      const refused = await as('firm.admin').get(`/cases/${caseId}/history`).query(bad).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual([Object.keys(bad)[0]]);
    }
  }, 30_000);

  it('reads the file right after event N (?version=): exact where every event shares one recorded instant, as here; refuses what it cannot be', async () => {
    const { post, caseId, repair, repairAttemptId } = await caseWithOneRepair();
    await post(`/cases/${caseId}/repair-attempts/${repairAttemptId}/corrections`, {
      ...repair,
      dateOut: '2024-02-13',
      correctionReason: 'invoice',
    });
    const read = (query: Record<string, unknown>) => as('firm.admin').get(`/cases/${caseId}`).query(query);

    // The test clock stands still: all four events were recorded at 15:00, so an instant cannot tell them apart.
    expect((await read({ asOf: '2024-03-01T15:00:00Z' }).expect(200)).body).toMatchObject({ version: 4 });
    const beforeCorrection = (await read({ version: 3 }).expect(200)).body;
    expect(beforeCorrection).toMatchObject({
      version: 3,
      asOf: { instant: '2024-03-01T15:00:00.000Z', legalDate: '2024-03-01', version: 3 },
      outOfService: { cumulativeDays: 3 },
    });
    expect((await read({}).expect(200)).body).toMatchObject({ version: 4, outOfService: { cumulativeDays: 13 } });
    const history = (await as('firm.admin').get(`/cases/${caseId}/history`).query({ version: 3 }).expect(200)).body;
    expect(history.events.map((e: { type: string }) => e.type)).toEqual(['CaseOpened', 'NonconformityReported', 'RepairAttemptRecorded']);

    for (const [query, status] of [
      [{ version: 0 }, 400],
      [{ version: 'three' }, 400],
      [{ version: 2.5 }, 400],
      [{ version: 3, asOf: '2024-03-01T15:00:00Z' }, 400],
      [{ version: 5 }, 422],
    ] as const) {
      const refused = await read(query).expect(status);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['version']);
    }
  }, 30_000);
});

describe('privilege: what an organisation the case is shared with may read, and its access log', () => {
  let t: TestApp;
  let world: World;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);
  const client = {
    name: 'Maria Delgado',
    email: 'maria.private@example.com',
    phone: '+1 415 555 0199',
    address: '77 Privileged Lane, Oakland CA',
  };
  const PRIVATE_NOTE = 'Strategy: client would settle for 40k (attorney work product)';
  const SHARED_NOTE = 'Vehicle available for inspection on request';
  const NEW_PHONE = '+1 510 555 0123';

  beforeAll(async () => {
    t = await startTestApp({ now: '2024-03-01T15:00:00Z' });
    world = await createWorld(t);
  }, 60_000);
  afterAll(async () => t?.close());

  it('never shows firm-private notes, the client’s contact details or the firm’s user ids to a shared organisation; logs each case it reads through the list, the docket and the feed', async () => {
    const post = async (path: string, body: object) => (await as('firm.attorney').post(path).send(body).expect(201)).body;
    const { caseId } = await post('/cases', openCaseBody({ client }));
    const { caseId: unsharedCaseId } = await post('/cases', openCaseBody({ client: { name: 'Not shared' } }));
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Transmission slips', safetyCritical: true });
    const repair = {
      dateIn: '2024-02-01',
      dateOut: '2024-02-05',
      mileageIn: 900,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    };
    const { repairAttemptId } = await post(`/cases/${caseId}/repair-attempts`, repair);
    await post(`/cases/${caseId}/repair-attempts/${repairAttemptId}/corrections`, { ...repair, mileageIn: 901, correctionReason: 'typo' });
    await post(`/cases/${caseId}/notes`, { text: PRIVATE_NOTE }); // firm-private by default
    await post(`/cases/${caseId}/notes`, { text: SHARED_NOTE, visibility: 'shared' });
    await post(`/cases/${caseId}/client`, { ...client, phone: NEW_PHONE }); // an update: the old and the new number stay private
    await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });

    // The manufacturer's admin subscribes to its docket as a calendar feed.
    const { adminId: bmwAdmin, adminKey: bmwKey } = world.bmw;
    const feed = (await t.client(bmwKey).post('/calendar-feeds').send({ label: 'BMW docket' }).expect(201)).body;

    const bmw = () => t.client(bmwKey);
    const reads = {
      summary: await bmw().get(`/cases/${caseId}`).expect(200),
      asOf: await bmw().get(`/cases/${caseId}`).query({ asOf: '2024-03-01T15:00:00Z' }).expect(200),
      presumption: await bmw().get(`/cases/${caseId}/presumption`).expect(200),
      deadlines: await bmw().get(`/cases/${caseId}/deadlines`).expect(200),
      history: await bmw().get(`/cases/${caseId}/history`).expect(200),
      historyPage: await bmw().get(`/cases/${caseId}/history`).query({ page: 2, pageSize: 3 }).expect(200),
      list: await bmw().get('/cases').set('X-Correlation-Id', 'bmw-list-1').expect(200),
      docket: await bmw().get('/deadlines').expect(200),
      feed: await request(t.url).get(feed.url).expect(200),
    };
    const firmUserIds = Object.values(world.firm.users);
    for (const [route, response] of Object.entries(reads)) {
      const text = response.text;
      for (const secret of [PRIVATE_NOTE, client.email, client.phone, NEW_PHONE, client.address, 'Strategy', ...firmUserIds]) {
        expect({ route, leaked: text.includes(secret) ? secret : undefined }).toEqual({ route, leaked: undefined });
      }
    }
    // What stays visible: the client's name, the vehicle, the shared note, who acted as organisation and role.
    expect(reads.summary.body.client).toEqual({ name: 'Maria Delgado' });
    expect(reads.summary.body.vehicle).toMatchObject({ vin: openCaseBody().vehicle.vin, make: 'BMW' });
    expect(reads.summary.body.notesCount).toBe(1);
    expect(reads.list.body.items).toEqual([expect.objectContaining({ caseId, clientName: 'Maria Delgado' })]);
    expect(reads.docket.body.items.length).toBeGreaterThan(0);
    expect(reads.feed.text).toContain(caseId);
    const history = reads.history.body.events;
    expect(history[0]).toMatchObject({
      type: 'CaseOpened',
      actor: { organisationId: world.firm.id, role: 'attorney' },
      data: { client: { name: 'Maria Delgado' } },
    });
    for (const entry of history) {
      // The firm's people as organisation and role: no user id, no person's name (the organisation's name may be shown).
      expect(entry.actor).toMatchObject({ organisationId: world.firm.id, role: expect.any(String) });
      expect([entry.actor.userId, entry.actor.name ?? undefined]).toEqual([undefined, undefined]);
    }
    expect(history.find((e: { type: string }) => e.type === 'ClientDetailsUpdated')).toMatchObject({
      data: { client: { name: 'Maria Delgado' } },
      withheld: ['client.email', 'client.phone', 'client.address'],
    });
    const notes = history.filter((e: { type: string }) => e.type === 'NoteAdded');
    expect(notes.map((n: { data: unknown; withheld?: string[] }) => [n.data, n.withheld])).toEqual([
      [{ noteId: expect.any(String), visibility: 'firm' }, ['text']],
      [{ noteId: expect.any(String), text: SHARED_NOTE, visibility: 'shared' }, undefined],
    ]);

    // The firm itself sees everything (so the checks above can fail).
    const own = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).text;
    for (const secret of [PRIVATE_NOTE, client.email, client.phone, client.address, world.firm.users.attorney])
      expect(own).toContain(secret);
    expect((await as('firm.admin').get(`/cases/${caseId}`).expect(200)).body).toMatchObject({
      client: { ...client, phone: NEW_PHONE },
      notesCount: 2,
    });

    // One access-log row per case per request, for the list, the docket and the feed too; none for the unshared case.
    await as('firm.admin').get('/cases').expect(200);
    await as('firm.admin').get('/deadlines').expect(200);
    const log = (await as('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads;
    const bmwPaths = log.filter((r: { organisationId: string }) => r.organisationId === world.bmw.id).map((r: { path: string }) => r.path);
    expect(bmwPaths.filter((p: string) => p === '/cases')).toHaveLength(1);
    expect(bmwPaths.filter((p: string) => p === '/deadlines')).toHaveLength(1);
    expect(bmwPaths.filter((p: string) => p === '/deadlines.ics')).toHaveLength(1);
    expect(log.find((r: { path: string }) => r.path === '/cases')).toMatchObject({
      organisationKind: 'manufacturer',
      userId: bmwAdmin,
      role: 'admin',
      method: 'GET',
      correlationId: 'bmw-list-1',
    });
    expect(log.find((r: { path: string }) => r.path === '/deadlines.ics')).toMatchObject({
      organisationId: world.bmw.id,
      userId: feed.id,
      role: 'calendar_feed',
    });
    // The firm's own list and docket reads are not reads of a shared case.
    expect(
      log.filter(
        (r: { organisationId: string; path: string }) => r.organisationId === world.firm.id && ['/cases', '/deadlines'].includes(r.path),
      ),
    ).toEqual([]);
    expect((await as('firm.admin').get(`/cases/${unsharedCaseId}/access-log`).expect(200)).body.reads).toEqual([]);
  }, 30_000);

  it('keeps a firm-private note invisible through its corrections and void; a note made firm-private disappears from the manufacturer; a manufacturer cannot correct anything', async () => {
    const post = async (path: string, body: object) => (await as('firm.attorney').post(path).send(body).expect(201)).body;
    const { caseId } = await post('/cases', openCaseBody());
    const WAS_SHARED = 'Inspection possible on Friday';
    const NOW_PRIVATE = 'Client would take 35k (work product)';
    const PRIVATE_REASON = 'Settlement posture must stay in the firm';
    const SHARED_LATER = 'Vehicle at Bay BMW from Monday';
    const { noteId: sharedId } = await post(`/cases/${caseId}/notes`, { text: WAS_SHARED, visibility: 'shared' });
    const { noteId: privateId } = await post(`/cases/${caseId}/notes`, { text: 'Client would take 40k' });
    const { noteId: laterId } = await post(`/cases/${caseId}/notes`, { text: 'Draft: vehicle location (private draft)' });
    await post(`/cases/${caseId}/shares`, { organisationId: world.bmw.id });
    const bmw = () => t.client(world.bmw.adminKey);

    // Shared, the manufacturer reads it.
    expect((await bmw().get(`/cases/${caseId}`).expect(200)).body).toMatchObject({
      notesCount: 1,
      notes: [expect.objectContaining({ noteId: sharedId, text: WAS_SHARED })],
    });

    await post(`/cases/${caseId}/notes/${sharedId}/corrections`, {
      text: NOW_PRIVATE,
      visibility: 'firm',
      correctionReason: PRIVATE_REASON,
    });
    await post(`/cases/${caseId}/notes/${privateId}/corrections`, {
      text: NOW_PRIVATE,
      visibility: 'firm',
      correctionReason: PRIVATE_REASON,
    });
    await post(`/cases/${caseId}/notes/${privateId}/void`, { reason: PRIVATE_REASON });
    await post(`/cases/${caseId}/notes/${laterId}/corrections`, { text: SHARED_LATER, visibility: 'shared', correctionReason: 'For BMW' });

    const reads = {
      summary: await bmw().get(`/cases/${caseId}`).expect(200),
      asOf: await bmw().get(`/cases/${caseId}`).query({ asOf: new Date().toISOString() }).expect(200),
      history: await bmw().get(`/cases/${caseId}/history`).expect(200),
      historyPage: await bmw().get(`/cases/${caseId}/history`).query({ page: 2, pageSize: 4 }).expect(200),
    };
    for (const [route, response] of Object.entries(reads)) {
      for (const secret of [WAS_SHARED, NOW_PRIVATE, PRIVATE_REASON, '40k', 'private draft']) {
        expect({ route, leaked: response.text.includes(secret) ? secret : undefined }).toEqual({ route, leaked: undefined });
      }
    }
    expect(reads.summary.body.notesCount).toBe(1);
    expect(reads.summary.body.notes).toEqual([expect.objectContaining({ noteId: laterId, text: SHARED_LATER, visibility: 'shared' })]);
    const noteEvents = reads.history.body.events.filter((e: { type: string }) => e.type.startsWith('Note'));
    expect(noteEvents.map((e: { type: string; withheld?: string[] }) => [e.type, e.withheld])).toEqual([
      ['NoteAdded', ['text']],
      ['NoteAdded', ['text']],
      ['NoteAdded', ['text']],
      ['NoteCorrected', ['text', 'correctionReason']],
      ['NoteCorrected', ['text', 'correctionReason']],
      ['NoteVoided', ['reason']],
      ['NoteCorrected', undefined],
    ]);
    expect(noteEvents[6]).toMatchObject({ data: { text: SHARED_LATER, correctionReason: 'For BMW' } });

    // The firm itself still reads every version and reason (so the checks above can fail).
    const own = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).text;
    for (const secret of [WAS_SHARED, NOW_PRIVATE, PRIVATE_REASON, 'private draft']) expect(own).toContain(secret);

    // Read-only: the manufacturer gets 403 on every correction route of this case.
    for (const [path, body] of [
      [`/notes/${laterId}/corrections`, { text: 'x', visibility: 'shared', correctionReason: 'x' }],
      [`/notes/${laterId}/void`, { reason: 'x' }],
      ['/vehicle/corrections', { vin: 'WBA5R1C55KA123456', make: 'BMW', model: '530i', modelYear: 2019, correctionReason: 'x' }],
      ['/jurisdiction/corrections', { jurisdiction: 'NV', correctionReason: 'x' }],
      ['/resolution/corrections', { resolvedOn: '2024-02-01', resolution: 'settlement', correctionReason: 'x' }],
    ] as const) {
      const refused = await bmw().post(`/cases/${caseId}${path}`).send(body);
      expect({ path, status: refused.status }).toEqual({ path, status: 403 });
    }
  }, 30_000);
});
