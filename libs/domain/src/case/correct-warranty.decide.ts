/** Correcting the express warranty terms (months and miles). */
import type { CorrectWarranty } from './case.commands';
import type { WarrantyCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven } from './case.guards';
import { ruleViolation } from '../shared/domain-error';
import { formatMiles } from '../shared/legal-date';

export const correctWarranty = (command: CorrectWarranty, _state: OpenCaseState): WarrantyCorrected => {
  const { warranty, correctionReason } = command.data;
  assertReasonGiven(correctionReason, 'corrected');
  if (!(warranty.months > 0)) throw ruleViolation(`warranty term of ${warranty.months} months must be positive`, 'warranty.months');
  if (!(warranty.miles > 0))
    throw ruleViolation(`warranty term of ${formatMiles(warranty.miles)} miles must be positive`, 'warranty.miles');
  return { type: 'WarrantyCorrected', data: { warranty: { ...warranty }, correctionReason } };
};
