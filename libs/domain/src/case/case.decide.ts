/**
 * decideCase: the case stream's command side. Pure: the same command, state and context always
 * give the same events or the same DomainError. Each accepted command yields exactly one event.
 * The rules per phase live in case-intake / repair-history / manufacturer-contact / dispute-claim.
 */
import { correctLitigationStep, recordLitigationStep, voidLitigationStep } from './litigation-step.decide';
import type { CaseCommand, CaseCommandType, DecisionContext } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseState, ExistingCaseState, OpenCaseState } from './case.state';
import {
  addNote,
  confirmSafetyScope,
  openCase,
  recordAb1755Election,
  recordManufacturerDisclosure,
  reportNonconformity,
  reportOdometer,
  resolveCase,
  revokeCaseShare,
  shareCase,
} from './case-intake.decide';
import {
  correctOutOfService,
  correctRepairAttempt,
  recordOutOfService,
  recordRepairAttempt,
  voidOutOfService,
  voidRepairAttempt,
} from './repair-history.decide';
import { completeFinalRepairOpportunity, notifyManufacturer, offerFinalRepairOpportunity } from './manufacturer-contact.decide';
import {
  acceptDisputeDecision,
  fileDisputeClaim,
  issueDisputeDecision,
  recordManufacturerCompliance,
  rejectDisputeDecision,
  requestDisputeInspection,
} from './dispute-claim.decide';
import {
  correctExpense,
  importRepairOrders,
  linkManufacturer,
  recordDocumentGenerated,
  recordExpense,
  voidExpense,
} from './paperwork.decide';
import { correctOdometerReading } from './correct-odometer-reading.decide';
import { voidOdometerReading } from './void-odometer-reading.decide';
import { correctNonconformity } from './correct-nonconformity.decide';
import { voidNonconformity } from './void-nonconformity.decide';
import { correctManufacturerNotice } from './correct-manufacturer-notice.decide';
import { voidManufacturerNotice } from './void-manufacturer-notice.decide';
import { correctFinalRepairOpportunity } from './correct-final-repair-opportunity.decide';
import { voidFinalRepairOpportunity } from './void-final-repair-opportunity.decide';
import { correctFinalRepairCompletion } from './correct-final-repair-completion.decide';
import { correctDisputeClaim } from './correct-dispute-claim.decide';
import { voidDisputeClaim } from './void-dispute-claim.decide';
import {
  correctDisputeAcceptance,
  correctDisputeDecision,
  correctDisputeInspection,
  correctDisputeRejection,
  correctManufacturerCompliance,
} from './correct-dispute-claim-step.decide';
import { voidDisputeClaimStep } from './void-dispute-claim-step.decide';
import { updateClientDetails } from './update-client-details.decide';
import { correctAcquisition } from './correct-acquisition.decide';
import { correctWarranty } from './correct-warranty.decide';
import { reopenCase } from './reopen-case.decide';
import { correctVehicle } from './correct-vehicle.decide';
import { correctJurisdiction } from './correct-jurisdiction.decide';
import { correctNote } from './correct-note.decide';
import { voidNote } from './void-note.decide';
import { correctResolution } from './correct-resolution.decide';
import { DomainError, ruleViolation } from '../shared/domain-error';

const requireCase = (state: CaseState, commandType: CaseCommandType): ExistingCaseState => {
  if (state.status === 'none') {
    throw new DomainError('case_not_found', `case not found: open the case before ${commandType}`);
  }
  return state;
};

/** The case must exist and not be resolved: a resolved case's history is closed. */
const requireOpenCase = (state: CaseState, commandType: CaseCommandType): OpenCaseState => {
  const existing = requireCase(state, commandType);
  if (existing.status === 'resolved') {
    const { resolution, resolvedOn } = existing.resolution;
    throw ruleViolation(`case is resolved (${resolution} on ${resolvedOn}); no further changes are accepted`);
  }
  return existing;
};

const assertNever = (command: never): never => {
  throw new Error(`unhandled case command ${JSON.stringify(command)}`);
};

export const decideCase = (command: CaseCommand, state: CaseState, context: DecisionContext): CaseEvent[] => {
  const open = (): OpenCaseState => requireOpenCase(state, command.type);
  switch (command.type) {
    case 'OpenCase':
      if (state.status !== 'none') {
        throw new DomainError('case_already_exists', `case ${state.caseId} already exists`, 'caseId');
      }
      return [openCase(command, context)];
    case 'ReportNonconformity':
      return [reportNonconformity(command, open(), context)];
    case 'ConfirmSafetyScope':
      return [confirmSafetyScope(command, open())];
    case 'RecordManufacturerDisclosure':
      open();
      return [recordManufacturerDisclosure(command)];
    case 'RecordAb1755Election':
      return [recordAb1755Election(command, open(), context)];
    case 'RecordRepairAttempt':
      return [recordRepairAttempt(command, open(), context)];
    case 'CorrectRepairAttempt':
      return [correctRepairAttempt(command, open(), context)];
    case 'VoidRepairAttempt':
      return [voidRepairAttempt(command, open())];
    case 'RecordOutOfService':
      return [recordOutOfService(command, open(), context)];
    case 'CorrectOutOfService':
      return [correctOutOfService(command, open(), context)];
    case 'VoidOutOfService':
      return [voidOutOfService(command, open())];
    case 'ReportOdometer':
      return [reportOdometer(command, open(), context)];
    case 'NotifyManufacturer':
      return [notifyManufacturer(command, open(), context)];
    case 'OfferFinalRepairOpportunity':
      return [offerFinalRepairOpportunity(command, open(), context)];
    case 'CompleteFinalRepairOpportunity':
      return [completeFinalRepairOpportunity(command, open(), context)];
    case 'FileDisputeClaim':
      return [fileDisputeClaim(command, open(), context)];
    case 'RequestDisputeInspection':
      return [requestDisputeInspection(command, open(), context)];
    case 'IssueDisputeDecision':
      return [issueDisputeDecision(command, open(), context)];
    case 'AcceptDisputeDecision':
      return [acceptDisputeDecision(command, open(), context)];
    case 'RejectDisputeDecision':
      return [rejectDisputeDecision(command, open(), context)];
    case 'RecordManufacturerCompliance':
      return [recordManufacturerCompliance(command, open(), context)];
    case 'ResolveCase':
      return [resolveCase(command, open(), context)];
    case 'AddNote':
      requireCase(state, command.type); // notes stay allowed on resolved cases
      return [addNote(command)];
    // Access to a resolved case's file may still be granted or withdrawn (audits come after the end).
    case 'ShareCase':
      return [shareCase(command, requireCase(state, command.type))];
    case 'RevokeCaseShare':
      return [revokeCaseShare(command, requireCase(state, command.type))];
    case 'LinkManufacturer':
      open();
      return [linkManufacturer(command)];
    case 'RecordExpense':
      return [recordExpense(command, open(), context)];
    case 'CorrectExpense':
      return [correctExpense(command, open(), context)];
    case 'VoidExpense':
      return [voidExpense(command, open())];
    case 'RecordLitigationStep':
      return [recordLitigationStep(command, open(), context)];
    case 'CorrectLitigationStep':
      return [correctLitigationStep(command, open(), context)];
    case 'VoidLitigationStep':
      return [voidLitigationStep(command, open())];
    // Letters are still produced for a resolved case (e.g. the exhibit for a fee motion).
    case 'RecordDocumentGenerated':
      requireCase(state, command.type);
      return [recordDocumentGenerated(command)];
    case 'ImportRepairOrders':
      return importRepairOrders(command, open(), context);
    case 'CorrectOdometerReading':
      return [correctOdometerReading(command, open(), context)];
    case 'VoidOdometerReading':
      return [voidOdometerReading(command, open())];
    case 'CorrectNonconformity':
      return [correctNonconformity(command, open(), context)];
    case 'VoidNonconformity':
      return [voidNonconformity(command, open())];
    case 'CorrectManufacturerNotice':
      return [correctManufacturerNotice(command, open(), context)];
    case 'VoidManufacturerNotice':
      return [voidManufacturerNotice(command, open())];
    case 'CorrectFinalRepairOpportunity':
      return [correctFinalRepairOpportunity(command, open(), context)];
    case 'VoidFinalRepairOpportunity':
      return [voidFinalRepairOpportunity(command, open())];
    case 'CorrectFinalRepairCompletion':
      return [correctFinalRepairCompletion(command, open(), context)];
    case 'CorrectDisputeClaim':
      return [correctDisputeClaim(command, open(), context)];
    case 'VoidDisputeClaim':
      return [voidDisputeClaim(command, open())];
    case 'CorrectDisputeInspection':
      return [correctDisputeInspection(command, open(), context)];
    case 'CorrectDisputeDecision':
      return [correctDisputeDecision(command, open(), context)];
    case 'CorrectDisputeAcceptance':
      return [correctDisputeAcceptance(command, open(), context)];
    case 'CorrectDisputeRejection':
      return [correctDisputeRejection(command, open(), context)];
    case 'CorrectManufacturerCompliance':
      return [correctManufacturerCompliance(command, open(), context)];
    case 'VoidDisputeClaimStep':
      return [voidDisputeClaimStep(command, open())];
    case 'CorrectAcquisition':
      return [correctAcquisition(command, open(), context)];
    case 'CorrectWarranty':
      return [correctWarranty(command, open())];
    // Contact details stay current after the end (letters still go out), like notes.
    case 'UpdateClientDetails':
      return [updateClientDetails(command, requireCase(state, command.type))];
    case 'ReopenCase':
      return [reopenCase(command, requireCase(state, command.type))];
    case 'CorrectResolution':
      return [correctResolution(command, requireCase(state, command.type), context)];
    case 'CorrectVehicle':
      return [correctVehicle(command, open())];
    case 'CorrectJurisdiction':
      return [correctJurisdiction(command, open())];
    // Notes stay correctable on resolved cases, as they can be added there.
    case 'CorrectNote':
      return [correctNote(command, requireCase(state, command.type))];
    case 'VoidNote':
      return [voidNote(command, requireCase(state, command.type))];
    default:
      return assertNever(command);
  }
};
