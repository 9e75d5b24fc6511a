import request from 'supertest';
import { breakCaseList, LogLines } from './support/log-lines';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14 §5, through the product's real pino logging: no secrets in logged URLs; one log line
 * per 5xx with an id the client gets too, without a stack trace at `info` (see
 * logs-at-debug.e2e-spec.ts for `debug`; nestjs-pino keeps its logger in module state, so one
 * logging app per file).
 */
describe('logs and errors at LOG_LEVEL=info', () => {
  let t: TestApp;
  const log = new LogLines();
  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: 'info' }, worker: false, logTo: log });
  });
  afterAll(async () => t?.close());

  it.each([
    '/deadlines.ics?token=cal_SECRET1',
    '/deadlines.ics?%74oken=cal_SECRET2',
    '/deadlines.ics?TOKEN=cal_SECRET3',
    '/deadlines.ics?x=1;token=cal_SECRET4',
    '/deadlines.ics?to%6Ben=cal_SECRET5',
    '/health?password=SECRET6',
  ])('a logged URL never carries a secret: %s', async (path) => {
    await request(t.url).get(path);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const secret = /SECRET\d/.exec(path)![0];
    expect(log.mentioning(secret)).toEqual([]);
    expect(log.mentioning('[redacted]').length).toBeGreaterThan(0);
  });

  it('a 5xx logs one line with an error id, the client gets the same id; no stack trace', async () => {
    await breakCaseList(t);
    const response = await t.client().get('/cases');
    expect(response.status).toBe(500);
    expect(response.body).toMatchObject({
      statusCode: 500,
      message: 'internal error',
      code: 'internal_error',
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/rm_case_summaries|at [\w.<>]+ \(/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lines = log.mentioning(response.body.errorId);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 50, errorId: response.body.errorId, status: 500, req: { method: 'GET', url: '/cases' } });
    expect(line.error).toMatch(/rm_case_summaries/); // the operator sees what broke
    expect(line.stack).toBeUndefined();
    // No second line for the same request: the request logger stays silent on a handled 5xx.
    expect(log.lines.filter((l) => (l.req as { id?: unknown } | undefined)?.id === line.req.id)).toHaveLength(1);
  });
});
