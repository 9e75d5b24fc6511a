import request from 'supertest';
import { openCaseBody } from './support/case-histories';
import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 14 §3: whatever a client sends is a 4xx with the standard error shape, never a 500. */
describe('bad input is a 4xx naming the field, never a 500', () => {
  let t: TestApp;
  let world: World;
  let caseId: string;
  const as = (who: keyof World['keys']) => t.client(world.keys[who]);
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);
  const eventCount = async () => Number((await t.db.pool.query('SELECT count(*) FROM es_events')).rows[0].count);

  beforeAll(async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    world = await createWorld(t);
    caseId = (await as('firm.admin').post('/cases').send(openCaseBody()).expect(201)).body.caseId;
  });
  afterAll(async () => t?.close());

  describe('text the database cannot store: NUL and lone surrogates', () => {
    // JSON escapes, so the server's parser (not supertest) produces the bad character.
    const NUL = '\\u0000';
    const LONE_HIGH = '\\ud800';
    const LONE_LOW = 'x\\udc00y';

    it.each([
      ['a note', () => `/cases/${caseId}/notes`, (bad: string) => `{"text":"before${bad}after"}`, 'text'],
      [
        'a client name',
        () => '/cases',
        (bad: string) => JSON.stringify(openCaseBody({ client: { name: 'X' } })).replace('"X"', `"${bad}"`),
        'client.name',
      ],
      [
        'a defect description',
        () => `/cases/${caseId}/nonconformities`,
        (bad: string) => `{"description":"brakes${bad}","safetyCritical":true}`,
        'description',
      ],
      ['an API key label', () => `/users/${world.firm.users.auditor}/api-keys`, (bad: string) => `{"label":"${bad}"}`, 'label'],
      [
        'an array element',
        () => `/cases/${caseId}/out-of-service`,
        (bad: string) => `{"from":"2024-03-01","to":"2024-03-03","reason":"towed","excludedDays":["2024-03-02","${bad}"]}`,
        'excludedDays.1',
      ],
    ])('in %s: 400 naming the field, nothing appended', async (_what, path, body, field) => {
      for (const bad of [NUL, LONE_HIGH, LONE_LOW]) {
        const before = await eventCount();
        const response = await as('firm.admin').post(path()).set('Content-Type', 'application/json').send(body(bad));
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('validation_failed');
        expect(fieldsOf(response.body)).toContain(field);
        expect(await eventCount()).toBe(before);
      }
    });

    it('in a field name', async () => {
      const response = await as('firm.admin')
        .post(`/cases/${caseId}/notes`)
        .set('Content-Type', 'application/json')
        .send('{"te\\u0000xt":"x"}');
      expect(response.status).toBe(400);
    });

    it('in an organisation name and a user name', async () => {
      const org = await t
        .client()
        .post('/organisations')
        .set('Content-Type', 'application/json')
        .send('{"name":"Bad\\u0000Org","kind":"law_firm"}');
      expect(org.status).toBe(400);
      expect(fieldsOf(org.body)).toEqual(['name']);
      const user = await as('firm.admin')
        .post(`/organisations/${world.firm.id}/users`)
        .set('Content-Type', 'application/json')
        .send('{"name":"\\ud83dDana","role":"staff"}');
      expect(user.status).toBe(400);
      expect(fieldsOf(user.body)).toEqual(['name']);
    });

    it('in an imported CSV file: 400 naming the file, nothing appended', async () => {
      const before = await eventCount();
      const csv = 'RO,Date In,Odometer In,Defect,Outcome\nA-1,2024-02-01,100,Stal\u0000ls,not fixed\n';
      const response = await as('firm.admin')
        .post(`/cases/${caseId}/imports/repair-orders?createMissingDefects=true`)
        .set('Content-Type', 'text/csv')
        .send(Buffer.from(csv));
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['file']);
      expect(await eventCount()).toBe(before);
    });

    it('in a query string: GET /cases?q=%00 is a 400 naming q', async () => {
      const response = await as('firm.admin').get('/cases?q=%00');
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['q']);
      await as('firm.admin').get('/cases?q=Delgado').expect(200);
    });
  });

  describe('nesting', () => {
    const nested = (levels: number) => {
      let value: unknown = 'leaf';
      for (let i = 0; i < levels; i++) value = { a: value };
      return value as Record<string, unknown>;
    };
    const nestingErrors = (body: { errors?: Array<{ messages: string[] }> }) =>
      (body.errors ?? []).flatMap((e) => e.messages).filter((m) => m.includes('nests deeper'));

    it('JSON nested deeper than 32 levels is a 400; 32 levels are not refused for their depth', async () => {
      // The body object itself is level 1; `extra` holds levels 2…
      const tooDeep = await as('firm.admin')
        .post(`/cases/${caseId}/notes`)
        .send({ text: 'x', extra: nested(32) });
      expect(tooDeep.status).toBe(400);
      expect(nestingErrors(tooDeep.body)).toHaveLength(1);
      const deepest = await as('firm.admin')
        .post(`/cases/${caseId}/notes`)
        .send({ text: 'x', extra: nested(31) });
      expect(deepest.status).toBe(400); // `extra` is not a field of a note…
      expect(nestingErrors(deepest.body)).toHaveLength(0); // …but its depth is allowed
    });

    it('thousands of levels (within the size limit) are a 400 too', async () => {
      const body = `{"text":${'['.repeat(5000)}${']'.repeat(5000)}}`;
      const response = await as('firm.admin').post(`/cases/${caseId}/notes`).set('Content-Type', 'application/json').send(body);
      expect(response.status).toBe(400);
    });
  });

  describe('impossible dates and instants', () => {
    it.each(['2024-02-30T10:00:00Z', '2023-02-29T00:00:00Z', '2024-04-31T12:00:00+02:00', '2024-06-01T24:00:00Z', '2024-06-01T12:60:00Z'])(
      'asOf=%s is a 400 on the summary and the history (never a day rolled over)',
      async (asOf) => {
        for (const path of [`/cases/${caseId}`, `/cases/${caseId}/history`]) {
          const response = await as('firm.admin').get(path).query({ asOf });
          expect(response.status).toBe(400);
          expect(fieldsOf(response.body)).toEqual(['asOf']);
        }
      },
    );

    it('a real instant still works', async () => {
      await as('firm.admin').get(`/cases/${caseId}`).query({ asOf: '2030-02-28T23:59:59.5-05:00' }).expect(200);
    });

    it.each([
      [() => `/cases/${caseId}/presumption`, 'asOf'],
      [() => `/cases/${caseId}/deadlines`, 'asOf'],
      [() => '/deadlines', 'dueBefore'],
    ])('date parameters refuse 2024-02-30 (%s)', async (path, parameter) => {
      const response = await as('firm.admin')
        .get(path())
        .query({ [parameter]: '2024-02-30' });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual([parameter]);
    });
  });

  describe('a position beyond the log', () => {
    it('minPosition past the last event is refused at once; a real one is honoured', async () => {
      const written = await as('firm.admin').post(`/cases/${caseId}/notes`).send({ text: 'position' }).expect(201);
      const position: string = written.body.position;
      await as('firm.admin').get('/cases').query({ minPosition: position }).expect(200);
      const beyond = position.replace(/\d(?=[^\d]*$)/, '9').replace(/^\d/, '9');
      const response = await as('firm.admin').get('/cases').query({ minPosition: beyond });
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['minPosition']);
    });
  });

  describe('body format', () => {
    it('a form-encoded body is a 415, not a parsed command', async () => {
      const before = await eventCount();
      const response = await as('firm.admin').post(`/cases/${caseId}/notes`).type('form').send('text=hello');
      expect(response.status).toBe(415);
      expect(response.body).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
      expect(fieldsOf(response.body)).toEqual(['Content-Type']);
      expect(await eventCount()).toBe(before);
    });

    it('text/plain, or no Content-Type at all, is a 415', async () => {
      const plain = await as('firm.admin').post(`/cases/${caseId}/notes`).set('Content-Type', 'text/plain').send('{"text":"hello"}');
      expect(plain.status).toBe(415);
      // fetch sends a byte body without any Content-Type.
      const bare = await fetch(`${t.url}/cases/${caseId}/notes`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${world.keys['firm.admin']}` },
        body: new TextEncoder().encode('{"text":"hello"}'),
      });
      expect(bare.headers.get('content-type')).toMatch(/json/);
      expect(bare.status).toBe(415);
    });

    it('JSON with a charset, or an +json type, is accepted; a POST without a body needs no type', async () => {
      await as('firm.admin')
        .post(`/cases/${caseId}/notes`)
        .set('Content-Type', 'application/json; charset=utf-8')
        .send('{"text":"a"}')
        .expect(201);
      await as('firm.admin')
        .post(`/cases/${caseId}/notes`)
        .set('Content-Type', 'application/merge-patch+json')
        .send('{"text":"b"}')
        .expect(201);
      const key = (await as('firm.admin').post(`/users/${world.firm.users.auditor}/api-keys`).expect(201)).body;
      expect(key.key).toMatch(/^ll_/);
    });

    it('malformed JSON is a 400 with the standard shape (code, errors)', async () => {
      const response = await as('firm.admin')
        .post(`/cases/${caseId}/notes`)
        .set('Content-Type', 'application/json')
        .send('{"text": "unterminated');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', code: 'invalid_json', errors: [{ field: 'body' }] });
      expect(JSON.stringify(response.body)).not.toMatch(/at [\w.<>]+ \(|node_modules/);
    });

    it('an unauthenticated request is still a 401 first', async () => {
      await request(t.url).post(`/cases/${caseId}/notes`).type('form').send('text=hello').expect(401);
    });
  });
});
