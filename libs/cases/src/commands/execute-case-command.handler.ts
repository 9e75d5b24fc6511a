import { createHash, randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  CASE_EVENT_SCHEMA_VERSION,
  caseDecider,
  caseStreamId,
  occurredOnOf,
  type CaseCommand,
  type CaseEvent,
  type CaseState,
} from '@lemon/domain';
import { AccessDenied, assertCaseAccess, idempotentEventIds, mayOpenCases } from '@lemon/access';
import {
  ConcurrencyError,
  EVENT_STORE,
  type AppendResult,
  type Decide,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@lemon/event-store';
import { APP_CONFIG, CLOCK, todayIn, type AppConfig, type Clock } from '@lemon/platform';
import { CaseFileCache } from '../case-file/case-file.cache';
import { CaseFileVersion } from '../case-file/case-file-version';
import { ExecuteCaseCommand, type CaseCommandResult, type CommandOrigin } from './execute-case-command';

/** A UUID-shaped id from a seed (version nibble 8: custom), so the same seed always names the same event. */
export const uuidFromSeed = (seed: string): string => {
  const h = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** The id of the record an event creates (repair attempt, nonconformity...), when it has one. */
const recordIdOf = (event: CaseEvent): string | undefined => {
  const data = event.data as Record<string, unknown>;
  const id = data.repairAttemptId ?? data.nonconformityId;
  return typeof id === 'string' ? id : undefined;
};

@CommandHandler(ExecuteCaseCommand)
export class ExecuteCaseCommandHandler implements ICommandHandler<ExecuteCaseCommand, CaseCommandResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly files: CaseFileCache,
  ) {}

  /**
   * Authorise, then If-Match, then decide: an outsider gets 404 whatever If-Match says. The store
   * serialises concurrent commands on one case (PostgreSQL: a per-stream lock, so without If-Match
   * a command never fails for contention; KurrentDB: optimistic retries).
   */
  async execute({ caseId, command, origin, expectedVersion, eventIdSeed }: ExecuteCaseCommand): Promise<CaseCommandResult> {
    const streamId = caseStreamId(caseId);
    let eventIds: string[] = [];
    // The newest version this process holds: the store reads only the events after it, and the
    // decider's state is that version's fold continued over them (not a fold of the whole stream).
    const known = this.files.latest(caseId);
    const decide: Decide = ({ events: recorded, version }) => {
      const state = this.stateAt(caseId, known, recorded);
      this.authorize(command, state, caseId, origin);
      const committed = this.committedByEarlierAttempt(recorded);
      if (committed) {
        eventIds = committed.eventIds;
        return { alreadyAppended: committed.result };
      }
      const today = todayIn(this.clock, this.config.legalTimeZone);
      // No case: the decider answers case_not_found (404) before any version talk.
      if (state.status === 'none' && command.type !== 'OpenCase') caseDecider.decide(command, state, { today });
      if (expectedVersion !== undefined && expectedVersion !== version) {
        throw new ConcurrencyError(streamId, expectedVersion, version);
      }
      const decided = caseDecider.decide(command, state, { today, implausibleMilesPerDay: this.config.implausibleMilesPerDay });
      if (decided.length === 0) {
        // Nothing new (a file imported again): the case stays at the version read.
        const position = recorded[recorded.length - 1]?.position ?? '';
        return { alreadyAppended: { nextVersion: version, position, duplicate: true } };
      }
      const recordedAt = new Date(this.clock.now().epochMilliseconds);
      const derivedIds = idempotentEventIds(decided.length);
      const toAppend: NewEvent[] = decided.map((event, i) => ({
        // Imports derive ids from the file hash and the record, so a retried batch is never doubled.
        id:
          eventIdSeed !== undefined
            ? uuidFromSeed(`${eventIdSeed}:${event.type}:${recordIdOf(event) ?? i}`)
            : (derivedIds?.[i] ?? randomUUID()),
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
      eventIds = toAppend.map((e) => e.id);
      return { append: toAppend, recordedAt };
    };
    const result = await this.store.decideAndAppend(streamId, decide, { known: known?.events });
    return { caseId, version: result.nextVersion, position: result.position, eventIds };
  }

  /** The case folded up to the events read (`known` and what followed it); that version is kept for the next reader or writer. */
  private stateAt(caseId: string, known: CaseFileVersion | undefined, recorded: RecordedEvent[]): CaseState {
    if (recorded.length === 0) return caseDecider.initialState();
    const file =
      known && recorded.length >= known.events.length && recorded[known.events.length - 1] === known.events[known.events.length - 1]
        ? known.extend(recorded.slice(known.events.length))
        : new CaseFileVersion(caseId, recorded);
    this.files.keep(file);
    return file.caseState();
  }

  /**
   * Under an Idempotency-Key the event ids are derived from the request: if the first of them is
   * in the stream, an earlier attempt of this very request committed (and its process died before
   * answering). Its result is answered again; nothing is decided or appended twice.
   */
  private committedByEarlierAttempt(recorded: RecordedEvent[]): { result: AppendResult; eventIds: string[] } | undefined {
    const [first] = idempotentEventIds(1) ?? [];
    if (first === undefined) return undefined;
    const start = recorded.findIndex((e) => e.id === first);
    if (start < 0) return undefined;
    const ids = new Set(idempotentEventIds(recorded.length - start));
    const ours = recorded.slice(start).filter((e) => ids.has(e.id));
    const last = ours[ours.length - 1];
    return { result: { nextVersion: last.streamVersion, position: last.position, duplicate: true }, eventIds: ours.map((e) => e.id) };
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
