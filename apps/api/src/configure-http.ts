import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { AppConfig } from '@lemon/platform';
import { StorableInputPipe } from './http/storable-input.pipe';
import { apiValidationPipe } from './http/validation';

/** Everything an HTTP app needs beyond its modules; shared by main.ts and the e2e tests. */
export function configureHttp(app: INestApplication, config: Pick<AppConfig, 'corsOrigins'>): void {
  const express = app as NestExpressApplication;
  // Security headers. CSP is off: the only HTML served is the Swagger UI at /docs, which needs inline scripts.
  app.use(helmet({ contentSecurityPolicy: false }));
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed'],
  });
  express.set('trust proxy', false);
  express.useBodyParser('json', { limit: '256kb', type: ['application/json', 'application/*+json'] });
  // CSV imports arrive as raw bytes: the importer checks the encoding itself (up to 10,000 rows).
  express.useBodyParser('raw', { type: ['text/csv', 'application/csv', 'text/plain'], limit: '8mb' });
  express.disable('x-powered-by');
  // Text the database cannot store and over-deep JSON are refused before any DTO sees them.
  app.useGlobalPipes(new StorableInputPipe(), apiValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Lemon Ledger')
      .setDescription('Event-sourced lemon-law case tracker: repair history, presumptions and deadlines for 50 states + DC')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key: ll_…' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
