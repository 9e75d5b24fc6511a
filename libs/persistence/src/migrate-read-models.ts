import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

const READ_MODEL_MIGRATION_LOCK = 7_310_002;

/** Runs the read-model migrations once even when the api and the worker start together. */
export async function migrateReadModels(pool: Pool, dataSource: DataSource): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [READ_MODEL_MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [READ_MODEL_MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
