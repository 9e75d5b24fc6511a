/**
 * Correcting the jurisdiction of a case opened under the wrong state. The rest of the history
 * stays as recorded; from this event on, every judgement (presumption, deadlines, restitution)
 * is made under the corrected state's rule pack. Which codes have a pack is the request
 * validation's concern (the rule packs are not the domain's); the domain keeps the shape.
 */
import type { CorrectJurisdiction } from './case.commands';
import type { JurisdictionCorrected } from './case.events';
import type { OpenCaseState } from './case.state';
import { assertReasonGiven } from './case.guards';
import { ruleViolation } from '../shared/domain-error';

export const correctJurisdiction = (command: CorrectJurisdiction, state: OpenCaseState): JurisdictionCorrected => {
  const { jurisdiction, correctionReason } = command.data;
  assertReasonGiven(correctionReason, 'corrected');
  if (!/^[A-Z]{2}$/.test(jurisdiction))
    throw ruleViolation(`jurisdiction ${JSON.stringify(jurisdiction)} is not a two-letter code`, 'jurisdiction');
  if (jurisdiction === state.jurisdiction)
    throw ruleViolation(`the case is already in ${jurisdiction}: nothing to correct`, 'jurisdiction');
  return { type: 'JurisdictionCorrected', data: { jurisdiction, correctionReason } };
};
