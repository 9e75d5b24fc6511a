import type { DynamicModule } from '@nestjs/common';
import { loadConfig, loggingModule, StartupError, systemClock, type AppConfig, type Clock } from '@lemon/platform';
import { resolveDatabase, type DatabaseTarget } from './database-bootstrap';
import { PersistenceModule } from './persistence.module';

export interface ProcessFoundation {
  config: AppConfig;
  database: DatabaseTarget;
  /** Logging + persistence: the modules every process (api, worker, all-in-one, rebuild) starts with. */
  modules: DynamicModule[];
}

/** Start-up lines before the logger exists: plain text in a terminal, JSON lines (like pino's) otherwise. */
const startupLog = (line: string): void => {
  process.stdout.write(process.stdout.isTTY ? `${line}\n` : `${JSON.stringify({ level: 30, time: Date.now(), msg: line })}\n`);
};

/**
 * Reads the environment once, starts the embedded database when DATABASE_URL is unset. A failure
 * the user can fix (a taken port, a bad setting) ends the process with one line, not a stack trace.
 */
export async function prepareProcess(env: NodeJS.ProcessEnv, clock: Clock = systemClock): Promise<ProcessFoundation> {
  try {
    return await foundation(env, clock);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    process.stderr.write(`Lemon Ledger cannot start: ${error.message}\n`);
    process.exit(1);
  }
}

async function foundation(env: NodeJS.ProcessEnv, clock: Clock): Promise<ProcessFoundation> {
  const config = loadConfig(env);
  const database = await resolveDatabase(config, startupLog);
  return {
    config,
    database,
    modules: [loggingModule(config.logLevel), PersistenceModule.forRoot({ config, databaseUrl: database.url, clock })],
  };
}
