import fc from 'fast-check';
import request from 'supertest';
import { openCaseBody } from './support/case-histories';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/** Every route that takes a JSON body, with ids from a real case so only the body is random. */
const commandRoutes = (ids: {
  caseId: string;
  nonconformityId: string;
  repairAttemptId: string;
  intervalId: string;
  claimId: string;
  opportunityId: string;
}) => [
  '/cases',
  `/cases/${ids.caseId}/nonconformities`,
  `/cases/${ids.caseId}/nonconformities/${ids.nonconformityId}/safety-scope`,
  `/cases/${ids.caseId}/manufacturer-disclosure`,
  `/cases/${ids.caseId}/ab1755-election`,
  `/cases/${ids.caseId}/repair-attempts`,
  `/cases/${ids.caseId}/repair-attempts/${ids.repairAttemptId}/corrections`,
  `/cases/${ids.caseId}/repair-attempts/${ids.repairAttemptId}/void`,
  `/cases/${ids.caseId}/out-of-service`,
  `/cases/${ids.caseId}/out-of-service/${ids.intervalId}/corrections`,
  `/cases/${ids.caseId}/out-of-service/${ids.intervalId}/void`,
  `/cases/${ids.caseId}/odometer-readings`,
  `/cases/${ids.caseId}/manufacturer-notices`,
  `/cases/${ids.caseId}/final-repair-opportunities`,
  `/cases/${ids.caseId}/final-repair-opportunities/${ids.opportunityId}/completion`,
  `/cases/${ids.caseId}/dispute-claims`,
  `/cases/${ids.caseId}/dispute-claims/${ids.claimId}/inspection`,
  `/cases/${ids.caseId}/dispute-claims/${ids.claimId}/decision`,
  `/cases/${ids.caseId}/dispute-claims/${ids.claimId}/acceptance`,
  `/cases/${ids.caseId}/dispute-claims/${ids.claimId}/rejection`,
  `/cases/${ids.caseId}/dispute-claims/${ids.claimId}/compliance`,
  `/cases/${ids.caseId}/notes`,
  `/cases/${ids.caseId}/resolution`,
  `/cases/${ids.caseId}/shares`,
];

/** Plausible field names and hostile values: the shapes a client can send, right and wrong. */
const FIELDS = [
  'description',
  'safetyCritical',
  'dateIn',
  'dateOut',
  'mileageIn',
  'mileageOut',
  'nonconformityIds',
  'outcome',
  'from',
  'to',
  'reason',
  'excludedDays',
  'readOn',
  'mileage',
  'sentOn',
  'method',
  'receivedOn',
  'program',
  'filedOn',
  'manufacturerContactedFirst',
  'requestedOn',
  'additionalDays',
  'decidedOn',
  'award',
  'acceptedOn',
  'rejectedOn',
  'compliedOn',
  'resolvedOn',
  'resolution',
  'text',
  'correctionReason',
  'scopes',
  'noticeRequirementDisclosed',
  'organisationId',
  'client',
  'vehicle',
  'jurisdiction',
  'acquisition',
  'warranty',
  'manufacturer',
  '__proto__',
  'constructor',
];
const hostile = fc.oneof(
  fc.constantFrom(
    '2024-02-30',
    '2024-13-01',
    '1900-01-01',
    '9999-12-31',
    '',
    ' ',
    '\u0000',
    'null',
    '<script>',
    "'; DROP TABLE es_events; --",
    'fixed',
    'BBB_AUTO_LINE',
    'x'.repeat(20000),
  ),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -0, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 60 }),
  fc.object({ maxDepth: 3 }),
  fc.string({ maxLength: 50 }),
);
const body = fc.oneof(fc.dictionary(fc.constantFrom(...FIELDS), hostile, { maxKeys: 12 }), fc.anything({ maxDepth: 3 }));

describe('hardening through HTTP', () => {
  let t: TestApp;
  let world: World;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000', CORS_ORIGINS: 'https://app.example-firm.com' } });
    world = await createWorld(t);
  });
  afterAll(async () => t?.close());

  const freshCase = async () => {
    const post = async (path: string, b: object) => (await as('firm.admin').post(path).send(b).expect(201)).body;
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Brakes fade', safetyCritical: true });
    const { repairAttemptId } = await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2024-02-05',
      mileageIn: 900,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    const { intervalId } = await post(`/cases/${caseId}/out-of-service`, { from: '2024-03-01', to: '2024-03-03', reason: 'towed' });
    const { opportunityId } = await post(`/cases/${caseId}/final-repair-opportunities`, { offeredOn: '2024-04-01' });
    const { claimId } = await post(`/cases/${caseId}/dispute-claims`, {
      program: 'BBB_AUTO_LINE',
      filedOn: '2024-05-01',
      manufacturerContactedFirst: true,
    });
    return { caseId, nonconformityId, repairAttemptId, intervalId, claimId, opportunityId };
  };

  it('thousands of random and malformed bodies on every command route: never a 5xx, never an event for a refusal', async () => {
    const ids = await freshCase();
    const routes = commandRoutes(ids);
    const countEvents = async () => Number((await t.db.pool.query('SELECT count(*) FROM es_events')).rows[0].count);
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, fc.boolean(), async (route, payload, asText) => {
        const before = await countEvents();
        const req = as('firm.admin').post(route).set('Content-Type', 'application/json');
        const text = JSON.stringify(payload) ?? '';
        // Half the time the JSON is cut short: malformed bodies must be a 400 too.
        const response = await req.send(asText ? text.slice(0, Math.max(0, text.length - 1)) : text);
        requests++;
        expect(response.status).toBeLessThan(500);
        const appended = (await countEvents()) - before;
        if (response.status >= 400) expect(appended).toBe(0);
        else expect([200, 201]).toContain(response.status);
        expect(JSON.stringify(response.body)).not.toMatch(/at [\w.<>]+ \(|node_modules|\.ts:\d+/); // no stack traces
      }),
      { numRuns: 2500 },
    );
    expect(requests).toBeGreaterThanOrEqual(2500);
  }, 300_000);

  it('Idempotency-Key: the same key and body replay the first response and append nothing; another body is 422', async () => {
    const { caseId, nonconformityId } = await freshCase();
    const body = { dateIn: '2024-06-01', mileageIn: 4000, nonconformityIds: [nonconformityId], outcome: 'not_fixed' };
    const first = await as('firm.staff').post(`/cases/${caseId}/repair-attempts`).set('Idempotency-Key', 'ro-4411').send(body).expect(201);
    const again = await as('firm.staff').post(`/cases/${caseId}/repair-attempts`).set('Idempotency-Key', 'ro-4411').send(body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.etag).toBe(first.headers.etag);
    const history = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).body;
    expect(history.events.filter((e: { type: string }) => e.type === 'RepairAttemptRecorded')).toHaveLength(2);
    const reused = await as('firm.staff')
      .post(`/cases/${caseId}/repair-attempts`)
      .set('Idempotency-Key', 'ro-4411')
      .send({ ...body, mileageIn: 4001 })
      .expect(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    // Keys are per user: another user's identical key is a new request.
    await as('firm.attorney').post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'ro-4411').send({ text: 'x' }).expect(201);
    // A refused first attempt leaves no record: the retry runs for real.
    await as('firm.staff').post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'note-1').send({ text: '' }).expect(400);
    await as('firm.staff').post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'note-1').send({ text: 'ok now' }).expect(201);
    await as('firm.staff').post(`/cases/${caseId}/notes`).set('Idempotency-Key', 'x'.repeat(300)).send({ text: 'y' }).expect(400);
  });

  it('security headers, CORS for the configured origin only, body size limit, no stack traces', async () => {
    const response = await as('firm.admin').get('/me').set('Origin', 'https://app.example-firm.com').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers['access-control-allow-origin']).toBe('https://app.example-firm.com');
    const foreign = await as('firm.admin').get('/me').set('Origin', 'https://evil.example').expect(200);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const huge = await as('firm.admin')
      .post('/cases')
      .send({ ...openCaseBody(), client: { name: 'x'.repeat(300_000) } });
    expect(huge.status).toBe(413);
    expect(JSON.stringify(huge.body)).not.toMatch(/at |stack/);
  });

  it('401 without a key or with a revoked one', async () => {
    await request(t.url).get('/cases').expect(401);
    await request(t.url).get('/cases').set('Authorization', 'Bearer ll_not-a-real-key-at-all-but-long-enough-000').expect(401);
    const created = (await as('firm.admin').post(`/users/${world.firm.users.auditor}/api-keys`).send({}).expect(201)).body;
    await t.client(created.key).get('/me').expect(200);
    const listed = (await as('firm.admin').get(`/users/${world.firm.users.auditor}/api-keys`).expect(200)).body.items;
    expect(listed.find((k: { id: string }) => k.id === created.id)).toMatchObject({
      prefix: created.key.slice(0, 8),
      lastUsedAt: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain(created.key);
    await as('firm.admin').delete(`/api-keys/${created.id}`).expect(204);
    await t.client(created.key).get('/me').expect(401);
  });
});

describe('rate limits per key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5' } });
  });
  afterAll(async () => t?.close());

  it('answers 429 with Retry-After once a key exceeds its limit; other keys are unaffected', async () => {
    const me = (await t.client().get('/me').expect(200)).body; // 1
    const user = (await t.client().post(`/organisations/${me.organisationId}/users`).send({ name: 'Second', role: 'attorney' }).expect(201))
      .body; // 2
    const second = (await t.client().post(`/users/${user.id}/api-keys`).send({}).expect(201)).body.key; // 3
    for (let i = 0; i < 2; i++) await t.client().get('/jurisdictions/CA').expect(200); // 4, 5
    const limited = await t.client().get('/jurisdictions/CA').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ statusCode: 429 });
    await t.client(second).get('/jurisdictions/CA').expect(200);
  });
});
