import { computeDeadlines, type Deadline } from '@lemon/deadlines';
import { foldCaseFile, type CaseEventEnvelope, type ExistingCaseState } from '@lemon/domain';
import { evaluatePresumption, isJurisdictionCode, rulePackFor, type PresumptionEvaluation } from '@lemon/state-rules';
import type { StoredCaseEvent } from '../case-summary/case-summary.entity';
import { BoundedMemo } from './case-evaluations';

/**
 * One case as every cross-case consumer sees it on a legal day: its events folded ONCE by the
 * domain's case-file fold, its presumption judged ONCE, and its deadlines computed from that same
 * judgement (the deadlines library is handed the evaluation instead of judging again). The case
 * list, the docket and the alerts reactor handle the same cases moments apart (in a rebuild, the
 * same page of streams), so views are memoised by case, version and day.
 */
export class CaseView {
  private evaluation?: PresumptionEvaluation;
  private deadlineList?: Deadline[];

  constructor(
    readonly events: readonly StoredCaseEvent[],
    readonly envelopes: readonly CaseEventEnvelope[],
    readonly caseFile: ExistingCaseState,
    readonly today: string,
  ) {}

  /** The presumption on `today`, by the jurisdiction's pack (a RangeError for a jurisdiction without one). */
  presumption(): PresumptionEvaluation {
    if (!this.evaluation) {
      const { jurisdiction } = this.caseFile;
      if (!isJurisdictionCode(jurisdiction)) throw new RangeError(`no rule pack for jurisdiction ${jurisdiction}`);
      this.evaluation = evaluatePresumption({
        events: this.envelopes,
        caseFile: this.caseFile,
        pack: rulePackFor(jurisdiction),
        asOf: this.today,
      });
    }
    return this.evaluation;
  }

  /** The case's deadlines on `today` (a corrected or voided input recomputes every dependent deadline). */
  deadlines(): Deadline[] {
    if (!this.deadlineList) {
      const evaluation = isJurisdictionCode(this.caseFile.jurisdiction) ? this.presumption() : undefined;
      this.deadlineList = computeDeadlines({
        events: this.envelopes,
        caseFile: this.caseFile,
        asOf: this.today,
        ...(evaluation ? { evaluation } : {}),
      }).deadlines;
    }
    return this.deadlineList;
  }
}

export const envelopesOf = (events: readonly StoredCaseEvent[]): CaseEventEnvelope[] =>
  events.map((e) => ({
    event: { type: e.type, data: e.data } as CaseEventEnvelope['event'],
    eventId: e.eventId,
    version: e.version,
    recordedAt: e.recordedAt,
  }));

const views = new BoundedMemo<CaseView | null>(2_000);

/** The first event's id names the case; the last event's version and id pin the history; the day pins the judgement. */
const keyOf = (events: readonly StoredCaseEvent[], today: string): string | undefined => {
  const last = events[events.length - 1];
  return last ? `${events[0].eventId}@${last.version}:${last.eventId}@${today}` : undefined;
};

/** The view of a case's history on `today`; undefined for a stream that does not hold an opened case. */
export function caseViewOf(events: readonly StoredCaseEvent[], today: string): CaseView | undefined {
  const key = keyOf(events, today);
  const build = (): CaseView | null => {
    const envelopes = envelopesOf(events);
    const caseFile = foldCaseFile(envelopes);
    return caseFile.status === 'none' ? null : new CaseView(events, envelopes, caseFile, today);
  };
  return (key === undefined ? build() : views.getOrCompute(key, build)) ?? undefined;
}
