import type { LegalDate } from '@lemon/domain';
import {
  addDays,
  computeWarrantyExpiry,
  daysBetween,
  evaluatePresumption,
  type OdometerPoint,
  type PresumptionEvaluation,
  type RulePack,
  type RulePackVersion,
  type WarrantyExpiry,
} from '@lemon/state-rules';
import { odometerReadings, type CaseTimeline } from './case.timeline';
import type { DeadlineScope } from './deadline.build';

/** Everything the deadline rules read, computed once per `computeDeadlines` call. */
export interface DeadlineContext {
  t: CaseTimeline;
  pack: RulePack;
  version: RulePackVersion;
  scope: DeadlineScope;
  evaluation: PresumptionEvaluation;
  warranty: WarrantyExpiry;
  odometer: { readings: OdometerPoint[]; eventIds: string[] };
  /** The first day the presumption was met and the event that tipped it; null when not met on asOf (computed on demand). */
  presumptionMet(): { on: LegalDate; eventId: string } | null;
}

export function buildContext(t: CaseTimeline, pack: RulePack, version: RulePackVersion): DeadlineContext {
  const { acquisition, warranty } = t.state;
  const odometer = odometerReadings(t);
  const evaluate = (asOf: LegalDate) => evaluatePresumption({ events: t.envelopes, caseFile: t.caseFile, pack, asOf, version });
  const evaluation = evaluate(t.asOf);
  let met: { on: LegalDate; eventId: string } | null | undefined;
  return {
    t,
    pack,
    version,
    scope: { caseId: t.caseId, rulePackVersion: version.id, asOf: t.asOf },
    evaluation,
    warranty: computeWarrantyExpiry({
      warranty,
      deliveryDate: acquisition.deliveryDate,
      odometerAtDelivery: acquisition.odometerAtDelivery,
      readings: odometer.readings,
    }),
    odometer,
    presumptionMet() {
      if (met === undefined) {
        met = null;
        if (evaluation.status === 'MET') {
          const on = firstMetDay(evaluate, acquisition.deliveryDate, t.asOf);
          // The latest qualifying fact of a prong met that day is the one that tipped it.
          const items = evaluate(on)
            .prongs.filter((p) => p.met)
            .flatMap((p) => p.qualifying);
          const last = items.sort((a, b) => (a.dateIn < b.dateIn ? 1 : a.dateIn > b.dateIn ? -1 : 0))[0];
          met = { on, eventId: last?.eventId ?? t.openedEventId };
        }
      }
      return met;
    },
  };
}

/**
 * The evaluator answers "met on asOf?", not "since when?". Facts only accumulate as asOf moves
 * forward, so MET is monotone in asOf and a binary search over the days finds the first one.
 */
function firstMetDay(evaluate: (asOf: LegalDate) => PresumptionEvaluation, from: LegalDate, to: LegalDate): LegalDate {
  let lo = 0;
  let hi = Math.max(0, daysBetween(from, to));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (evaluate(addDays(from, mid)).status === 'MET') hi = mid;
    else lo = mid + 1;
  }
  return addDays(from, lo);
}
