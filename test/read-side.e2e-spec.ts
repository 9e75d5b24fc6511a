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
  });
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
  });
});
