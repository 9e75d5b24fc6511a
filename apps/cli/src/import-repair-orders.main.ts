import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Presets, SingleBar } from 'cli-progress';
import { AccessModule, IdentityService } from '@lemon/access';
import { CasesModule, ImportRowsRefused, RepairOrderImportService, UnreadableImportFile } from '@lemon/cases';
import { prepareProcess } from '@lemon/persistence';

const USAGE =
  'usage: npm run import:repair-orders -- --case <caseId> <file.csv> [--dry-run] [--create-missing-defects]\n' +
  'The API key of the user recording the import is read from LEMON_API_KEY (as for the HTTP API).\n';

/**
 * `npm run import:repair-orders`: the HTTP import from a terminal, on the same database as the
 * API (DATABASE_URL or the embedded one), with a progress bar while rows are checked.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      case: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'create-missing-defects': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (values.help || !values.case || positionals.length !== 1) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  const apiKey = process.env.LEMON_API_KEY;
  if (!apiKey) {
    process.stderr.write(`LEMON_API_KEY is not set.\n${USAGE}`);
    return 2;
  }
  const file = readFileSync(positionals[0]);
  const { database, modules } = await prepareProcess({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  @Module({ imports: [...modules, AccessModule, CasesModule] })
  class ImportModule {}
  const app = await NestFactory.createApplicationContext(ImportModule, { logger: ['error', 'warn'] });
  try {
    const principal = await app.get(IdentityService).authenticate(apiKey);
    if (!principal) {
      process.stderr.write('LEMON_API_KEY is not a valid API key.\n');
      return 2;
    }
    const bar = new SingleBar({ format: 'checking rows [{bar}] {percentage}% | {value}/{total} rows' }, Presets.shades_classic);
    let started = false;
    const report = await app
      .get(RepairOrderImportService)
      .import(principal, { principal, correlationId: randomUUID() }, values.case.toLowerCase(), file, {
        dryRun: values['dry-run'] ?? false,
        createMissingDefects: values['create-missing-defects'] ?? false,
        onProgress: (done, total) => {
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      });
    if (started) bar.stop();
    const s = report.summary;
    process.stdout.write(
      `${report.dryRun ? 'dry run: would record' : 'recorded'} ${s.record} repair order(s) (${s.events} events, ${s.defectsCreated} new defect(s)); ` +
        `${s.unchanged} already imported; case version ${report.version}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ImportRowsRefused) {
      process.stderr.write(`${error.message}\n`);
      for (const p of error.problems) process.stderr.write(`  row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}\n`);
      return 1;
    }
    if (error instanceof UnreadableImportFile) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await app.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`import failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
