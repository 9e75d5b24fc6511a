import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  UnprocessableEntityException,
  NotFoundException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentityService, type Principal } from '@lemon/access';
import { WebhookSubscriptionNotFound, WebhookSubscriptionsService, WebhookTargetRefused } from '@lemon/webhooks';
import type { Request } from 'express';
import { CurrentPrincipal, Requires } from '../auth/auth.decorators';
import { organisationOf } from '../http/request-context';
import { CreateWebhookSubscriptionRequest, UpdateWebhookSubscriptionRequest } from './create-webhook-subscription.request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Maps the service's refusals to HTTP: an unknown (or another organisation's) subscription is 404. */
const translated = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WebhookSubscriptionNotFound) throw new NotFoundException({ message: error.message, code: 'not_found' });
    if (error instanceof WebhookTargetRefused) {
      throw new UnprocessableEntityException({
        message: error.reason,
        code: 'webhook_target_refused',
        errors: [{ field: 'url', messages: [error.reason] }],
      });
    }
    throw error;
  }
};

const subscriptionId = (raw: string): string => {
  if (!UUID.test(raw)) throw new NotFoundException({ message: `webhook subscription ${raw} not found`, code: 'not_found' });
  return raw;
};

/** Webhook subscriptions: signed (Standard Webhooks) alerts on approaching and missed deadlines and presumption changes. */
@ApiTags('webhooks')
@Requires({ roles: ['admin', 'attorney'] })
@Controller('webhook-subscriptions')
export class WebhookSubscriptionsHttpController {
  constructor(
    private readonly subscriptions: WebhookSubscriptionsService,
    private readonly identity: IdentityService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Subscribe a URL to event types; the signing secret is in this response only' })
  create(@Body() body: CreateWebhookSubscriptionRequest, @Req() request: Request) {
    return translated(() => this.subscriptions.create(organisationOf(request), body));
  }

  @Get()
  @ApiOperation({ summary: 'The organisation’s subscriptions, with status (a disabled endpoint says why)' })
  list(@Req() request: Request) {
    return this.subscriptions.list(organisationOf(request));
  }

  @Get(':subscriptionId')
  @ApiOperation({ summary: 'One subscription' })
  get(@Param('subscriptionId') id: string, @Req() request: Request) {
    return translated(() => this.subscriptions.get(organisationOf(request), subscriptionId(id)));
  }

  @Delete(':subscriptionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a subscription; its pending messages are cancelled' })
  async remove(@Param('subscriptionId') id: string, @Req() request: Request): Promise<void> {
    await translated(() => this.subscriptions.delete(organisationOf(request), subscriptionId(id)));
  }

  @Patch(':subscriptionId')
  @ApiOperation({
    summary: 'Change the URL (checked as at creation), the event types or the description; what is omitted stays',
  })
  update(@Param('subscriptionId') id: string, @Body() body: UpdateWebhookSubscriptionRequest, @Req() request: Request) {
    if (body.url === undefined && body.eventTypes === undefined && body.description === undefined) {
      const messages = ['give at least one of url, eventTypes, description'];
      throw new BadRequestException({
        message: 'nothing to change',
        errors: ['url', 'eventTypes', 'description'].map((field) => ({ field, messages })),
      });
    }
    return translated(() => this.subscriptions.update(organisationOf(request), subscriptionId(id), body));
  }

  @Post(':subscriptionId/pause')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Pause an endpoint: nothing is sent; what is raised meanwhile is held and delivered on POST …/enable (or expires after 3 days held)',
  })
  async pause(@Param('subscriptionId') id: string, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    const who = (await this.identity.user(principal.userId))?.name ?? 'a user';
    return translated(() => this.subscriptions.pause(organisationOf(request), subscriptionId(id), who));
  }

  @Post(':subscriptionId/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'New signing secret (shown once); the old one keeps signing alongside for 24 hours' })
  rotate(@Param('subscriptionId') id: string, @Req() request: Request) {
    return translated(() => this.subscriptions.rotateSecret(organisationOf(request), subscriptionId(id)));
  }

  @Post(':subscriptionId/enable')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Resume a paused endpoint, or re-enable one disabled after failing for the whole retry schedule; held messages are sent',
  })
  enable(@Param('subscriptionId') id: string, @Req() request: Request) {
    return translated(() => this.subscriptions.enable(organisationOf(request), subscriptionId(id)));
  }

  @Get(':subscriptionId/deliveries')
  @ApiOperation({ summary: 'Messages and every delivery attempt: status codes, latency, errors, next retry' })
  deliveries(@Param('subscriptionId') id: string, @Query('limit') limit: string | undefined, @Req() request: Request) {
    const parsed = Math.min(Math.max(Number(limit) || 100, 1), 500);
    return translated(() => this.subscriptions.deliveries(organisationOf(request), subscriptionId(id), parsed));
  }

  @Post(':subscriptionId/deliveries/:messageId/redeliver')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a message again now, under the same webhook-id' })
  redeliver(@Param('subscriptionId') id: string, @Param('messageId') messageId: string, @Req() request: Request) {
    return translated(() => this.subscriptions.redeliver(organisationOf(request), subscriptionId(id), messageId));
  }

  @Post(':subscriptionId/test')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a signed webhook.test message now and report the endpoint’s answer' })
  test(@Param('subscriptionId') id: string, @Req() request: Request) {
    return translated(() => this.subscriptions.testSend(organisationOf(request), subscriptionId(id)));
  }
}
