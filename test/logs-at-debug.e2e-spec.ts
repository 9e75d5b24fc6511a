import { breakCaseList, LogLines } from './support/log-lines';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 14 §5: stack traces of a 5xx are logged at `debug` only (at `info`: logs-and-errors.e2e-spec.ts). */
describe('a 5xx at LOG_LEVEL=debug', () => {
  let t: TestApp;
  const log = new LogLines();
  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: 'debug' }, worker: false, logTo: log });
  }, 60_000); // a busy machine starts the app slowly: give the set-up room
  afterAll(async () => t?.close());

  it('logs the one error line with its stack trace; the client still gets only the id', async () => {
    await breakCaseList(t);
    const response = await t.client().get('/cases');
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toMatch(/at [\w.<>]+ \(|stack/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = log.mentioning(response.body.errorId);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]).stack).toMatch(/\n\s+at /);
  });
});
