import { randomBytes } from 'node:crypto';
import { Module, type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Test } from '@nestjs/testing';
import { PersistenceModule } from '@lemon/persistence';
import { loadConfig, loggingModule } from '@lemon/platform';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { createTestDatabase, FixedClock, type TestDatabase } from '@lemon/testing';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureHttp } from '../../apps/api/src/configure-http';
import { WorkerModule } from '../../apps/worker/src/worker.module';

export interface TestApp {
  app: INestApplication;
  /** Base URL of the real HTTP listener (an ephemeral port on loopback). */
  url: string;
  clock: FixedClock;
  db: TestDatabase;
  /** The bootstrap admin's API key (operator law firm). */
  adminKey: string;
  /** A supertest agent that authenticates with `key` (the bootstrap admin by default). */
  client(key?: string): ReturnType<typeof request.agent>;
  close(): Promise<void>;
  /** Stops this process but keeps its database, as a restart would. */
  stop(): Promise<void>;
}

/**
 * The whole product as `npm start` runs it (api + worker in one process) on a fresh database of
 * the run's PostgreSQL, listening on a real port, with a clock the test controls.
 */
export async function startTestApp(
  options: {
    now?: string;
    env?: NodeJS.ProcessEnv;
    worker?: boolean;
    database?: TestDatabase;
    clock?: FixedClock;
    /** The product's own JSON logging (at LOG_LEVEL from env), written here instead of nowhere. */
    logTo?: DestinationStream;
  } = {},
): Promise<TestApp> {
  const db = options.database ?? (await createTestDatabase('e2e'));
  const clock = options.clock ?? FixedClock.at(options.now ?? '2025-06-02T15:00:00Z');
  const adminKey =
    options.env?.BOOTSTRAP_ADMIN_API_KEY ??
    (db as TestDatabase & { adminKey?: string }).adminKey ??
    `ll_${randomBytes(32).toString('base64url')}`;
  (db as TestDatabase & { adminKey?: string }).adminKey = adminKey; // a restart on the same database keeps its admin
  const config = loadConfig({
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    BOOTSTRAP_ADMIN_API_KEY: adminKey,
    // A list read waits this long for the projections to reach the caller's last write; on a loaded
    // two-core CI machine 5 s (the default) can pass first and a test would read a stale row.
    READ_YOUR_WRITES_TIMEOUT_MS: '30000',
    ...options.env,
  });
  @Module({
    imports: [
      ...(options.logTo ? [loggingModule(config.logLevel, { destination: options.logTo, pretty: false })] : []),
      PersistenceModule.forRoot({ config, databaseUrl: db.url, clock }),
      ApiModule,
      ...(options.worker === false ? [] : [WorkerModule]),
    ],
  })
  class TestAppModule {}
  const moduleRef = await Test.createTestingModule({ imports: [TestAppModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  if (options.logTo) app.useLogger(app.get(Logger));
  configureHttp(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    clock,
    db,
    adminKey,
    client: (key = adminKey) => request.agent(url).set('Authorization', `Bearer ${key}`),
    async close() {
      await app.close();
      await db.drop();
    },
    async stop() {
      await app.close();
    },
  };
}
