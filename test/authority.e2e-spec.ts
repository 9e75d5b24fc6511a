import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { openCaseBody } from './support/case-histories';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 14 §4: brute force on keys, the operator's limits, who a case may be shared with. */
describe('failed API-key attempts are rate-limited per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { AUTH_FAILURES_PER_MINUTE: '10', RATE_LIMIT_PER_MINUTE: '100000' } });
  }, 60_000); // a busy machine starts the app slowly: give the set-up room
  afterAll(async () => t?.close());

  it('after the limit: 429 with Retry-After, even for a right key from that address', async () => {
    await t.client().get('/me').expect(200);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) {
      const wrong = `ll_${randomUUID().replace(/-/g, '')}${i}`;
      const response = await request(t.url).get('/cases').set('Authorization', `Bearer ${wrong}`);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(response.body).toMatchObject({ statusCode: 429, code: 'too_many_failed_attempts' });
      }
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    // A right guess during the block is not confirmed.
    const right = await t.client().get('/me');
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('operator limits and share targets', () => {
  let t: TestApp;
  let world: World;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);
  const operator = () => t.client();

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    world = await createWorld(t);
  }, 60_000); // a busy machine starts the app slowly: give the set-up room
  afterAll(async () => t?.close());

  describe('the operator organisation’s admins', () => {
    it('cannot issue keys for another organisation’s users (nor act as them)', async () => {
      const refused = await operator().post(`/users/${world.firm.users.attorney}/api-keys`).send({ label: 'impersonation' });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('operator_limit');
      const keys = (await as('firm.admin').get(`/users/${world.firm.users.attorney}/api-keys`).expect(200)).body.items;
      expect(keys.map((k: { label: string }) => k.label)).not.toContain('impersonation');
    });

    it('create an organisation and its first admin, whose first key comes with it; nothing more', async () => {
      const org = (await operator().post('/organisations').send({ name: 'Nguyen Lemon Law', kind: 'law_firm' }).expect(201)).body;
      const refusedRole = await operator().post(`/organisations/${org.id}/users`).send({ name: 'Not an admin', role: 'attorney' });
      expect(refusedRole.status).toBe(403);
      const admin = (await operator().post(`/organisations/${org.id}/users`).send({ name: 'Lan Nguyen', role: 'admin' }).expect(201)).body;
      expect(admin).toMatchObject({ organisationId: org.id, role: 'admin', apiKey: { key: expect.stringMatching(/^ll_/) } });
      const me = (await t.client(admin.apiKey.key).get('/me').expect(200)).body;
      expect(me).toMatchObject({ userId: admin.id, organisationId: org.id, role: 'admin' });
      // A second admin, or a key for the first: the organisation's own business.
      await operator().post(`/organisations/${org.id}/users`).send({ name: 'Second admin', role: 'admin' }).expect(403);
      await operator().post(`/users/${admin.id}/api-keys`).send({}).expect(403);
      const colleague = (
        await t.client(admin.apiKey.key).post(`/organisations/${org.id}/users`).send({ name: 'Colleague', role: 'attorney' }).expect(201)
      ).body;
      expect(colleague.apiKey).toBeUndefined();
      await t.client(admin.apiKey.key).post(`/users/${colleague.id}/api-keys`).send({}).expect(201);
    });

    it('still manage their own organisation', async () => {
      const me = (await operator().get('/me').expect(200)).body;
      const user = (await operator().post(`/organisations/${me.organisationId}/users`).send({ name: 'Ops', role: 'staff' }).expect(201))
        .body;
      await operator().post(`/users/${user.id}/api-keys`).send({}).expect(201);
    });
  });

  describe('share targets', () => {
    const openCase = async () => (await as('firm.admin').post('/cases').send(openCaseBody()).expect(201)).body.caseId as string;

    it('a law firm only as co-counsel, read-only; the share records `as`', async () => {
      const caseId = await openCase();
      const plain = await as('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.other.id });
      expect(plain.status).toBe(422);
      await as('other.admin').get(`/cases/${caseId}`).expect(404);
      await as('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.other.id, as: 'co_counsel' }).expect(201);
      await as('other.admin').get(`/cases/${caseId}`).expect(200);
      await as('other.admin').post(`/cases/${caseId}/notes`).send({ text: 'co-counsel writes' }).expect(403);
      const history = (await as('firm.admin').get(`/cases/${caseId}/history`).expect(200)).body.events;
      expect(history.find((e: { type: string }) => e.type === 'CaseShared').data).toMatchObject({
        organisationId: world.other.id,
        access: 'read',
        as: 'co_counsel',
      });
    });

    it('a manufacturer, as before; a manufacturer "as co-counsel" is refused', async () => {
      const caseId = await openCase();
      await as('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.audi.id, as: 'co_counsel' }).expect(422);
      await as('firm.attorney').post(`/cases/${caseId}/shares`).send({ organisationId: world.bmw.id }).expect(201);
      await as('shared.auditor').get(`/cases/${caseId}`).expect(200);
    });

    it('tells no one which organisations exist: the same answer for a missing one and one that may not receive the case', async () => {
      const caseId = await openCase();
      const answer = async (who: keyof World['keys'], organisationId: string, as_?: string) => {
        const response = await as(who)
          .post(`/cases/${caseId}/shares`)
          .send({ organisationId, ...(as_ ? { as: as_ } : {}) });
        return { status: response.status, body: response.body };
      };
      const missing = randomUUID();
      // The firm's own attorney: a missing organisation and a law firm without co_counsel look alike.
      expect(await answer('firm.attorney', missing)).toEqual(await answer('firm.attorney', world.other.id));
      expect(await answer('firm.attorney', missing, 'co_counsel')).toEqual(await answer('firm.attorney', world.bmw.id, 'co_counsel'));
      expect((await answer('firm.attorney', missing)).status).toBe(422);
      // Outsiders learn nothing at all: the case itself is not found, whatever the target.
      for (const outsider of ['other.admin', 'unshared.auditor'] as const) {
        const forMissing = await answer(outsider, missing, 'co_counsel');
        expect(forMissing.status).toBe(404);
        expect(await answer(outsider, world.firm.id, 'co_counsel')).toEqual(forMissing);
        expect(await answer(outsider, world.bmw.id)).toEqual(await answer(outsider, missing));
      }
    });

    it('firm users list manufacturers by name for picking; law firms stay hidden', async () => {
      const listed = (await as('firm.staff').get('/organisations').query({ kind: 'manufacturer' }).expect(200)).body.items;
      expect(listed).toEqual(
        expect.arrayContaining([
          { id: world.bmw.id, name: 'BMW of North America, Customer Relations', kind: 'manufacturer' },
          { id: world.audi.id, name: 'Audi of America, Customer Relations', kind: 'manufacturer' },
        ]),
      );
      expect(listed.every((o: { kind: string }) => o.kind === 'manufacturer')).toBe(true);
      const lawFirms = (await as('firm.staff').get('/organisations').query({ kind: 'law_firm' }).expect(200)).body.items;
      expect(lawFirms.map((o: { id: string }) => o.id)).toEqual([world.firm.id]);
      // A manufacturer sees only itself.
      const fromMaker = (await as('shared.auditor').get('/organisations').query({ kind: 'manufacturer' }).expect(200)).body.items;
      expect(fromMaker.map((o: { id: string }) => o.id)).toEqual([world.bmw.id]);
      await as('firm.staff').get('/organisations').query({ kind: 'bank' }).expect(400);
    });
  });
});
