import { hashRequestBody } from '@lemon/access';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 14 §1: writes never fail for contention; authorisation comes before If-Match. */
const openCaseBody = () => ({
  client: { name: 'Maria Delgado', email: 'maria@example.com' },
  vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
  jurisdiction: 'CA',
  acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: 'BMW of North America',
});

describe('writes to one case (PostgreSQL)', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    // Every request below comes from a handful of keys: lift the per-key limit out of the way.
    t = await startTestApp({
      now: '2025-06-02T15:00:00Z',
      env: { RATE_LIMIT_PER_MINUTE: '100000', WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', IDEMPOTENCY_IN_PROGRESS_TIMEOUT_MS: '10000' },
    });
    world = await createWorld(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const as = (name: keyof World['keys']) => t.client(world.keys[name]);
  const openCase = async () => (await as('firm.attorney').post('/cases').send(openCaseBody()).expect(201)).body.caseId as string;

  it('50 concurrent writers without If-Match: every command 201, versions gapless', async () => {
    const caseId = await openCase();
    const writers = 50;
    const commandsEach = 6;
    const statuses: number[] = [];
    const versions: number[] = [];
    const conflictBodies: unknown[] = [];
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let i = 0; i < commandsEach; i++) {
          const response = await as('firm.attorney')
            .post(`/cases/${caseId}/notes`)
            .send({ text: `writer ${writer} note ${i}` });
          statuses.push(response.status);
          if (response.status === 201) versions.push(response.body.version);
          else conflictBodies.push(response.body);
        }
      }),
    );
    expect(conflictBodies).toEqual([]);
    expect(statuses).toEqual(Array(writers * commandsEach).fill(201));
    // Versions 2..301 each exactly once (1 is the opening), and the case is at the last.
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: writers * commandsEach }, (_, i) => i + 2));
    const read = await as('firm.attorney').get(`/cases/${caseId}`).expect(200);
    expect(read.headers.etag).toBe(`"${writers * commandsEach + 1}"`);
  }, 120_000);

  it('If-Match still pins the version: a stale one is 409 {currentVersion}, naming only the version the client sent', async () => {
    const caseId = await openCase();
    await as('firm.attorney').post(`/cases/${caseId}/notes`).send({ text: 'second' }).expect(201);
    const stale = await as('firm.attorney').post(`/cases/${caseId}/notes`).set('If-Match', '"1"').send({ text: 'stale' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2, expectedVersion: 1 });
    expect(stale.body.message).toContain('"1"');
    await as('firm.attorney').post(`/cases/${caseId}/notes`).set('If-Match', '"2"').send({ text: 'fresh' }).expect(201);
  });

  it('authorises before If-Match: another organisation gets 404 whatever version it sends, like any other access', async () => {
    const caseId = await openCase();
    const withoutIfMatch = await as('other.admin').post(`/cases/${caseId}/notes`).send({ text: 'x' }).expect(404);
    for (const version of ['"1"', '"7"']) {
      const response = await as('other.admin').post(`/cases/${caseId}/notes`).set('If-Match', version).send({ text: 'x' }).expect(404);
      expect(response.body).not.toHaveProperty('currentVersion');
      expect(response.body.code).toBe(withoutIfMatch.body.code);
    }
    // A case that does not exist is 404 with or without If-Match, too.
    await as('firm.attorney')
      .post(`/cases/00000000-0000-4000-8000-000000000009/notes`)
      .set('If-Match', '"3"')
      .send({ text: 'x' })
      .expect(404);
    expect((await as('firm.attorney').get(`/cases/${caseId}`).expect(200)).body.version).toBe(1);
  });

  describe('crash-safe Idempotency-Key', () => {
    /** What a process killed after `begin` (and maybe after its commit) leaves: a key marked running. */
    const crashAfterBegin = async (key: string) => {
      await t.db.pool.query('UPDATE idem_requests SET status = NULL, response = NULL, headers = NULL WHERE key = $1', [key]);
    };
    const historyOf = async (caseId: string) =>
      (await as('firm.attorney').get(`/cases/${caseId}/history`).expect(200)).body.events as unknown[];

    it('a retry after a crash that followed the commit replays the committed result, appending nothing', async () => {
      const open = await as('firm.attorney').post('/cases').set('Idempotency-Key', 'open-crash-1').send(openCaseBody()).expect(201);
      await crashAfterBegin('open-crash-1');
      // Still within the in-progress window: the retry is told to wait, not run twice.
      await as('firm.attorney').post('/cases').set('Idempotency-Key', 'open-crash-1').send(openCaseBody()).expect(409);
      t.clock.advance({ seconds: 11 }); // the marker expires after seconds, not hours
      const retried = await as('firm.attorney').post('/cases').set('Idempotency-Key', 'open-crash-1').send(openCaseBody()).expect(201);
      expect(retried.body).toEqual(open.body);
      expect(retried.headers.location).toBe(`/cases/${open.body.caseId}`);
      expect(await historyOf(open.body.caseId)).toHaveLength(1);

      const note = await as('firm.attorney')
        .post(`/cases/${open.body.caseId}/notes`)
        .set('Idempotency-Key', 'note-crash-1')
        .send({ text: 'called the dealer' })
        .expect(201);
      await crashAfterBegin('note-crash-1');
      t.clock.advance({ seconds: 11 });
      const noteAgain = await as('firm.attorney')
        .post(`/cases/${open.body.caseId}/notes`)
        .set('Idempotency-Key', 'note-crash-1')
        .send({ text: 'called the dealer' })
        .expect(201);
      expect(noteAgain.body).toEqual(note.body);
      expect(await historyOf(open.body.caseId)).toHaveLength(2);
    });

    it('a retry after a crash before the commit completes the request exactly once', async () => {
      const caseId = await openCase();
      const attorney = world.firm.users.attorney;
      const now = new Date(t.clock.now().epochMilliseconds);
      await t.db.pool.query(
        `INSERT INTO idem_requests (owner_user_id, key, method, path, body_hash, created_at)
         VALUES ($1, 'note-crash-2', 'POST', $2, $3, $4)`,
        [attorney, `/cases/${caseId}/notes`, hashRequestBody({ text: 'first try died' }), now],
      );
      const send = () =>
        as('firm.attorney').post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'note-crash-2').send({ text: 'first try died' });
      expect((await send().expect(409)).body.code).toBe('idempotency_in_progress');
      t.clock.advance({ seconds: 11 });
      const done = await send().expect(201);
      expect(done.body.version).toBe(2);
      const replay = await send().expect(201);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(await historyOf(caseId)).toHaveLength(2);
    });
  });

  describe('no secrets at rest in replays', () => {
    const storedResponses = async () =>
      (await t.db.pool.query<{ response: string }>('SELECT response::text AS response FROM idem_requests')).rows
        .map((r) => r.response)
        .join('\n');

    it('API key, webhook subscription and calendar feed creates: the secret is shown once, never stored; a replay is 409 secret_not_replayable {id}', async () => {
      const creates = [
        {
          path: `/users/${world.firm.users.staff}/api-keys`,
          body: { label: 'scanner' },
          secretOf: (b: Record<string, string>) => b.key,
          as: 'firm.admin',
        },
        {
          path: '/webhook-subscriptions',
          body: { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] },
          secretOf: (b: Record<string, string>) => b.secret,
          as: 'firm.admin',
        },
        { path: '/calendar-feeds', body: { label: 'docket' }, secretOf: (b: Record<string, string>) => b.token, as: 'firm.admin' },
      ] as const;
      for (const create of creates) {
        const key = `secret-${create.path}`;
        const first = await as(create.as).post(create.path).set('Idempotency-Key', key).send(create.body).expect(201);
        const secret = create.secretOf(first.body);
        expect(secret).toEqual(expect.any(String));
        expect(await storedResponses()).not.toContain(secret);
        const replay = await as(create.as).post(create.path).set('Idempotency-Key', key).send(create.body).expect(409);
        expect(replay.body).toMatchObject({ code: 'secret_not_replayable', id: first.body.id });
        expect(JSON.stringify(replay.body)).not.toContain(secret);
      }
    });
  });
});
