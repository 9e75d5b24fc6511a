import { Controller, Get, Header, Inject, Param, Query, Req, UnauthorizedException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CalendarFeedsService, docketCalendar, GetCaseDeadlinesQuery, ListDeadlinesQuery, type CaseListReadBy } from '@lemon/cases';
import { IdentityService, type Principal } from '@lemon/access';
import { CLOCK, type Clock } from '@lemon/platform';
import { AuditedCaseRead } from '../auth/audit-case-read.interceptor';
import { CurrentPrincipal, Public } from '../auth/auth.decorators';
import type { Request } from 'express';
import { PresumptionRequest } from '../cases/presumption.request';
import { CaseResponseHeaders } from '../http/case-response-headers.interceptor';
import { ListReadBy, readByOf } from '../http/read-origin.decorator';
import { caseIdParam } from '../http/request-context';
import { ListDeadlinesRequest } from './list-deadlines.request';

const FEED_LIMIT = 5000;

/** The deadline docket: per case, across cases, and as an iCalendar feed. */
@ApiTags('deadlines')
@Controller()
export class DeadlinesHttpController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly feeds: CalendarFeedsService,
    private readonly identity: IdentityService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('cases/:caseId/deadlines')
  @AuditedCaseRead()
  @CaseResponseHeaders()
  @ApiOperation({
    summary: 'Every deadline the case runs, computed now (or asOf): due date, status, rule, citation, confidence, arithmetic, events',
  })
  caseDeadlines(@Param('caseId') rawCaseId: string, @Query() query: PresumptionRequest, @CurrentPrincipal() principal: Principal) {
    return this.queryBus.execute(new GetCaseDeadlinesQuery(principal, caseIdParam(rawCaseId), query.asOf));
  }

  @Get('deadlines')
  @ApiOperation({
    summary:
      'The docket across cases, sorted by due date; filter by dueBefore, dueAfter, status (today), jurisdiction, kind; each shared case on the page is a read in its access log',
  })
  docket(@Query() query: ListDeadlinesRequest, @CurrentPrincipal() principal: Principal, @ListReadBy() readBy: CaseListReadBy) {
    return this.queryBus.execute(
      new ListDeadlinesQuery(
        {
          visibleTo: principal.organisationId,
          dueBefore: query.dueBefore,
          dueAfter: query.dueAfter,
          status: query.status,
          jurisdiction: query.jurisdiction,
          kind: query.kind,
          page: query.page ?? 1,
          pageSize: query.pageSize ?? 100,
        },
        readBy,
      ),
    );
  }

  @Get('deadlines.ics')
  @Public() // calendar apps send no headers: the feed token in the URL authenticates
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  @ApiProduces('text/calendar')
  @ApiQuery({ name: 'token', description: 'a calendar feed token (POST /calendar-feeds)' })
  @ApiOperation({ summary: 'The organisation’s docket as an iCalendar feed, for a calendar app to subscribe to' })
  async calendar(@Query('token') token: unknown, @Req() request: Request): Promise<string> {
    const feed = typeof token === 'string' && token.length <= 200 ? await this.feeds.feedOf(token) : undefined;
    const organisation = feed && (await this.identity.organisation(feed.organisationId));
    if (!feed || !organisation)
      throw new UnauthorizedException({ message: 'a valid, unrevoked calendar feed token is required', code: 'invalid_feed_token' });
    // The feed reads as itself: its token id in place of a user, so the access log says which feed read which case.
    const readBy = readByOf(request, {
      organisationId: organisation.id,
      organisationKind: organisation.kind,
      userId: feed.id,
      role: 'calendar_feed',
    });
    const page = await this.queryBus.execute(new ListDeadlinesQuery({ visibleTo: organisation.id, page: 1, pageSize: FEED_LIMIT }, readBy));
    return docketCalendar(page.items, {
      name: 'Lemon Ledger deadlines',
      baseUrl: `${request.protocol}://${request.get('host')}`,
      now: new Date(this.clock.now().epochMilliseconds),
    });
  }
}
