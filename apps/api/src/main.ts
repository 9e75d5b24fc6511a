import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { prepareProcess } from '@lemon/persistence';
import { ApiModule } from './api.module';
import { configureHttp } from './configure-http';

/** The HTTP API alone (the worker runs elsewhere): what docker-compose's api service runs. */
async function main(): Promise<void> {
  const { config, database, modules } = await prepareProcess(process.env);
  @Module({ imports: [...modules, ApiModule] })
  class ApiProcessModule {}
  const app = await NestFactory.create(ApiProcessModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app, config);
  app.enableShutdownHooks();
  process.once('SIGTERM', () => void database.stop());
  await app.listen(config.port, '0.0.0.0');
}

void main();
