import { join, resolve } from 'node:path';
import { redactUrl, startEmbeddedPostgres, type AppConfig } from '@lemon/platform';

export interface DatabaseTarget {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in <dataDir>/postgres, kept between
 * runs (a restart on an existing data directory takes well under a second).
 */
export async function resolveDatabase(config: AppConfig, log: (message: string) => void): Promise<DatabaseTarget> {
  if (config.databaseUrl) {
    log(`using DATABASE_URL ${redactUrl(config.databaseUrl)}`);
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const dataDir = resolve(join(config.dataDir, 'postgres'));
  log(`DATABASE_URL is unset: starting the embedded PostgreSQL in ${dataDir}`);
  const handle = await startEmbeddedPostgres({ dataDir, persistent: true, port: config.embeddedPostgresPort, notice: log });
  return { url: handle.url, embedded: true, stop: handle.stop };
}
