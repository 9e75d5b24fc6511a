import { randomBytes } from 'node:crypto';
import { LogLines } from './support/log-lines';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 14 §6: BOOTSTRAP_ADMIN_API_KEY on a data directory that was initialised before. */
describe('BOOTSTRAP_ADMIN_API_KEY for an already-initialised database', () => {
  let restarted: TestApp;
  const log = new LogLines();
  const firstKey = `ll_${randomBytes(32).toString('base64url')}`;
  const laterKey = `ll_${randomBytes(32).toString('base64url')}`;

  beforeAll(async () => {
    const first = await startTestApp({ worker: false, env: { BOOTSTRAP_ADMIN_API_KEY: firstKey } });
    await first.stop();
    restarted = await startTestApp({
      worker: false,
      database: first.db,
      env: { BOOTSTRAP_ADMIN_API_KEY: laterKey, LOG_LEVEL: 'info' },
      logTo: log,
    });
  });
  afterAll(async () => restarted?.close());

  it('is ignored, and a clear warning says so', async () => {
    await restarted.client(laterKey).get('/me').expect(401);
    await restarted.client(firstKey).get('/me').expect(200);
    const warnings = log.lines.filter((line) => line.level === 40 && String(line.msg).includes('BOOTSTRAP_ADMIN_API_KEY was ignored'));
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(log.lines)).not.toContain(laterKey);
  });
});
