'use strict';
/**
 * The HTTP reference: a tiny Nest 12 app on the same platform as the product (Express adapter,
 * JSON body parser with the same limit), one GET and one POST route returning a constant.
 * No database, no validation, no logging: what Nest + Express + Node cost on this machine.
 * PORT from the environment.
 */
require('reflect-metadata');
const { Controller, Get, Post, HttpCode, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');

/** ~16 kB of JSON, the size of GET /cases/{id}'s answer for a typical case: what the answer's size alone costs. */
const LARGE = {
  ok: true,
  version: 1,
  items: Array.from({ length: 120 }, (_, i) => ({ id: `item-${i}`, date: '2024-03-01', text: 'x'.repeat(60), n: i, flag: i % 2 === 0 })),
};

class BareController {
  get() {
    return { ok: true, version: 1 };
  }
  getLarge() {
    return LARGE;
  }
  post() {
    return { ok: true, version: 2 };
  }
}
const method = (decorators, name) =>
  Reflect.decorate(decorators, BareController.prototype, name, Object.getOwnPropertyDescriptor(BareController.prototype, name));
method([Get('bare')], 'get');
method([Get('bare/large')], 'getLarge');
method([Post('bare'), HttpCode(201)], 'post');
Reflect.decorate([Controller()], BareController);

class BareModule {}
Reflect.decorate([Module({ controllers: [BareController] })], BareModule);

async function main() {
  const app = await NestFactory.create(BareModule, { logger: ['error'] });
  app.useBodyParser('json', { limit: '256kb' });
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
