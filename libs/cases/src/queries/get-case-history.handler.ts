import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { caseStreamId, DomainError } from '@lemon/domain';
import { EVENT_STORE, type EventStore } from '@lemon/event-store';
import { GetCaseHistoryQuery, type CaseHistory } from './get-case-history.query';

@QueryHandler(GetCaseHistoryQuery)
export class GetCaseHistoryHandler implements IQueryHandler<GetCaseHistoryQuery, CaseHistory> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ caseId }: GetCaseHistoryQuery): Promise<CaseHistory> {
    const { events, version } = await this.store.readStream(caseStreamId(caseId));
    if (version === 0) throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    return {
      caseId,
      version,
      events: events.map((e) => ({
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
      })),
    };
  }
}
