import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  UnprocessableEntityException,
  NotFoundException,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { WebhookSubscriptionNotFound, WebhookSubscriptionsService, WebhookTargetRefused } from '@lemon/webhooks';
import type { Request } from 'express';
import { Requires } from '../auth/auth.decorators';
import { organisationOf } from '../http/request-context';
import { CreateWebhookSubscriptionRequest } from './create-webhook-subscription.request';

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
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

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

  @Post(':subscriptionId/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'New signing secret (shown once); the old one keeps signing alongside for 24 hours' })
  rotate(@Param('subscriptionId') id: string, @Req() request: Request) {
    return translated(() => this.subscriptions.rotateSecret(organisationOf(request), subscriptionId(id)));
  }

  @Post(':subscriptionId/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-enable an endpoint that was disabled after failing for the whole retry schedule' })
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
