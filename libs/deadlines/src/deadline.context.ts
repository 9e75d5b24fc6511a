import type { LegalDate } from '@lemon/domain';
import {
  computeWarrantyExpiry,
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

/** A presumption evaluated elsewhere is the one the deadlines would compute when it was judged the same way. */
const judgedAlike = (given: PresumptionEvaluation, pack: RulePack, version: RulePackVersion, asOf: string): boolean =>
  given.jurisdiction === pack.code && given.asOf === asOf && given.rulePackVersion.id === version.id;

export function buildContext(t: CaseTimeline, pack: RulePack, version: RulePackVersion, given?: PresumptionEvaluation): DeadlineContext {
  const { acquisition, warranty } = t.state;
  const odometer = odometerReadings(t);
  const evaluation =
    given && judgedAlike(given, pack, version, t.asOf)
      ? given
      : evaluatePresumption({ events: t.envelopes, caseFile: t.caseFile, pack, asOf: t.asOf, version });
  let met: { on: LegalDate; eventId: string } | null | undefined;
  return {
    t,
    pack,
    version,
    scope: {
      caseId: t.caseId,
      rulePackVersion: version.id,
      asOf: t.asOf,
      ...(version.lastDayRollsToBusinessDay ? { lastDayRollover: version.lastDayRollsToBusinessDay } : {}),
    },
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
        const on = evaluation.status === 'MET' ? evaluation.metOn : null;
        if (on) {
          // The evaluator's own day (so the presumption and the deadlines agree); the latest
          // qualifying fact of a prong met by then is the one that tipped it.
          const items = evaluation.prongs.filter((p) => p.metOn !== null && p.metOn <= on).flatMap((p) => p.qualifying);
          const last = items.filter((i) => i.dateIn <= on).sort((a, b) => (a.dateIn < b.dateIn ? 1 : a.dateIn > b.dateIn ? -1 : 0))[0];
          met = { on, eventId: last?.eventId ?? t.openedEventId };
        }
      }
      return met;
    },
  };
}
