import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EVENT_STORE } from '@lemon/event-store';
import { CASE_ALERTS, CASE_LIST, DEADLINE_DOCKET, ProjectionRunner } from '@lemon/projections';
import { createTestDatabase, waitForProjections } from '@lemon/testing';
import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

const eventually = async <T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('the log keeps moving, and /health says when it cannot', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { STALLED_APPEND_AFTER_MS: '300' } });
  }, 30_000);
  afterAll(async () => t?.close(), 30_000);
  const health = async () => (await t.client().get('/health').expect(200)).body;

  it('reports ok with the worker heartbeat and every projection', async () => {
    const body = await health();
    expect(body.status).toBe('ok');
    expect(body.details.worker).toMatchObject({ status: 'up', secondsAgo: expect.any(Number) });
    expect(body.details.appends).toMatchObject({ status: 'up', open: 0 });
    const named = [CASE_LIST, DEADLINE_DOCKET, CASE_ALERTS].map((p) => `${p.name}@v${p.version}`); // a version bump renames the entry
    expect(Object.keys(body.info.projections)).toEqual(expect.arrayContaining(named));
  });

  it('moves the projections while a transaction in ANOTHER database on the same server stays open', async () => {
    const other = await createTestDatabase('elsewhere');
    const elsewhere = new Client({ connectionString: other.url });
    await elsewhere.connect();
    try {
      await elsewhere.query('CREATE TABLE t (n int)');
      await elsewhere.query('BEGIN');
      await elsewhere.query('INSERT INTO t VALUES (1)'); // holds an xid: the old horizon (pg_snapshot_xmin) stopped here
      const { caseId } = (
        await t
          .client()
          .post('/cases')
          .send(openCaseBody({ client: { name: 'Held Open Elsewhere' } }))
          .expect(201)
      ).body;
      await waitForProjections(t.app.get(ProjectionRunner), t.app.get(EVENT_STORE));
      const list = (await t.client().get('/cases').query({ q: 'held open elsewhere' }).expect(200)).body;
      expect(list.items.map((c: { caseId: string }) => c.caseId)).toEqual([caseId]);
      expect((await health()).status).toBe('ok');
    } finally {
      await elsewhere.query('ROLLBACK').catch(() => undefined);
      await elsewhere.end();
      await other.drop();
    }
  });

  it('reports an append left open as degraded, with its age, until it ends', async () => {
    const client = await t.db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT * FROM es_append($1, 'case', 'exact', 0, $2::uuid[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[])`, [
        `case-${randomUUID()}`,
        [randomUUID()],
        ['NoteAdded'],
        [1],
        ['{"text":"stuck"}'],
        ['{}'],
      ]);
      const degraded = await eventually(health, (b) => b.status === 'degraded', 'a degraded /health');
      expect(degraded.error.appends).toMatchObject({
        status: 'down',
        open: 1,
        oldestAgeSeconds: expect.any(Number),
        message: expect.stringMatching(/^an append has been open for \d+ s/),
      });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    expect((await health()).status).toBe('ok');
  });
});

describe('/health of an api running without any worker', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ worker: false });
  }, 30_000);
  afterAll(async () => t?.close(), 30_000);

  it('says "worker not seen for N s" and is degraded', async () => {
    const body = (await t.client().get('/health').expect(200)).body;
    expect(body.status).toBe('degraded');
    expect(body.error.worker).toMatchObject({ status: 'down', message: expect.stringMatching(/^worker not seen for \d+ s$/) });
  });
});
