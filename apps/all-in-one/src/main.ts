import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { prepareProcess } from '@lemon/persistence';
import { ApiModule } from '../../api/src/api.module';
import { configureHttp } from '../../api/src/configure-http';
import { WorkerModule } from '../../worker/src/worker.module';

/**
 * `npm start`: api + worker in one process, on the embedded PostgreSQL unless DATABASE_URL is set.
 * The zero-setup way to run Lemon Ledger on one machine.
 */
async function main(): Promise<void> {
  const { config, database, modules } = await prepareProcess(process.env);
  @Module({ imports: [...modules, ApiModule, WorkerModule] })
  class AllInOneModule {}
  const app = await NestFactory.create(AllInOneModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app, config);
  const shutdown = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  await app.listen(config.port, '0.0.0.0');
  app.get(Logger).log(`Lemon Ledger listening on http://localhost:${config.port} (OpenAPI at /docs)`);
}

void main();
