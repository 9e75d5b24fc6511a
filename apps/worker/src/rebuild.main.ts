import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { SingleBar, Presets } from 'cli-progress';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { CLOCK, type Clock } from '@lemon/platform';
import { prepareProcess } from '@lemon/persistence';
import { ProjectionLockHeldError, ProjectionRunner } from '@lemon/projections';
import type { DataSource } from 'typeorm';
import { readModelProjections } from './worker.module';

const USAGE = `Rebuild the read models (case list, deadline docket) from the event log.

  npm run projections:rebuild [-- --wait]

Each read model takes the same lease a live worker holds while it follows the log. If a worker
holds it, the rebuild refuses (exit code 2) and says who holds it; with --wait it waits until the
worker lets go. A worker started during the rebuild stands by until the rebuild is done.`;

/**
 * `npm run projections:rebuild`: empty every read model and replay the whole log into it, with a
 * progress bar; refuses (or, with --wait, waits) while a live worker holds a projection.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { wait: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { config, database, modules } = await prepareProcess({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  @Module({ imports: modules })
  class RebuildModule {}
  const app = await NestFactory.createApplicationContext(RebuildModule, { logger: ['error', 'warn'] });
  try {
    const store = app.get<EventStore>(EVENT_STORE);
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const clock = app.get<Clock>(CLOCK);
    const projections = readModelProjections({ store, clock, config });
    const runner = new ProjectionRunner(store, dataSource, projections, {
      batchSize: config.projectionBatchSize,
      leaseDatabaseUrl: database.url,
    });
    // All read models at once: each case stream is read, folded and judged once for all of them.
    const names = projections.map((p) => `${p.name}@v${p.version}`).join(' + ');
    const total = await store.countEvents(projections[0].streamPrefix);
    const bar = new SingleBar(
      { format: `${names} [{bar}] {percentage}% | {value}/{total} events | {eta_formatted} left` },
      Presets.shades_classic,
    );
    const started = performance.now();
    let barStarted = false;
    const applied = await runner.rebuildAll(projections, {
      wait: values.wait,
      onWaiting: (holder) => process.stdout.write(`${names}: held by a live worker (${holder}); waiting for it to let go…\n`),
      onProgress: (n) => {
        if (!barStarted) bar.start(total, 0);
        barStarted = true;
        bar.update(Math.min(n, total));
      },
    });
    if (barStarted) bar.stop();
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${names}: ${applied} events replayed in ${seconds.toFixed(1)} s (${Math.round(applied / Math.max(seconds, 0.001))} events/s)\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ProjectionLockHeldError) {
      process.stderr.write(`rebuild refused: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await app.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`rebuild failed: ${error.message}\n`);
    process.exit(1);
  },
);
