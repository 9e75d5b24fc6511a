import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdentityService, type Principal } from '@lemon/access';
import { GetCaseAccessLogQuery, GetCaseSharingQuery } from '@lemon/cases';
import { CommandOriginParam, type CommandRequestOrigin } from '../http/command-origin.decorator';
import { CaseResponseHeaders } from '../http/case-response-headers.interceptor';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { caseIdParam } from '../http/request-context';
import { ShareCaseRequest } from '../organisations/organisations.requests';
import { CaseCommandSender } from './case-command.sender';

/** Who may read a case file besides its firm, and who did read it. */
@ApiTags('case access')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CaseAccessHttpController {
  constructor(
    private readonly sender: CaseCommandSender,
    private readonly queryBus: QueryBus,
    private readonly identity: IdentityService,
  ) {}

  @Post('shares')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Share the case read-only with a manufacturer (e.g. its customer relations), or with another law firm as co-counsel ({organisationId, as: "co_counsel"})',
  })
  async share(@Param('caseId') caseId: string, @Body() body: ShareCaseRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const organisation = /^[0-9a-f-]{36}$/i.test(body.organisationId) ? await this.identity.organisation(body.organisationId) : undefined;
    // Whether the target exists and may receive the case is judged after the caller's access to
    // the case, with one answer for both: the route reveals no organisation's existence.
    const data = { organisationId: organisation?.id ?? body.organisationId, as: body.as ?? 'manufacturer', targetKind: organisation?.kind };
    return this.sender.send(caseId, { type: 'ShareCase', data }, origin, { organisationId: data.organisationId });
  }

  @Delete('shares/:organisationId')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a share: the organisation no longer sees the case' })
  revoke(
    @Param('caseId') caseId: string,
    @Param('organisationId') organisationId: string,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'RevokeCaseShare', data: { organisationId } }, origin, { organisationId });
  }

  @Get('shares')
  @ApiOperation({ summary: 'The owning firm and the organisations the case is shared with (the firm’s people)' })
  async shares(@Param('caseId') caseId: string, @CurrentPrincipal() principal: Principal) {
    const sharing = (await this.queryBus.execute(new GetCaseSharingQuery(principal, caseIdParam(caseId)))) as {
      ownerOrganisationId?: string;
      sharedWith?: string[];
    };
    // People read names: the organisations' names beside their ids.
    const ids = [...(sharing.ownerOrganisationId ? [sharing.ownerOrganisationId] : []), ...(sharing.sharedWith ?? [])];
    const { organisations } = await this.identity.namesOf([], ids);
    return {
      ...sharing,
      ownerOrganisationName: sharing.ownerOrganisationId ? (organisations.get(sharing.ownerOrganisationId) ?? null) : undefined,
      sharedWithOrganisations: (sharing.sharedWith ?? []).map((id) => ({ id, name: organisations.get(id) ?? null })),
    };
  }

  @Get('access-log')
  @ApiOperation({
    summary: 'Every read of this case file: who, which organisation and role, which route, when (admins, attorneys, auditors of the firm)',
  })
  async accessLog(@Param('caseId') caseId: string, @CurrentPrincipal() principal: Principal) {
    const log = (await this.queryBus.execute(new GetCaseAccessLogQuery(principal, caseIdParam(caseId)))) as {
      reads?: Array<{ userId: string; organisationId: string }>;
    };
    // People read names: who read the file and for which organisation, beside the ids.
    const reads = log.reads ?? [];
    const names = await this.identity.namesOf(
      reads.map((r) => r.userId),
      reads.map((r) => r.organisationId),
    );
    return {
      ...log,
      reads: reads.map((r) => ({
        ...r,
        userName: names.users.get(r.userId) ?? null,
        organisationName: names.organisations.get(r.organisationId) ?? null,
      })),
    };
  }
}
