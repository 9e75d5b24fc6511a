import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareProcess } from './process-bootstrap';

/** Issue 14 §6: what a user sees when the embedded PostgreSQL's port is taken, or a setting is wrong. */
describe('prepareProcess on a failure the user can fix', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lemon-ledger-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Runs prepareProcess, catching its exit and what it wrote to stderr. */
  const startWith = async (env: NodeJS.ProcessEnv) => {
    const written: string[] = [];
    const exit = process.exit;
    const write = process.stderr.write.bind(process.stderr);
    let code: number | undefined;
    process.exit = ((c?: number) => {
      code = c;
      throw new Error('exited');
    }) as typeof process.exit;
    process.stderr.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      await prepareProcess(env).catch((error: Error) => expect(error.message).toBe('exited'));
    } finally {
      process.exit = exit;
      process.stderr.write = write;
    }
    return { code, output: written.join('') };
  };

  it('a taken EMBEDDED_POSTGRES_PORT: exit 1 with one line naming the setting, no stack trace', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const { code, output } = await startWith({ DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port) });
      expect(code).toBe(1);
      expect(output.trim().split('\n')).toHaveLength(1);
      expect(output).toMatch(new RegExp(`^Lemon Ledger cannot start: port ${port} .*EMBEDDED_POSTGRES_PORT`));
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      taken.close();
    }
  });

  it('a malformed setting: the same one line', async () => {
    const { code, output } = await startWith({ DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: 'fifty' });
    expect(code).toBe(1);
    expect(output).toBe('Lemon Ledger cannot start: EMBEDDED_POSTGRES_PORT must be a non-negative integer, got "fifty"\n');
  });
});
