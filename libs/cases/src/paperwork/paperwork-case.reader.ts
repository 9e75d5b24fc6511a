import { Inject, Injectable } from '@nestjs/common';
import { AccessDenied, assertCaseAccess, type CaseAction, type Principal } from '@lemon/access';
import { caseStreamId, DomainError, foldCase, type CaseEvent, type CaseEventEnvelope, type ExistingCaseState } from '@lemon/domain';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, todayIn, type AppConfig, type Clock } from '@lemon/platform';

export interface PaperworkCaseRead {
  envelopes: CaseEventEnvelope[];
  state: ExistingCaseState;
  version: number;
  /** Who recorded each event of the prefix (event id -> user id), from the events' metadata. */
  recordedBy: ReadonlyMap<string, string | undefined>;
}

/**
 * One case read from its own stream (never from a projection) and folded by the domain, with
 * access decided from the same events. `firmOnly`: the firm's work product (restitution,
 * letters) stays with the owner firm; an organisation the case is shared with gets 403.
 */
@Injectable()
export class PaperworkCaseReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return todayIn(this.clock, this.config.legalTimeZone);
  }

  async read(
    principal: Principal,
    caseId: string,
    action: CaseAction,
    options: { firmOnly?: boolean; upToVersion?: number } = {},
  ): Promise<PaperworkCaseRead> {
    const { events } = await this.store.readStream(caseStreamId(caseId));
    const upTo = options.upToVersion ?? Number.POSITIVE_INFINITY;
    const envelopes: CaseEventEnvelope[] = events
      .filter((e) => e.streamVersion <= upTo)
      .map((e) => ({
        event: { type: e.type, data: e.data } as CaseEvent,
        eventId: e.id,
        version: e.streamVersion,
        recordedAt: e.recordedAt.toISOString(),
      }));
    // Access is decided on the whole stream (a share revoked later still counts), content on the prefix.
    const current = foldCase(events.map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
    if (current.status === 'none') throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    assertCaseAccess(principal, caseId, { ownerOrganisationId: current.ownerOrganisationId, sharedWith: current.sharedWith }, action);
    if (options.firmOnly && current.ownerOrganisationId !== principal.organisationId) {
      throw new AccessDenied('only the firm that owns the case may read its restitution figures and letters');
    }
    const state = foldCase(envelopes.map((e) => e.event));
    if (state.status === 'none') throw new DomainError('case_not_found', `case ${caseId} had no events at version ${upTo}`);
    const recordedBy = new Map(events.filter((e) => e.streamVersion <= upTo).map((e) => [e.id, e.metadata.actor?.userId]));
    return { envelopes, state, version: envelopes.length === 0 ? 0 : envelopes[envelopes.length - 1].version, recordedBy };
  }
}
