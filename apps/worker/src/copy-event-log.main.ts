import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import { copyEventLog, KurrentDbEventStore, PostgresEventStore, type Checkpoint, type EventStore } from '@lemon/event-store';
import { redactUrl } from '@lemon/platform';

const USAGE = `Copy an event log between stores, preserving event ids, per-stream order, metadata and recordedAt.

  node dist/apps/worker/src/copy-event-log.main.js --from <url> --to <url>
      [--resume-after <checkpoint>] [--batch-size 500] [--stream-prefix case-]

  <url>  postgres://… (the event-store tables are created when missing) or kurrentdb://… (also kurrent://, kdb://, +discover)
  --resume-after  a SOURCE checkpoint printed by an earlier run; a rerun without it is harmless (skips what is there)
Stop with Ctrl-C: the copy finishes the current append and prints the checkpoint to resume from.`;

interface OpenedStore {
  store: EventStore;
  close(): Promise<void>;
}

const POSTGRES = /^postgres(ql)?:\/\//i;
const KURRENTDB = /^(kurrentdb|kurrent|kdb|esdb)(\+discover)?:\/\//i;

/** Safe to print: no password. Cluster URLs (host1:2113,host2:2113) are not WHATWG URLs, so mask by hand there. */
const printable = (url: string): string => {
  try {
    return redactUrl(url);
  } catch {
    return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  }
};

async function openStore(url: string): Promise<OpenedStore> {
  if (POSTGRES.test(url)) {
    const pool = new Pool({ connectionString: url, max: 4 });
    pool.on('error', () => undefined); // an idle client's error surfaces on the next query
    await PostgresEventStore.migrate(pool);
    const store = new PostgresEventStore(pool);
    return { store, close: async () => void (await store.close(), await pool.end()) };
  }
  if (KURRENTDB.test(url)) {
    const store = KurrentDbEventStore.connect(url);
    return { store, close: () => store.close() };
  }
  throw new Error(`unsupported store URL ${printable(url)}: use postgres://… or kurrentdb://…`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      'resume-after': { type: 'string' },
      'batch-size': { type: 'string', default: '500' },
      'stream-prefix': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.from || !values.to) throw new Error(`--from and --to are required\n\n${USAGE}`);
  if (values.from === values.to) throw new Error('--from and --to are the same store');
  const batchSize = Number(values['batch-size']);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1)
    throw new Error(`--batch-size must be a positive integer, got ${values['batch-size']}`);
  const streamPrefix = values['stream-prefix'];
  const resumeAfter = values['resume-after'];

  process.stdout.write(
    `copying ${printable(values.from)} -> ${printable(values.to)}${streamPrefix ? ` (streams ${streamPrefix}*)` : ''}${resumeAfter ? `, after ${resumeAfter}` : ''}\n`,
  );
  const from = await openStore(values.from);
  let to: OpenedStore | undefined;
  const controller = new AbortController();
  let lastCheckpoint: Checkpoint | undefined = resumeAfter;
  const printResume = (why: string) =>
    process.stdout.write(
      lastCheckpoint
        ? `${why}; last checkpoint copied: ${lastCheckpoint}\nresume with: --resume-after ${lastCheckpoint}\n`
        : `${why}; nothing copied yet, start again without --resume-after\n`,
    );
  const onSigint = () => {
    if (controller.signal.aborted) {
      // Second Ctrl-C: leave now. The checkpoint printed is still safe: an append in flight either landed
      // (a rerun skips it by id) or did not (a rerun copies it).
      bar.stop();
      printResume('interrupted');
      process.exit(130);
    }
    process.stderr.write('\nstopping after the current append (Ctrl-C again to quit at once)…\n');
    controller.abort();
  };
  const bar = new SingleBar(
    { format: 'copy [{bar}] {percentage}% | {value}/{total} events | copied {copied}, already there {skipped} | {eta_formatted} left' },
    Presets.shades_classic,
  );
  process.on('SIGINT', onSigint);
  try {
    to = await openStore(values.to);
    const total = await from.store.countEvents(streamPrefix);
    // On a resume, the events before the checkpoint are already done: the target's count is a fair start for the bar.
    const initial = resumeAfter ? Math.min(total, await to.store.countEvents(streamPrefix)) : 0;
    bar.start(total, initial, { copied: 0, skipped: 0 });
    const started = performance.now();
    const result = await copyEventLog({
      from: from.store,
      to: to.store,
      streamPrefix,
      batchSize,
      resumeAfter,
      signal: controller.signal,
      onProgress: (p) => {
        lastCheckpoint = p.checkpoint;
        bar.update(Math.min(total, initial + p.processed), { copied: p.copied, skipped: p.skipped });
      },
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${result.copied} events copied, ${result.skipped} already there, in ${seconds.toFixed(1)} s (${Math.round(result.processed / Math.max(seconds, 0.001))} events/s)\n`,
    );
    if (!result.completed) {
      printResume('interrupted');
      return 130;
    }
    process.stdout.write(
      result.checkpoint
        ? `done; last checkpoint copied: ${result.checkpoint}\n(after a final stop of the writers, rerun with --resume-after ${result.checkpoint} to copy what came since)\n`
        : 'done; the source log is empty\n',
    );
    return 0;
  } catch (error) {
    bar.stop();
    printResume(`failed: ${(error as Error).message}`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    await Promise.all([from.close(), to?.close()]);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`copy-event-log: ${error.message}\n`);
    process.exitCode = 1;
  },
);
