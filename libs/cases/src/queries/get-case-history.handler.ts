import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCaseAccess } from '@lemon/access';
import { caseStreamId, DomainError, foldCase, type CaseEvent } from '@lemon/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@lemon/event-store';
import { GetCaseHistoryQuery, type CaseHistory, type CaseHistoryEntry } from './get-case-history.query';

/** Corrections and voids name the record they change by one of these ids. */
const RECORD_KEYS: Record<string, string> = {
  RepairAttemptRecorded: 'repairAttemptId',
  RepairAttemptCorrected: 'repairAttemptId',
  RepairAttemptVoided: 'repairAttemptId',
  OutOfServiceRecorded: 'intervalId',
  OutOfServiceCorrected: 'intervalId',
  OutOfServiceVoided: 'intervalId',
};
const CHANGES = new Set(['RepairAttemptCorrected', 'RepairAttemptVoided', 'OutOfServiceCorrected', 'OutOfServiceVoided']);

const recordKey = (e: RecordedEvent): string | undefined => {
  const key = RECORD_KEYS[e.type];
  return key && `${key}:${(e.data as Record<string, string>)[key]}`;
};

@QueryHandler(GetCaseHistoryQuery)
export class GetCaseHistoryHandler implements IQueryHandler<GetCaseHistoryQuery, CaseHistory> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ principal, caseId, asOf }: GetCaseHistoryQuery): Promise<CaseHistory> {
    const stream = await this.store.readStream(caseStreamId(caseId));
    const state = foldCase(stream.events.map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
    if (stream.version === 0 || state.status === 'none') throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    assertCaseAccess(principal, caseId, { ownerOrganisationId: state.ownerOrganisationId, sharedWith: state.sharedWith }, 'read');
    const events = asOf ? stream.events.filter((e) => e.recordedAt.getTime() <= asOf.getTime()) : stream.events;
    if (events.length === 0) throw new DomainError('case_not_found', `case ${caseId} had not been opened at ${asOf!.toISOString()}`);

    const current = new Map<string, RecordedEvent>(); // the record's effective version so far
    const entries: CaseHistoryEntry[] = events.map((e) => {
      const key = recordKey(e);
      const previous = key ? current.get(key) : undefined;
      if (key) current.set(key, e);
      return {
        eventId: e.id,
        type: e.type,
        version: e.streamVersion,
        position: e.position,
        occurredOn: e.metadata.occurredOn,
        recordedAt: e.recordedAt.toISOString(),
        actor: e.metadata.actor,
        correlationId: e.metadata.correlationId,
        causationId: e.metadata.causationId,
        schemaVersion: e.schemaVersion,
        data: e.data,
        ...(CHANGES.has(e.type) && previous
          ? {
              supersedes: {
                eventId: previous.id,
                version: previous.streamVersion,
                type: previous.type,
                recordedAt: previous.recordedAt.toISOString(),
                data: previous.data,
              },
            }
          : {}),
      };
    });
    return { caseId, version: events[events.length - 1].streamVersion, ...(asOf ? { asOf: asOf.toISOString() } : {}), events: entries };
  }
}
