import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SingleBar, Presets } from 'cli-progress';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { prepareProcess } from '@lemon/persistence';
import { ProjectionRunner } from '@lemon/projections';
import type { DataSource } from 'typeorm';
import { allProjections } from './worker.module';

/**
 * `npm run projections:rebuild`: drop every read model and replay the whole log into it, with a
 * progress bar. Stop the worker first (its lease would otherwise keep writing alongside).
 */
async function main(): Promise<void> {
  const { config, database, modules } = await prepareProcess({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  @Module({ imports: modules })
  class RebuildModule {}
  const app = await NestFactory.createApplicationContext(RebuildModule, { logger: ['error', 'warn'] });
  const store = app.get<EventStore>(EVENT_STORE);
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const runner = new ProjectionRunner(store, dataSource, allProjections(), {
    batchSize: config.projectionBatchSize,
    leaseDatabaseUrl: database.url,
  });
  for (const projection of allProjections()) {
    const total = await store.countEvents(projection.streamPrefix);
    const bar = new SingleBar(
      { format: `${projection.name}@v${projection.version} [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left` },
      Presets.shades_classic,
    );
    bar.start(total, 0);
    const started = performance.now();
    const applied = await runner.rebuild(projection, (n) => bar.update(n));
    bar.update(applied);
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${projection.name}: ${applied} events replayed in ${seconds.toFixed(1)} s (${Math.round(applied / Math.max(seconds, 0.001))} events/s)\n`,
    );
  }
  await app.close();
  await database.stop();
}

main().catch((error) => {
  process.stderr.write(`rebuild failed: ${(error as Error).message}\n`);
  process.exit(1);
});
