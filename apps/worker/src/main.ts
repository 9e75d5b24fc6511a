import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { prepareProcess } from '@lemon/persistence';
import { WorkerModule } from './worker.module';

/** The worker alone: projections (no HTTP listener). */
async function main(): Promise<void> {
  const { modules } = await prepareProcess(process.env);
  @Module({ imports: [...modules, WorkerModule] })
  class WorkerProcessModule {}
  const app = await NestFactory.createApplicationContext(WorkerProcessModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
}

void main();
