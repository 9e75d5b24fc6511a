import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  CASE_EVENT_SCHEMA_VERSION,
  caseDecider,
  caseEventEnvelopeOf,
  caseStreamId,
  foldEvents,
  occurredOnOf,
  type CaseCommand,
  type CaseState,
} from '@lemon/domain';
import { AccessDenied, assertCaseAccess, mayOpenCases } from '@lemon/access';
import { ConcurrencyError, EVENT_STORE, type EventStore, type NewEvent } from '@lemon/event-store';
import { APP_CONFIG, CLOCK, todayIn, type AppConfig, type Clock } from '@lemon/platform';
import { ExecuteCaseCommand, type CaseCommandResult, type CommandOrigin } from './execute-case-command';

/** Enough for dozens of simultaneous writers on one case; each retry re-reads and re-decides. */
const MAX_ATTEMPTS = 25;

@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler implements ICommandHandler<ExecuteCaseCommand, CaseCommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ caseId, command, origin, expectedVersion }: ExecuteCaseCommand): Promise<CaseCommandResult> {
    const streamId = caseStreamId(caseId);
    for (let attempt = 1; ; attempt++) {
      const { events: recorded, version } = await this.store.readStream(streamId);
      if (expectedVersion !== undefined && expectedVersion !== version) {
        throw new ConcurrencyError(streamId, expectedVersion, version);
      }
      const state = foldEvents(caseDecider, recorded.map(caseEventEnvelopeOf));
      this.authorize(command, state, caseId, origin);
      const decided = caseDecider.decide(command, state, { today: todayIn(this.clock, this.config.legalTimeZone) });
      const recordedAt = new Date(this.clock.now().epochMilliseconds);
      const toAppend: NewEvent[] = decided.map((event) => ({
        id: randomUUID(),
        type: event.type,
        schemaVersion: CASE_EVENT_SCHEMA_VERSION,
        data: event.data,
        metadata: {
          correlationId: origin.correlationId,
          causationId: origin.causationId ?? origin.correlationId,
          actor: { userId: origin.principal.userId, organisationId: origin.principal.organisationId, role: origin.principal.role },
          occurredOn: occurredOnOf(event),
          commandType: command.type,
        },
      }));
      try {
        const result = await this.store.appendToStream(streamId, toAppend, { expected: version === 0 ? 'no_stream' : version, recordedAt });
        return { caseId, version: result.nextVersion, position: result.position, eventIds: toAppend.map((e) => e.id) };
      } catch (error) {
        // Someone appended between our read and our write: decide again on the new history,
        // unless the caller pinned the version it saw (If-Match), in which case it must re-read.
        if (error instanceof ConcurrencyError && expectedVersion === undefined && attempt < MAX_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 3 * attempt)); // jitter: spread the retries
          continue;
        }
        throw error;
      }
    }
  }

  /** Object-level authorisation against the case's own events: owner, shares, role. */
  private authorize(command: CaseCommand, state: CaseState, caseId: string, { principal }: CommandOrigin): void {
    if (command.type === 'OpenCase') {
      if (!mayOpenCases(principal)) throw new AccessDenied('only admins, attorneys and staff of a law firm open cases');
      return;
    }
    if (state.status === 'none') return; // decide answers case_not_found
    const action = command.type === 'ShareCase' || command.type === 'RevokeCaseShare' ? 'share' : 'write';
    assertCaseAccess(principal, caseId, { ownerOrganisationId: state.ownerOrganisationId, sharedWith: state.sharedWith }, action);
  }
}
