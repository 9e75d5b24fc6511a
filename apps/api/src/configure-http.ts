import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '@lemon/platform';
import { correlationIdOf } from './http/request-context';
import { StorableInputPipe } from './http/storable-input.pipe';
import { apiValidationPipe } from './http/validation';

/** Everything an HTTP app needs beyond its modules; shared by main.ts and the e2e tests. */
export function configureHttp(app: INestApplication, config: Pick<AppConfig, 'corsOrigins' | 'trustProxy'>): void {
  const express = app as NestExpressApplication;
  // Security headers. CSP is off: the only HTML served is the Swagger UI at /docs, which needs inline scripts.
  app.use(helmet({ contentSecurityPolicy: false }));
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: ['ETag', 'Location', 'Retry-After', 'Idempotent-Replayed', 'X-Correlation-Id'],
  });
  // Off unless TRUST_PROXY names the proxies in front: otherwise anyone could claim https or another address.
  express.set('trust proxy', config.trustProxy);
  // Every answer (lists, errors, 401s included) names the correlation id its request ran under: the
  // caller's X-Correlation-Id when it is 1 to 200 printable characters, otherwise a new one (issue 10 §6).
  app.use((request: Request, response: Response, next: NextFunction) => {
    response.setHeader('X-Correlation-Id', correlationIdOf(request));
    next();
  });
  express.useBodyParser('json', { limit: '256kb', type: ['application/json', 'application/*+json'] });
  // CSV imports arrive as raw bytes: the importer checks the encoding itself (up to 10,000 rows).
  express.useBodyParser('raw', { type: ['text/csv', 'application/csv', 'text/plain'], limit: '8mb' });
  // The web app's session and CSRF cookies.
  app.use(cookieParser());
  express.disable('x-powered-by');
  // Text the database cannot store and over-deep JSON are refused before any DTO sees them.
  app.useGlobalPipes(new StorableInputPipe(), apiValidationPipe());
  serveWebApp(express);
  const document = openApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/** The API's OpenAPI document: served at /docs-json and exported for the web app's typed client. */
export function openApiDocument(app: INestApplication) {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Lemon Ledger')
      .setDescription('Event-sourced lemon-law case tracker: repair history, presumptions and deadlines for 50 states + DC')
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key: ll_…' })
      .addCookieAuth('ll_session', {
        type: 'apiKey',
        in: 'cookie',
        description: 'web app session (POST /auth/login); writes need X-CSRF-Token',
      })
      .build(),
  );
}

/** The build's compressed copies (vite.config.mts precompressAssets), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
];
const ASSET_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * A built script or stylesheet as its brotli or gzip copy when the browser accepts one (every current browser does):
 * about a quarter of the bytes, compressed once at build time rather than on every request. Anything else, or a
 * browser that accepts neither, falls through to the plain file.
 */
function sendPrecompressed(assets: string) {
  return (request: Request, response: Response, next: NextFunction) => {
    const type = ASSET_TYPES[extname(request.path)];
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !type || request.path.includes('..')) return next();
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const file = resolve(assets, `.${request.path}`);
    if (!file.startsWith(assets + sep)) return next();
    const copy = PRECOMPRESSED.find((c) => new RegExp(`\\b${c.encoding}\\b`).test(accepted) && existsSync(file + c.extension));
    response.vary('Accept-Encoding');
    if (!copy) return next();
    response.setHeader('Content-Encoding', copy.encoding);
    response.setHeader('Content-Type', type);
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.sendFile(file + copy.extension, (error) => error && next(error));
  };
}

/**
 * The web app (built by `npm run build:web` into dist/web) at /app/: its files, and index.html for
 * every other /app/ path (client-side routes). `GET /` goes there. API paths are unchanged.
 */
function serveWebApp(express: NestExpressApplication): void {
  const directory = resolve(process.env.WEB_DIST_DIR ?? 'dist/web');
  const index = resolve(directory, 'index.html');
  express.use('/app/assets', sendPrecompressed(resolve(directory, 'assets')));
  express.useStaticAssets(directory, {
    prefix: '/app/',
    index: false,
    maxAge: '1h',
    // Vite names every built file in assets/ by its content hash: a new build is a new name, so browsers may keep these for good.
    setHeaders: (response: Response, path: string) => {
      if (/[\\/]assets[\\/]/.test(path)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  express.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path === '/') return response.redirect(302, '/app/');
    if (request.path !== '/app' && !request.path.startsWith('/app/')) return next();
    if (!existsSync(index)) {
      response.status(404).type('text/plain').send('The web app is not built: run `npm run build:web` (npm start does it).');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
