import type { DynamicModule } from '@nestjs/common';
import { loadConfig, loggingModule, systemClock, type AppConfig, type Clock } from '@lemon/platform';
import { resolveDatabase, type DatabaseTarget } from './database-bootstrap';
import { PersistenceModule } from './persistence.module';

export interface ProcessFoundation {
  config: AppConfig;
  database: DatabaseTarget;
  /** Logging + persistence: the modules every process (api, worker, all-in-one, rebuild) starts with. */
  modules: DynamicModule[];
}

/** Reads the environment once, starts the embedded database when DATABASE_URL is unset. */
export async function prepareProcess(env: NodeJS.ProcessEnv, clock: Clock = systemClock): Promise<ProcessFoundation> {
  const config = loadConfig(env);
  const database = await resolveDatabase(config, (line) => process.stdout.write(`${JSON.stringify({ level: 30, msg: line })}\n`));
  return {
    config,
    database,
    modules: [loggingModule(config.logLevel), PersistenceModule.forRoot({ config, databaseUrl: database.url, clock })],
  };
}
