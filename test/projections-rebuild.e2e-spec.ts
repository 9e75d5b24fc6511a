import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { CLOCK, type Clock, APP_CONFIG, type AppConfig } from '@lemon/platform';
import { CASE_LIST, DEADLINE_DOCKET, ProjectionLockHeldError, ProjectionRunner } from '@lemon/projections';
import { waitForProjections } from '@lemon/testing';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { readModelProjections } from '../apps/worker/src/worker.module';
import { recordVariedHistory } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

describe('projections: a rebuilt read model equals the live one', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 30_000);
  afterAll(async () => t?.close(), 30_000);

  const snapshot = async () => ({
    summaries: await t.db.pool.query('SELECT * FROM rm_case_summaries ORDER BY case_id').then((r) => r.rows),
    deadlines: await t.db.pool.query('SELECT * FROM rm_deadlines ORDER BY deadline_id').then((r) => r.rows),
    checkpoints: await t.db.pool
      .query('SELECT projection, version, position FROM rm_checkpoints WHERE projection = ANY ($1) ORDER BY projection', [
        [CASE_LIST.name, DEADLINE_DOCKET.name],
      ])
      .then((r) => r.rows),
  });

  /** A second runner over the same read models, as `npm run projections:rebuild` builds it. */
  const rebuildRunner = () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const deps = { store, clock: t.app.get<Clock>(CLOCK), config: t.app.get<AppConfig>(APP_CONFIG) };
    const projections = readModelProjections(deps);
    return {
      projections,
      runner: new ProjectionRunner(store, t.app.get<DataSource>(getDataSourceToken()), projections, {
        batchSize: 7,
        leaseDatabaseUrl: t.db.url,
      }),
    };
  };

  it('refuses to rebuild while the live worker holds a projection, saying so', async () => {
    await recordVariedHistory(() => t.client(), 99);
    const { runner, projections } = rebuildRunner();
    await waitForProjections(t.app.get(ProjectionRunner), t.app.get(EVENT_STORE));
    await expect(runner.rebuild(projections[0])).rejects.toThrow(ProjectionLockHeldError);
    await expect(runner.rebuild(projections[0])).rejects.toThrow(/held by a live worker .*stop the worker/);
  });

  it('drops the read models, replays the log, and gets identical rows and checkpoints', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, seed) => recordVariedHistory(() => t.client(), seed)));
    const live = t.app.get(ProjectionRunner);
    await waitForProjections(live, t.app.get(EVENT_STORE)); // on state: every checkpoint at the log's head
    await live.stop();
    const before = await snapshot();
    expect(before.summaries).toHaveLength(13);
    expect(before.deadlines.length).toBeGreaterThan(13);
    expect(before.summaries[0]).not.toHaveProperty('events'); // no copy of the events in any read model

    const { runner, projections } = rebuildRunner(); // batches of 7: cases split across batches
    const total = await t.app.get<EventStore>(EVENT_STORE).countEvents('case-');
    expect(await runner.rebuildAll(projections)).toBe(total); // as `npm run projections:rebuild`: all read models in one pass
    expect(await snapshot()).toEqual(before);
    for (const projection of projections) expect(await runner.rebuild(projection)).toBe(total); // one at a time
    expect(await snapshot()).toEqual(before);
  }, 60_000);
});
