import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { IdentityService, type Principal } from '@lemon/access';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { manufacturerById } from '@lemon/manufacturers';
import {
  GetCaseHistoryQuery,
  GetCasePresumptionQuery,
  GetSerializedCaseSummaryQuery,
  ListCasesQuery,
  type CaseListReadBy,
  type CaseListSortKey,
} from '@lemon/cases';
import { AuditedCaseRead } from '../auth/audit-case-read.interceptor';
import { CurrentPrincipal, Requires } from '../auth/auth.decorators';
import { CaseResponseHeaders, CreatedAt } from '../http/case-response-headers.interceptor';
import { CommandOriginParam, type CommandRequestOrigin } from '../http/command-origin.decorator';
import { ListReadBy } from '../http/read-origin.decorator';
import { caseIdParam } from '../http/request-context';
import { CaseCommandSender } from './case-command.sender';
import { OpenCaseRequest } from './dto';
import { ListCasesRequest } from './list-cases.request';
import { CaseCutRequest } from './case-cut.request';
import { PresumptionRequest } from './presumption.request';
import { CaseHistoryRequest } from './case-history.request';

@ApiTags('cases')
@CaseResponseHeaders()
@Controller('cases')
export class CasesHttpController {
  constructor(
    private readonly sender: CaseCommandSender,
    private readonly queryBus: QueryBus,
    private readonly identity: IdentityService,
  ) {}

  @Post()
  @HttpCode(201)
  @Requires({ kinds: ['law_firm'], roles: ['admin', 'attorney', 'staff'] })
  @ApiOperation({ summary: 'Open a case: client, vehicle (VIN checked), jurisdiction, delivery, warranty; the caller’s firm owns it' })
  @ApiCreatedResponse({ description: '{ caseId, version, position }, with Location and ETag' })
  @CreatedAt((result) => `/cases/${String(result.caseId)}`)
  open(@Body() body: OpenCaseRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const caseId = this.sender.newId();
    const entry = body.manufacturerId === undefined ? undefined : manufacturerById(body.manufacturerId);
    return this.sender.send(
      caseId,
      {
        type: 'OpenCase',
        data: {
          caseId,
          client: body.client,
          vehicle: body.vehicle,
          jurisdiction: body.jurisdiction,
          acquisition: body.acquisition,
          warranty: body.warranty,
          manufacturer: {
            name: body.manufacturer?.name ?? entry?.name ?? body.vehicle.make,
            noticeRequirementDisclosed: body.manufacturer?.noticeRequirementDisclosed ?? entry?.noticeRequirementDisclosed.value ?? true,
            ...(entry ? { directoryId: entry.id } : {}),
          },
          ownerOrganisationId: origin.principal.organisationId,
        },
      },
      origin,
    );
  }

  @Get()
  @ApiOperation({
    summary:
      'List cases (paginated), filtered by jurisdiction, status, presumption, manufacturer, next deadline within N days or free text; each row with its next deadline (who must act), days out of service and last activity; each shared case listed is a read in its access log',
  })
  list(@Query() query: ListCasesRequest, @CurrentPrincipal() principal: Principal, @ListReadBy() readBy: CaseListReadBy) {
    return this.queryBus.execute(
      new ListCasesQuery(
        {
          visibleTo: principal.organisationId,
          jurisdiction: query.jurisdiction,
          status: query.status,
          q: query.q,
          presumption: query.presumption,
          manufacturer: query.manufacturer,
          dueWithinDays: query.dueWithinDays,
          sort: query.sort ? { key: query.sort.replace(/^-/, '') as CaseListSortKey, descending: query.sort.startsWith('-') } : undefined,
          page: query.page ?? 1,
          pageSize: query.pageSize ?? 25,
          minPosition: query.minPosition,
        },
        readBy,
      ),
    );
  }

  @Get(':caseId')
  @AuditedCaseRead()
  @ApiOperation({
    summary:
      'Case summary: repair history per nonconformity, days out of service, odometer, dispute state, presumption and deadlines; ?asOf=<instant> for the file as it stood then, ?version=<N> for the file right after its event N',
  })
  get(@Param('caseId') rawCaseId: string, @Query() query: CaseCutRequest, @CurrentPrincipal() principal: Principal) {
    // Sent as serialized (SerializedJsonInterceptor): an unchanged case is not serialized again.
    return this.queryBus.execute(
      new GetSerializedCaseSummaryQuery(principal, caseIdParam(rawCaseId), { asOf: query.asOf, version: query.version }),
    );
  }

  @Get(':caseId/presumption')
  @AuditedCaseRead()
  @ApiOperation({
    summary: 'Is the statutory presumption met, under which prong, and if not what is missing; at any date (asOf, default today)',
  })
  presumption(@Param('caseId') rawCaseId: string, @Query() query: PresumptionRequest, @CurrentPrincipal() principal: Principal) {
    return this.queryBus.execute(new GetCasePresumptionQuery(principal, caseIdParam(rawCaseId), query.asOf));
  }

  @Get(':caseId/history')
  @AuditedCaseRead()
  @ApiOperation({
    summary:
      'Every event of the case, a page at a time (?page=&pageSize=, oldest first): type, version, position, occurredOn, recordedAt, actor, correlation id; corrections beside what they replace; ?asOf=<instant> or ?version=<N>',
  })
  async history(@Param('caseId') rawCaseId: string, @Query() query: CaseHistoryRequest, @CurrentPrincipal() principal: Principal) {
    const history = await this.queryBus.execute(
      new GetCaseHistoryQuery(principal, caseIdParam(rawCaseId), { asOf: query.asOf, version: query.version }, query.page, query.pageSize),
    );
    // People read names: each actor's name and organisation name beside their ids.
    const events = (history as { events?: Array<{ actor?: { userId?: string; organisationId?: string } }> }).events ?? [];
    const names = await this.identity.namesOf(
      events.flatMap((e) => (e.actor?.userId ? [e.actor.userId] : [])),
      events.flatMap((e) => (e.actor?.organisationId ? [e.actor.organisationId] : [])),
    );
    for (const event of events)
      if (event.actor)
        Object.assign(event.actor, {
          name: (event.actor.userId && names.users.get(event.actor.userId)) ?? null,
          organisationName: (event.actor.organisationId && names.organisations.get(event.actor.organisationId)) ?? null,
        });
    return history;
  }
}
