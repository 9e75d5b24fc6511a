import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { withDatabase } from '@lemon/platform';

/**
 * A fresh database per test file on the run's server (embedded or DATABASE_URL), dropped at the
 * end, so files can run in parallel without seeing each other's rows.
 */
export interface TestDatabase {
  url: string;
  name: string;
  pool: Pool;
  drop(): Promise<void>;
}

export const testAdminUrl = (): string => {
  const url = process.env.LEMON_TEST_ADMIN_URL;
  if (!url) throw new Error('LEMON_TEST_ADMIN_URL is unset: run integration tests through Jest (global setup starts PostgreSQL)');
  return url;
};

export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const adminUrl = testAdminUrl();
  const name = `lemon_${prefix}_${randomBytes(5).toString('hex')}`.toLowerCase();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const pool = new Pool({ connectionString: url, max: 20 });
  pool.on('error', () => undefined); // dropping the database at the end terminates idle clients
  return {
    url,
    name,
    pool,
    async drop() {
      await pool.end();
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
