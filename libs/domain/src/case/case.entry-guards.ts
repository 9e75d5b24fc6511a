/**
 * Guards at entry: refusals a user may override by confirming (`confirm`). They catch the common
 * slips that the history's own rules accept: the same repair order entered twice, and a mileage
 * typo (91,500 for 9,150) that is not impossible, only implausible against the odometer trend.
 */
import type { DecisionContext, EntryConfirmations } from './case.commands';
import type { RepairAttemptFields } from './case.events';
import type { CaseFile } from './case.state';
import { describeOdometerOrigin, type CandidateOdometerFact, type OdometerFact } from './case.odometer';
import { DomainError } from '../shared/domain-error';
import { compareLegalDates, daysBetweenLegalDates, formatMiles } from '../shared/legal-date';
import { DEFAULT_IMPLAUSIBLE_MILES_PER_DAY } from './case.commands';

const normalised = (value: string | undefined): string => (value ?? '').trim().toLowerCase();
const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
};

/**
 * The same repair order twice: the same RO number, or the same dealer, date in and defects.
 * `ignoreAttemptId` is the attempt being corrected (it may keep its own number).
 */
export const assertNotDuplicateRepairOrder = (
  fields: RepairAttemptFields,
  state: CaseFile,
  confirm: EntryConfirmations | undefined,
  ignoreAttemptId?: string,
): void => {
  if (confirm?.confirmDuplicate === true) return;
  const number = normalised(fields.repairOrderNumber);
  const dealer = normalised(fields.dealer);
  for (const existing of state.repairAttempts.values()) {
    if (existing.voided || existing.repairAttemptId === ignoreAttemptId) continue;
    const sameNumber = number !== '' && normalised(existing.repairOrderNumber) === number;
    const sameVisit =
      dealer !== '' &&
      normalised(existing.dealer) === dealer &&
      existing.dateIn === fields.dateIn &&
      sameSet(existing.nonconformityIds, fields.nonconformityIds);
    if (!sameNumber && !sameVisit) continue;
    const why = sameNumber
      ? `repair order number ${fields.repairOrderNumber}`
      : `dealer ${fields.dealer}, date in ${fields.dateIn} and the same nonconformities`;
    throw new DomainError(
      'duplicate_repair_order',
      `repair attempt ${existing.repairAttemptId} already has the same ${why}: the same repair order would count twice. If it really is another visit, send "confirmDuplicate": true`,
      sameNumber ? 'repairOrderNumber' : 'dateIn',
      { existingRepairAttemptId: existing.repairAttemptId },
    );
  }
};

const boundOf = (context: DecisionContext): number => context.implausibleMilesPerDay ?? DEFAULT_IMPLAUSIBLE_MILES_PER_DAY;

/**
 * A mileage implying more than the bound in miles a day since the closest earlier fact, or until
 * the closest later one, is implausible (days counted at least 1, so two facts on one day compare
 * against one day's driving). Run after the odometer-consistency rule (going backwards is never allowed).
 */
export const assertMileagePlausible = (
  candidate: CandidateOdometerFact,
  known: readonly OdometerFact[],
  context: DecisionContext,
  confirm: EntryConfirmations | undefined,
): void => {
  if (confirm?.confirmImplausible === true) return;
  const bound = boundOf(context);
  let before: OdometerFact | undefined;
  let after: OdometerFact | undefined;
  for (const fact of known) {
    const order = compareLegalDates(fact.on, candidate.on);
    if (
      order <= 0 &&
      (before === undefined || compareLegalDates(fact.on, before.on) > 0 || (fact.on === before.on && fact.mileage > before.mileage))
    )
      before = fact;
    if (
      order > 0 &&
      (after === undefined || compareLegalDates(fact.on, after.on) < 0 || (fact.on === after.on && fact.mileage < after.mileage))
    )
      after = fact;
  }
  const stated = `${candidate.label} ${formatMiles(candidate.mileage)} on ${candidate.on}`;
  const refuse = (rate: number, fact: OdometerFact, direction: 'since' | 'until'): never => {
    throw new DomainError(
      'implausible_mileage',
      `${stated} means ${formatMiles(Math.round(rate))} miles a day ${direction} ${formatMiles(fact.mileage)} recorded on ${fact.on} (${describeOdometerOrigin(fact.origin)}), more than the plausible ${formatMiles(bound)} a day: check the figure, or send "confirmImplausible": true if it is right`,
      candidate.field,
      { milesPerDay: Math.round(rate), boundMilesPerDay: bound, comparedWith: { on: fact.on, mileage: fact.mileage } },
    );
  };
  if (before !== undefined) {
    const rate = (candidate.mileage - before.mileage) / Math.max(1, daysBetweenLegalDates(before.on, candidate.on));
    if (rate > bound) refuse(rate, before, 'since');
  }
  if (after !== undefined) {
    const rate = (after.mileage - candidate.mileage) / Math.max(1, daysBetweenLegalDates(candidate.on, after.on));
    if (rate > bound) refuse(rate, after, 'until');
  }
};
