/** Written notice to the manufacturer and its final repair opportunity. */
import type { CompleteFinalRepairOpportunity, DecisionContext, NotifyManufacturer, OfferFinalRepairOpportunity } from './case.commands';
import type {
  FinalRepairOpportunityCompleted,
  FinalRepairOpportunityOffered,
  ManufacturerNoticeFields,
  ManufacturerNotified,
} from './case.events';
import type { OpenCaseState } from './case.state';
import {
  assertKnownNonconformities,
  assertNewId,
  assertNotBefore,
  assertNotBeforeDelivery,
  assertNotInFuture,
  requireLiveRecord,
} from './case.guards';
import { ruleViolation } from '../shared/domain-error';

export const notifyManufacturer = (command: NotifyManufacturer, state: OpenCaseState, context: DecisionContext): ManufacturerNotified => {
  assertNewId(state.manufacturerNotices, command.data.noticeId, 'noticeId', 'manufacturer notice');
  assertNoticeFits(command.data, state, context);
  return { type: 'ManufacturerNotified', data: { ...command.data } };
};

/** The rules a written notice obeys, when recorded and again when corrected. */
export const assertNoticeFits = (fields: ManufacturerNoticeFields, state: OpenCaseState, context: DecisionContext): void => {
  const { sentOn, receivedOn, nonconformityIds } = fields;
  assertNotInFuture(sentOn, 'sentOn', 'notice sent date', context);
  if (receivedOn !== undefined) assertNotInFuture(receivedOn, 'receivedOn', 'notice received date', context);
  assertNotBeforeDelivery(state, sentOn, 'sentOn', 'notice sent date');
  if (receivedOn !== undefined) {
    assertNotBefore(receivedOn, sentOn, 'receivedOn', 'notice received date', 'the notice was sent');
  }
  assertKnownNonconformities(state, nonconformityIds, 'nonconformityIds');
};

export const offerFinalRepairOpportunity = (
  command: OfferFinalRepairOpportunity,
  state: OpenCaseState,
  context: DecisionContext,
): FinalRepairOpportunityOffered => {
  assertNewId(state.finalRepairOpportunities, command.data.opportunityId, 'opportunityId', 'final repair opportunity');
  assertOfferFits(command.data, state, context);
  return { type: 'FinalRepairOpportunityOffered', data: { ...command.data } };
};

/** The rules a final repair offer obeys, when recorded and again when corrected. */
export const assertOfferFits = (
  { offeredOn, nonconformityIds }: { offeredOn: string; nonconformityIds: string[] },
  state: OpenCaseState,
  context: DecisionContext,
): void => {
  assertNotInFuture(offeredOn, 'offeredOn', 'final repair offer date', context);
  assertNotBeforeDelivery(state, offeredOn, 'offeredOn', 'final repair offer date');
  assertKnownNonconformities(state, nonconformityIds, 'nonconformityIds');
};

export const completeFinalRepairOpportunity = (
  command: CompleteFinalRepairOpportunity,
  state: OpenCaseState,
  context: DecisionContext,
): FinalRepairOpportunityCompleted => {
  const { opportunityId, completedOn } = command.data;
  const offer = requireLiveRecord(state.finalRepairOpportunities, opportunityId, 'opportunityId', 'final repair opportunity', 'corrected');
  if (offer.completion !== undefined) {
    throw ruleViolation(
      `final repair opportunity ${opportunityId} was already completed on ${offer.completion.completedOn}`,
      'opportunityId',
    );
  }
  assertNotInFuture(completedOn, 'completedOn', 'final repair completion date', context);
  assertNotBefore(completedOn, offer.offeredOn, 'completedOn', 'final repair completion date', 'the opportunity was offered');
  return { type: 'FinalRepairOpportunityCompleted', data: { ...command.data } };
};
