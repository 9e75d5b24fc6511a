import type { CaseEvent, CaseEventEnvelope, LegalDate } from '@lemon/domain';
import {
  addDays,
  evaluatePresumption,
  isJurisdictionCode,
  rulePackFor,
  type PresumptionEvaluation,
  type PresumptionStatus,
} from '@lemon/state-rules';
import type { StoredCaseEvent } from '../case-summary/case-summary.entity';
import { caseViewOf } from '../case-history/case-view';

export const toEnvelopes = (events: readonly StoredCaseEvent[]): CaseEventEnvelope[] =>
  events.map((e) => ({
    event: { type: e.type, data: e.data } as CaseEvent,
    eventId: e.eventId,
    version: e.version,
    recordedAt: e.recordedAt,
  }));

/** The presumption for a case's stored events on a legal date, judged by its jurisdiction's pack (once per case, version and day). */
export function evaluateCasePresumption(jurisdiction: string, events: readonly StoredCaseEvent[], asOf: LegalDate): PresumptionEvaluation {
  if (!isJurisdictionCode(jurisdiction)) throw new RangeError(`no rule pack for jurisdiction ${jurisdiction}`);
  const view = caseViewOf(events, asOf);
  if (view && view.caseFile.jurisdiction === jurisdiction) return view.presumption();
  return evaluatePresumption({ events: toEnvelopes(events), pack: rulePackFor(jurisdiction), asOf });
}

export interface StoredPresumption {
  status: PresumptionStatus;
  evaluatedOn: LegalDate;
  /** First date on which the stored status may no longer hold without any new event; null = holds until the next event. */
  staleOn: LegalDate | null;
}

/**
 * The status to store with a case for list filtering, evaluated on the legal date `today`, and
 * when time alone can change it: the day after the period closes, or tomorrow while a repair is
 * still open (its days keep adding up). The daily processor re-evaluates rows on that date.
 */
export function presumptionForStorage(jurisdiction: string, events: readonly StoredCaseEvent[], today: LegalDate): StoredPresumption {
  return storedPresumptionOf(evaluateCasePresumption(jurisdiction, events, today), today);
}

/** `presumptionForStorage` from an evaluation on `today` already made. */
export function storedPresumptionOf(evaluation: PresumptionEvaluation, today: LegalDate): StoredPresumption {
  const evaluatedOn = today;
  if (evaluation.status !== 'NOT_MET') return { status: evaluation.status, evaluatedOn, staleOn: null };
  const candidates: LegalDate[] = [];
  if (evaluation.period?.endsOn && !evaluation.period.closedAsOf) candidates.push(addDays(evaluation.period.endsOn, 1));
  const openRepair = evaluation.prongs.some((p) => p.qualifying.some((q) => q.kind === 'repair_attempt' && q.dateOut === undefined));
  if (openRepair) candidates.push(addDays(evaluatedOn, 1));
  candidates.sort();
  return { status: evaluation.status, evaluatedOn, staleOn: candidates[0] ?? addDays(evaluatedOn, 1) };
}
