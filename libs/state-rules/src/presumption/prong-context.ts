import type { LegalDate } from '@lemon/domain';
import { DAY_TYPE_WORDS, type DayType } from '../calendar/day-type';
import { isLegalDate } from '../calendar/legal-date';
import type { AnchorRequirement, AttemptsRule, RulePackVersion } from '../state-rule-pack';
import type { CaseFacts, IntervalFacts, RepairFacts } from './case-facts';
import {
  expressWarrantySpec,
  resolveWindow,
  UNBOUNDED,
  type Placement,
  type ResolvedWindow,
  type WindowContext,
  type WindowSpec,
} from './evaluation-windows';
import type { Distance, ExcludedItem, QualifyingItem } from './presumption.types';

/** What every prong evaluator needs: the version, the facts, and the windows resolved once. */
export interface ProngContext {
  version: RulePackVersion;
  facts: CaseFacts;
  asOf: LegalDate;
  rights: ResolvedWindow;
  counting: ResolvedWindow;
  windowFor(rule: AttemptsRule): ResolvedWindow;
  anchorWindow(anchor: AnchorRequirement): ResolvedWindow;
  safetyScopeConfirmed: ReadonlySet<string>;
}

export function buildProngContext(
  version: RulePackVersion,
  facts: CaseFacts,
  wctx: WindowContext,
  safetyScopeConfirmed: readonly string[],
): ProngContext {
  const period = version.period.value;
  const rightsSpec: WindowSpec = period;
  const countingSpec: WindowSpec = period.countingWindow
    ? { ...period.countingWindow, endsWithExpressWarranty: period.endsWithExpressWarranty }
    : rightsSpec;
  const rights = resolveWindow(rightsSpec, wctx);
  const counting = period.countingWindow ? resolveWindow(countingSpec, wctx) : rights;
  const cache = new Map<string, ResolvedWindow>();
  const cached = (key: string, make: () => ResolvedWindow): ResolvedWindow => {
    const hit = cache.get(key);
    if (hit) return hit;
    const made = make();
    cache.set(key, made);
    return made;
  };
  return {
    version,
    facts,
    asOf: wctx.asOf,
    rights,
    counting,
    windowFor(rule) {
      switch (rule.window) {
        case 'rights_period':
          return rights;
        case 'unbounded':
          return cached('unbounded', () => resolveWindow(UNBOUNDED, wctx));
        case 'custom':
          return rule.customWindow
            ? cached(`custom:${JSON.stringify(rule.customWindow)}`, () => resolveWindow(rule.customWindow!, wctx))
            : counting;
        default:
          return counting;
      }
    },
    anchorWindow(anchor) {
      if (anchor.within === 'rights_period') return rights;
      // Manufacturer warranties count the odometer, whatever the statute's own mileage basis.
      return cached(`warranty:${JSON.stringify(anchor.deemedMinimum ?? null)}`, () =>
        resolveWindow(expressWarrantySpec(wctx.warranty, anchor.deemedMinimum), { ...wctx, mileageBasis: 'odometer' }),
      );
    },
    safetyScopeConfirmed: new Set(safetyScopeConfirmed),
  };
}

/** Why a record does not count at all on asOf (voided, not yet happened, impossible dates), or null. */
export function unusableRepair(r: RepairFacts, asOf: LegalDate): ExcludedItem | null {
  if (r.voided) return { eventId: r.voided.eventId, id: r.repairAttemptId, reason: 'voided', detail: `Voided: ${r.voided.reason}` };
  if (
    !isLegalDate(r.fields.dateIn) ||
    !Number.isFinite(r.fields.mileageIn) ||
    (r.fields.dateOut !== undefined && !isLegalDate(r.fields.dateOut))
  ) {
    // Stored events from an older or broken writer: the repair cannot be placed in a period.
    return {
      eventId: r.eventId,
      id: r.repairAttemptId,
      reason: 'incomplete_record',
      detail: `Repair attempt ${r.repairAttemptId} lacks a valid date in, date out or mileage in.`,
    };
  }
  if (r.fields.dateIn > asOf)
    return { eventId: r.eventId, id: r.repairAttemptId, reason: 'after_as_of', detail: `Date in ${r.fields.dateIn} is after ${asOf}.` };
  if (r.fields.dateOut && r.fields.dateOut < r.fields.dateIn) {
    return {
      eventId: r.eventId,
      id: r.repairAttemptId,
      reason: 'invalid_dates',
      detail: `Date out ${r.fields.dateOut} is before date in ${r.fields.dateIn}.`,
    };
  }
  return null;
}

export function unusableInterval(i: IntervalFacts, asOf: LegalDate): ExcludedItem | null {
  if (i.voided) return { eventId: i.voided.eventId, id: i.intervalId, reason: 'voided', detail: `Voided: ${i.voided.reason}` };
  if (!isLegalDate(i.fields.from) || !isLegalDate(i.fields.to)) {
    return {
      eventId: i.eventId,
      id: i.intervalId,
      reason: 'incomplete_record',
      detail: `Out-of-service interval ${i.intervalId} lacks valid dates.`,
    };
  }
  if (i.fields.from > asOf)
    return { eventId: i.eventId, id: i.intervalId, reason: 'after_as_of', detail: `Starts ${i.fields.from}, after ${asOf}.` };
  if (i.fields.to < i.fields.from)
    return {
      eventId: i.eventId,
      id: i.intervalId,
      reason: 'invalid_dates',
      detail: `Ends ${i.fields.to} before it starts ${i.fields.from}.`,
    };
  return null;
}

export function placementDetail(placement: Placement, w: ResolvedWindow, r: RepairFacts): string {
  const { dateIn, mileageIn } = r.fields;
  switch (placement) {
    case 'before_delivery':
      return `Date in ${dateIn} is before delivery ${w.start}.`;
    case 'outside_period_by_date':
      return `Date in ${dateIn} is after the period's date limit ${w.warranty && (w.dateLimit === null || w.warranty.dateLimit < w.dateLimit) ? `${w.warranty.dateLimit} (express warranty)` : w.dateLimit}.`;
    case 'outside_period_by_mileage':
      return `Mileage in ${mileageIn} is past the period's limit of ${w.warranty && (w.maxOdometer === null || w.warranty.mileageLimit < w.maxOdometer) ? `${w.warranty.mileageLimit} (express warranty)` : w.maxOdometer} on the odometer.`;
    default:
      return '';
  }
}

export function repairItem(r: RepairFacts, countedDays?: number): QualifyingItem {
  return {
    eventId: r.eventId,
    sourceEventIds: r.sourceEventIds,
    kind: 'repair_attempt',
    repairAttemptId: r.repairAttemptId,
    dateIn: r.fields.dateIn,
    ...(r.fields.dateOut ? { dateOut: r.fields.dateOut } : {}),
    mileageIn: r.fields.mileageIn,
    nonconformityIds: r.fields.nonconformityIds,
    corrected: r.corrected,
    ...(countedDays !== undefined ? { countedDays } : {}),
  };
}

export function intervalItem(i: IntervalFacts, countedDays: number): QualifyingItem {
  return {
    eventId: i.eventId,
    sourceEventIds: i.sourceEventIds,
    kind: 'out_of_service',
    intervalId: i.intervalId,
    dateIn: i.fields.from,
    dateOut: i.fields.to,
    corrected: i.corrected,
    countedDays,
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A prong whose window (or anchor window) closed below its threshold: no distance, the closing day. */
export function closedDistance(remaining: number, unit: Distance['unit'], closedOn: LegalDate | null): Distance {
  return { remaining, unit, text: `period closed${closedOn ? ` on ${closedOn}` : ''}; cannot be met` };
}

/** The last day inside a window that has closed (its end, or its date limit when the end is unknown). */
export const closingDay = (w: ResolvedWindow): LegalDate | null => w.countUntil ?? w.endsOn ?? w.dateLimit;

/** The latest of the days given (ignoring nulls); null when there are none. */
export function latestOf(...dates: ReadonlyArray<LegalDate | null | undefined>): LegalDate | null {
  return dates.reduce<LegalDate | null>((acc, d) => (d && (!acc || d > acc) ? d : acc), null);
}

export function attemptsDistance(remaining: number, blockers: readonly string[]): Distance {
  if (remaining > 0) return { remaining, unit: 'repair_attempts', text: `${plural(remaining, 'more repair attempt')}` };
  return {
    remaining: 0,
    unit: 'repair_attempts',
    text: blockers.length ? `Threshold reached; still missing: ${blockers.join('; ')}` : 'Threshold reached.',
  };
}

export function daysDistance(remaining: number, dayType: DayType, blockers: readonly string[]): Distance {
  if (remaining > 0) return { remaining, unit: 'days', text: plural(remaining, `more ${DAY_TYPE_WORDS[dayType]} day`) };
  return {
    remaining: 0,
    unit: 'days',
    text: blockers.length ? `Threshold reached; still missing: ${blockers.join('; ')}` : 'Threshold reached.',
  };
}
