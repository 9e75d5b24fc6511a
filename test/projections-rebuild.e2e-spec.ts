import request from 'supertest';
import { CaseSummaryProjection, ProjectionRunner } from '@lemon/projections';
import { recordVariedHistory } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

describe('projections: a rebuilt read model equals the live one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  const snapshot = async () => ({
    summaries: await t.db.pool.query('SELECT * FROM rm_case_summaries ORDER BY case_id').then((r) => r.rows),
    deadlines: await t.db.pool.query('SELECT * FROM rm_deadlines ORDER BY deadline_id').then((r) => r.rows),
    checkpoint: await t.db.pool
      .query("SELECT position FROM rm_checkpoints WHERE projection = 'case-summary'")
      .then((r) => r.rows[0]?.position),
  });

  it('drops the read model, replays the log, and gets identical rows and checkpoint', async () => {
    const caseIds = await Promise.all(Array.from({ length: 12 }, (_, seed) => recordVariedHistory(() => t.client(), seed)));
    expect(caseIds).toHaveLength(12);
    await t.client().get('/cases').expect(200); // the list waits until the live projection has caught up with the log
    const runner = t.app.get(ProjectionRunner);
    await runner.stop();
    const live = await snapshot();
    expect(live.summaries).toHaveLength(12);
    expect(live.deadlines.length).toBeGreaterThan(12);

    const replayed = await runner.rebuild(new CaseSummaryProjection());
    expect(replayed).toBe(live.summaries.reduce((n, row) => n + row.events.length, 0));
    const rebuilt = await snapshot();
    expect(rebuilt).toEqual(live);
  }, 30_000); // 180 commands: on a loaded two-core machine this takes well over Jest's default 5 s
});
