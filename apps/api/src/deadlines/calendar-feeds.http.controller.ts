import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { CalendarFeedsService } from '@lemon/cases';
import type { Request } from 'express';
import { Requires } from '../auth/auth.decorators';
import { organisationOf } from '../http/request-context';
import { IsOmittable } from '../validation';

export class CreateCalendarFeedRequest {
  @ApiPropertyOptional({ example: 'Docket for Outlook' })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  label?: string;
}

class CalendarFeedCreated {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'shown once: keep it like a password' }) token: string;
  @ApiProperty({ example: '/deadlines.ics?token=cal_…' }) url: string;
}

@ApiTags('deadlines')
@Requires({ roles: ['admin', 'attorney'] })
@Controller('calendar-feeds')
export class CalendarFeedsHttpController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a calendar feed token for the organisation’s docket (shown once)' })
  async create(@Body() body: CreateCalendarFeedRequest, @Req() request: Request): Promise<CalendarFeedCreated> {
    const feed = await this.feeds.create(organisationOf(request), body.label);
    return { ...feed, url: `/deadlines.ics?token=${feed.token}` };
  }

  @Get()
  @ApiOperation({ summary: 'The organisation’s calendar feed tokens (never the tokens themselves)' })
  list(@Req() request: Request) {
    return this.feeds.list(organisationOf(request));
  }

  @Delete(':feedId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a calendar feed token: the feed URL stops working at once' })
  async revoke(@Param('feedId') feedId: string, @Req() request: Request): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(feedId) || !(await this.feeds.revoke(organisationOf(request), feedId))) {
      throw new NotFoundException({ message: `calendar feed ${feedId} not found`, code: 'not_found' });
    }
  }
}
