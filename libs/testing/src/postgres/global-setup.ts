import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../../platform/src/database/embedded-postgres';

/**
 * One PostgreSQL server for a whole Jest run: DATABASE_URL when set, else an embedded server in a
 * temp directory. Test files create their own databases on it (see test-database.ts).
 * Runs once even when several Jest projects name it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.LEMON_TEST_ADMIN_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.LEMON_TEST_ADMIN_URL = process.env.DATABASE_URL;
    process.env.LEMON_TEST_TARGET = 'DATABASE_URL';
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'lemon-ledger-test-pg-'));
  // A throw-away cluster: durability off (commit order and visibility are unchanged), so tests run
  // faster and the shutdown checkpoint has nothing to flush.
  const handle = await startEmbeddedPostgres({
    dataDir,
    persistent: false,
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  process.env.LEMON_TEST_ADMIN_URL = handle.url;
  process.env.LEMON_TEST_TARGET = 'embedded';
  (globalThis as { __lemonEmbeddedPostgres?: typeof handle }).__lemonEmbeddedPostgres = handle;
}
