import { Query } from '@nestjs/cqrs';
import type { Principal } from '@lemon/access';

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
  /**
   * For a correction or a void: the record as it stood before (the original, or the previous
   * correction), so the history shows both side by side.
   */
  supersedes?: { eventId: string; version: number; type: string; recordedAt: string; data: unknown };
}

export interface CaseHistory {
  caseId: string;
  version: number;
  /** Set when the history is cut at an instant: events recorded up to then. */
  asOf?: string;
  events: CaseHistoryEntry[];
}

/** Every event of a case, straight from the event store (the record itself, not a projection). */
export class GetCaseHistoryQuery extends Query<CaseHistory> {
  constructor(
    readonly principal: Principal,
    readonly caseId: string,
    readonly asOf?: Date,
  ) {
    super();
  }
}
