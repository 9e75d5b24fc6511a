/**
 * Odometer facts: every (date, mileage) pair the case history asserts. An odometer only moves
 * forward, so a new fact must not show fewer miles than an earlier fact, nor more miles than a
 * later one. Facts on the same day may differ (the car is driven during the day), except that
 * nothing on or after the delivery date may read below the odometer at delivery.
 */
import type { LegalDate, RepairAttemptFields } from './case.events';
import { ruleViolation } from '../shared/domain-error';
import { compareLegalDates, formatMiles } from '../shared/legal-date';

export type OdometerFactOrigin =
  | { kind: 'delivery' }
  | { kind: 'repair_in' | 'repair_out'; repairAttemptId: string; repairOrderNumber?: string }
  | { kind: 'reading'; readingId: string; source?: string }
  | { kind: 'nonconformity'; nonconformityId: string };

export interface OdometerFact {
  on: LegalDate;
  mileage: number;
  origin: OdometerFactOrigin;
}

/** A fact about to be recorded: `label` names it in messages ("odometer", "mileage in"), `field` is the input. */
export interface CandidateOdometerFact {
  on: LegalDate;
  mileage: number;
  label: string;
  field: string;
}

export const odometerFactsOfRepair = (attempt: { repairAttemptId: string } & RepairAttemptFields): OdometerFact[] => {
  const { repairAttemptId, repairOrderNumber } = attempt;
  const facts: OdometerFact[] = [
    { on: attempt.dateIn, mileage: attempt.mileageIn, origin: { kind: 'repair_in', repairAttemptId, repairOrderNumber } },
  ];
  if (attempt.dateOut !== undefined && attempt.mileageOut !== undefined) {
    facts.push({
      on: attempt.dateOut,
      mileage: attempt.mileageOut,
      origin: { kind: 'repair_out', repairAttemptId, repairOrderNumber },
    });
  }
  return facts;
};

/** Facts of one reading or one nonconformity's first report, or the delivery. */
export const isFactOfOrigin = (fact: OdometerFact, kind: 'reading' | 'nonconformity' | 'delivery', id?: string): boolean => {
  const { origin } = fact;
  if (origin.kind !== kind) return false;
  if (origin.kind === 'reading') return origin.readingId === id;
  if (origin.kind === 'nonconformity') return origin.nonconformityId === id;
  return true;
};

const isFactOfRepair = (fact: OdometerFact, repairAttemptId: string): boolean =>
  (fact.origin.kind === 'repair_in' || fact.origin.kind === 'repair_out') && fact.origin.repairAttemptId === repairAttemptId;

export const withoutOdometerFactsOf = (facts: readonly OdometerFact[], repairAttemptId: string): OdometerFact[] =>
  facts.filter((fact) => !isFactOfRepair(fact, repairAttemptId));

export const replaceOdometerFacts = (
  facts: readonly OdometerFact[],
  repairAttemptId: string,
  replacement: readonly OdometerFact[],
): OdometerFact[] => [...withoutOdometerFactsOf(facts, repairAttemptId), ...replacement];

/** Where a fact came from, in words: "delivery", "repair attempt RO-1", "odometer reading r-2 (dealer invoice)". */
export const describeOdometerOrigin = (origin: OdometerFactOrigin): string => {
  switch (origin.kind) {
    case 'delivery':
      return 'delivery';
    case 'repair_in':
    case 'repair_out':
      return `repair attempt ${origin.repairOrderNumber ?? origin.repairAttemptId}`;
    case 'reading':
      return `odometer reading ${origin.readingId}${origin.source === undefined ? '' : ` (${origin.source})`}`;
    case 'nonconformity':
      return `nonconformity ${origin.nonconformityId}`;
  }
};

/**
 * Throws a rule violation when the candidate contradicts a known fact. Of several conflicts it
 * names the strongest: the highest earlier mileage it falls below, else the lowest later
 * mileage it exceeds.
 */
export const assertOdometerConsistent = (candidate: CandidateOdometerFact, known: readonly OdometerFact[]): void => {
  let higherEarlier: OdometerFact | undefined;
  let lowerLater: OdometerFact | undefined;
  for (const fact of known) {
    const order = compareLegalDates(fact.on, candidate.on);
    const isEarlier = order < 0 || (order === 0 && fact.origin.kind === 'delivery');
    if (isEarlier && fact.mileage > candidate.mileage && (higherEarlier === undefined || fact.mileage > higherEarlier.mileage)) {
      higherEarlier = fact;
    }
    if (order > 0 && fact.mileage < candidate.mileage && (lowerLater === undefined || fact.mileage < lowerLater.mileage)) {
      lowerLater = fact;
    }
  }
  const stated = `${candidate.label} ${formatMiles(candidate.mileage)} on ${candidate.on}`;
  if (higherEarlier !== undefined) {
    const { mileage, on, origin } = higherEarlier;
    throw ruleViolation(
      `${stated} is below ${formatMiles(mileage)} recorded on ${on} (${describeOdometerOrigin(origin)}): an odometer cannot go backwards`,
      candidate.field,
    );
  }
  if (lowerLater !== undefined) {
    const { mileage, on, origin } = lowerLater;
    throw ruleViolation(
      `${stated} is above ${formatMiles(mileage)} recorded later, on ${on} (${describeOdometerOrigin(origin)}): an odometer cannot go backwards`,
      candidate.field,
    );
  }
};
