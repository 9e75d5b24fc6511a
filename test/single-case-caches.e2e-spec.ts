import { openCaseBody } from './support/case-histories';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Each process caches the newest version of the cases it read (with their views) and the API
 * keys it authenticated (AUTH_CACHE_MS). Two instances on one database: what one writes or
 * revokes, the other must honour at once (cases) or within the stated bound (keys).
 */
describe('in-process caches of single-case reads and of credentials, with a second instance on the same database', () => {
  let a: TestApp;
  let b: TestApp;
  let world: World;
  const onA = (who: keyof World['keys']) => a.client(world.keys[who]);
  const onB = (who: keyof World['keys']) => b.client(world.keys[who]);

  beforeAll(async () => {
    a = await startTestApp({ now: '2024-03-01T15:00:00Z' });
    b = await startTestApp({ database: a.db, clock: a.clock, worker: false });
    world = await createWorld(a);
  }, 60_000);
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  it('reads a write made through the other instance at once, and refuses a share revoked there at once', async () => {
    const { caseId } = (await onA('firm.attorney').post('/cases').send(openCaseBody()).expect(201)).body;
    await onA('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.bmw.id }).expect(201);
    // Instance A caches version 2 (and its views) for both readers.
    expect((await onA('firm.admin').get(`/cases/${caseId}`).expect(200)).headers.etag).toBe('"2"');
    await onA('shared.auditor').get(`/cases/${caseId}`).expect(200);
    await onA('shared.auditor').get(`/cases/${caseId}/history`).expect(200);

    await onB('firm.attorney').post(`/cases/${caseId}/notes`).send({ text: 'written through B' }).expect(201);
    const summary = await onA('firm.admin').get(`/cases/${caseId}`).expect(200);
    expect(summary.headers.etag).toBe('"3"');
    expect(summary.body).toMatchObject({ version: 3, notesCount: 1 });

    await onB('firm.attorney').delete(`/cases/${caseId}/shares/${world.bmw.id}`).expect(200);
    for (const path of [`/cases/${caseId}`, `/cases/${caseId}/history`, `/cases/${caseId}/presumption`, `/cases/${caseId}/deadlines`]) {
      const refused = await onA('shared.auditor').get(path);
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({ path, status: 404, code: 'case_not_found' });
    }
    // A write through A after B's writes: decided on the whole history, at the right version.
    const written = await onA('firm.attorney')
      .post(`/cases/${caseId}/notes`)
      .set('If-Match', '"4"')
      .send({ text: 'through A' })
      .expect(201);
    expect(written.headers.etag).toBe('"5"');
    await onA('firm.attorney').post(`/cases/${caseId}/notes`).set('If-Match', '"4"').send({ text: 'stale' }).expect(409);
  }, 30_000);

  it('logs every read of the shared organisation on either instance, one row per request', async () => {
    const { caseId } = (await onA('firm.attorney').post('/cases').send(openCaseBody()).expect(201)).body;
    await onA('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.bmw.id }).expect(201);
    await Promise.all([
      ...Array.from({ length: 5 }, () => onA('shared.auditor').get(`/cases/${caseId}`).expect(200)),
      ...Array.from({ length: 3 }, () => onB('shared.auditor').get(`/cases/${caseId}/presumption`).expect(200)),
    ]);
    const reads = (await onA('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads as Array<{
      organisationId: string;
      path: string;
    }>;
    const bmwReads = reads.filter((r) => r.organisationId === world.bmw.id);
    expect(bmwReads.map((r) => r.path).sort()).toEqual(
      [...Array.from({ length: 3 }, () => `/cases/${caseId}/presumption`), ...Array.from({ length: 5 }, () => `/cases/${caseId}`)].sort(),
    );
  }, 30_000);

  it("answers the firm's own read without waiting for its access-log row, and holds another organisation's read until its row is committed", async () => {
    const { caseId } = (await onA('firm.attorney').post('/cases').send(openCaseBody()).expect(201)).body;
    await onA('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.bmw.id }).expect(201);
    // Another session blocks every INSERT into the access log until it commits.
    const blocker = await a.db.pool.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE audit_case_reads IN SHARE MODE');
      await onA('firm.admin').get(`/cases/${caseId}`).set('X-Correlation-Id', 'own-read').expect(200);
      let sharedAnswered = false;
      const sharedRead = onA('shared.auditor')
        .get(`/cases/${caseId}`)
        .set('X-Correlation-Id', 'bmw-read')
        .then((response) => ((sharedAnswered = true), response));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(sharedAnswered).toBe(false);
      await blocker.query('COMMIT');
      expect((await sharedRead).status).toBe(200);
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      blocker.release();
    }
    // Both reads are in the log, the firm's own included (this instance writes what it queued before it answers the log).
    const reads = (await onA('firm.admin').get(`/cases/${caseId}/access-log`).expect(200)).body.reads as Array<{ correlationId: string }>;
    expect(reads.map((r) => r.correlationId).sort()).toEqual(['bmw-read', 'own-read']);
  }, 30_000);

  it('refuses a key revoked through this instance at once, and one revoked through the other within AUTH_CACHE_MS', async () => {
    const mint = async () =>
      (await a.client(world.bmw.adminKey).post(`/users/${world.bmw.adminId}/api-keys`).send({ label: 'cache test' }).expect(201)).body as {
        id: string;
        key: string;
      };
    const here = await mint();
    await a.client(here.key).get('/me').expect(200); // now remembered by A
    await a.client(world.bmw.adminKey).delete(`/api-keys/${here.id}`).expect(204);
    await a.client(here.key).get('/me').expect(401);

    const elsewhere = await mint();
    await a.client(elsewhere.key).get('/me').expect(200);
    await b.client(world.bmw.adminKey).delete(`/api-keys/${elsewhere.id}`).expect(204);
    await b.client(elsewhere.key).get('/me').expect(401);
    a.clock.advance({ milliseconds: 5_001 }); // past the default AUTH_CACHE_MS
    await a.client(elsewhere.key).get('/me').expect(401);
  }, 30_000);
});
