import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { StartupError } from '../startup-error';
import { startEmbeddedPostgres } from './embedded-postgres';

/** Issue 14 §6: a clean first run of the embedded PostgreSQL, as a new user would try it. */
describe('embedded PostgreSQL on a first run', () => {
  const dirs: string[] = [];
  const privateDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lemon-ledger-private-'));
    chmodSync(dir, 0o700);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('initialises and serves a data directory nested under a mode-700 directory (as root too)', async () => {
    const dataDir = join(privateDir(), 'lemon', '.data', 'postgres');
    const notices: string[] = [];
    const handle = await startEmbeddedPostgres({ dataDir, persistent: true, notice: (line) => notices.push(line) });
    try {
      const client = new Client({ connectionString: handle.url });
      await client.connect();
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();
      if (process.getuid?.() === 0) expect(notices.join('\n')).toMatch(/traverse-only/);
    } finally {
      await handle.stop();
    }
  }, 120_000);

  it('a port already taken is one clear StartupError naming EMBEDDED_POSTGRES_PORT, before anything is started', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const attempt = startEmbeddedPostgres({ dataDir: join(privateDir(), 'postgres'), persistent: true, port });
      await expect(attempt).rejects.toThrow(StartupError);
      await expect(attempt).rejects.toThrow(new RegExp(`port ${port} .*already in use.*EMBEDDED_POSTGRES_PORT`));
    } finally {
      taken.close();
    }
  });
});
