import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PersistenceModule } from '@lemon/persistence';
import { loadConfig, systemClock } from '@lemon/platform';
import { ApiModule } from './api.module';
import { openApiDocument } from './configure-http';

/**
 * Writes the API's OpenAPI document to the path given (the web app's typed client is generated
 * from it). Nest's preview mode reads the routes without starting providers: no database needed.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  @Module({ imports: [PersistenceModule.forRoot({ config, databaseUrl: 'postgres://unused/unused', clock: systemClock }), ApiModule] })
  class DocumentModule {}
  const app = await NestFactory.create(DocumentModule, { preview: true, logger: false, abortOnError: false });
  const target = process.argv[2];
  if (!target) throw new Error('usage: openapi.main.js <output.json>');
  writeFileSync(target, `${JSON.stringify(openApiDocument(app), null, 2)}\n`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
