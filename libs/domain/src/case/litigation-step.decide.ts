/**
 * Pre-suit notices, complaints and answers: facts the statutes' later clocks run from (the
 * pre-suit notice and the time to file; under Cal. Code Civ. Proc. 871.26 the disclosures and
 * mediation after the answer). Each can be corrected or voided with a reason.
 */
import type { CorrectLitigationStep, DecisionContext, RecordLitigationStep, VoidLitigationStep } from './case.commands';
import type { LitigationStepCorrected, LitigationStepFields, LitigationStepRecorded, LitigationStepVoided } from './case.events';
import type { OpenCaseState } from './case.state';
import {
  assertNewId,
  assertNotBefore,
  assertNotBeforeDelivery,
  assertNotBlank,
  assertNotInFuture,
  assertReasonGiven,
  requireLiveRecord,
} from './case.guards';
import { ruleViolation } from '../shared/domain-error';

const STEP_LABELS = {
  presuit_notice: 'pre-suit notice date',
  complaint_filed: 'complaint filing date',
  answer_filed: 'answer filing date',
} as const;

/** Checks one step on its own and against the other live steps (`stepId` itself excluded). */
const assertStepFits = (fields: LitigationStepFields, stepId: string, state: OpenCaseState, context: DecisionContext): void => {
  const label = STEP_LABELS[fields.kind];
  assertNotInFuture(fields.on, 'on', label, context);
  assertNotBeforeDelivery(state, fields.on, 'on', label);
  if (fields.kind === 'presuit_notice') {
    if (fields.receivedOn !== undefined) {
      assertNotInFuture(fields.receivedOn, 'receivedOn', 'receipt date', context);
      assertNotBefore(fields.receivedOn, fields.on, 'receivedOn', 'receipt date', 'the notice was sent');
    }
    for (const field of ['court', 'caseNumber'] as const) {
      if (fields[field] !== undefined) throw ruleViolation(`${field} belongs to a complaint or an answer, not to a pre-suit notice`, field);
    }
  } else {
    for (const field of ['receivedOn', 'method'] as const) {
      if (fields[field] !== undefined) throw ruleViolation(`${field} belongs to a pre-suit notice, not to a court filing`, field);
    }
    for (const field of ['court', 'caseNumber'] as const) {
      const value = fields[field];
      if (value !== undefined) assertNotBlank(value, field, `the ${field === 'court' ? 'court' : 'case number'}`);
    }
  }
  if (fields.kind === 'answer_filed') {
    const complaints = [...state.litigationSteps.values()].filter((s) => !s.voided && s.stepId !== stepId && s.kind === 'complaint_filed');
    const earliest = complaints.map((c) => c.on).sort()[0];
    if (earliest !== undefined) assertNotBefore(fields.on, earliest, 'on', label, 'the complaint was filed');
  }
};

export const recordLitigationStep = (
  command: RecordLitigationStep,
  state: OpenCaseState,
  context: DecisionContext,
): LitigationStepRecorded => {
  assertNewId(state.litigationSteps, command.data.stepId, 'stepId', 'litigation step');
  assertStepFits(command.data, command.data.stepId, state, context);
  return { type: 'LitigationStepRecorded', data: { ...command.data } };
};

export const correctLitigationStep = (
  command: CorrectLitigationStep,
  state: OpenCaseState,
  context: DecisionContext,
): LitigationStepCorrected => {
  requireLiveRecord(state.litigationSteps, command.data.stepId, 'stepId', 'litigation step', 'corrected');
  assertReasonGiven(command.data.correctionReason, 'corrected');
  assertStepFits(command.data, command.data.stepId, state, context);
  return { type: 'LitigationStepCorrected', data: { ...command.data } };
};

export const voidLitigationStep = (command: VoidLitigationStep, state: OpenCaseState): LitigationStepVoided => {
  requireLiveRecord(state.litigationSteps, command.data.stepId, 'stepId', 'litigation step', 'voided');
  assertReasonGiven(command.data.reason, 'voided');
  return { type: 'LitigationStepVoided', data: { ...command.data } };
};
