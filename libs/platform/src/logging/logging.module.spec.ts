import type { Provider } from '@nestjs/common';
import { loggingModule } from './logging.module';

/** The pino-http settings a logging module was built with. */
const httpSettingsOf = (module: ReturnType<typeof loggingModule>): unknown => {
  const params = (module.providers as Array<Provider & { useValue?: { pinoHttp?: unknown } }>).find((p) => p.useValue?.pinoHttp);
  return params?.useValue?.pinoHttp;
};

describe('loggingModule: readable in a terminal, JSON otherwise', () => {
  it('formats with pino-pretty when asked (as it is when stdout is a terminal)', () => {
    expect(httpSettingsOf(loggingModule('info', { pretty: true }))).toMatchObject({ transport: { target: 'pino-pretty' } });
    expect(() => require.resolve('pino-pretty')).not.toThrow(); // a runtime dependency, not a dev one
  });

  it('writes JSON lines to a pipe or file (here: Jest’s stdout is not a terminal)', () => {
    expect(process.stdout.isTTY).not.toBe(true);
    const settings = httpSettingsOf(loggingModule('info'));
    expect(Array.isArray(settings)).toBe(true); // [options, stdout]: a plain destination, no transport
    expect((settings as [Record<string, unknown>])[0].transport).toBeUndefined();
  });
});
