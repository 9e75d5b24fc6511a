import { Query } from '@nestjs/cqrs';

export interface CaseHistoryEntry {
  eventId: string;
  type: string;
  version: number;
  position: string;
  occurredOn?: string;
  recordedAt: string;
  actor?: unknown;
  correlationId?: string;
  causationId?: string;
  schemaVersion: number;
  data: unknown;
}

export interface CaseHistory {
  caseId: string;
  version: number;
  events: CaseHistoryEntry[];
}

/** Every event of a case, straight from the event store (the record itself, not a projection). */
export class GetCaseHistoryQuery extends Query<CaseHistory> {
  constructor(readonly caseId: string) {
    super();
  }
}
