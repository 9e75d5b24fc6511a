/** Written notice to the manufacturer and its final repair opportunity. */
import type { CompleteFinalRepairOpportunity, DecisionContext, NotifyManufacturer, OfferFinalRepairOpportunity } from './case.commands';
import type { FinalRepairOpportunityCompleted, FinalRepairOpportunityOffered, ManufacturerNotified } from './case.events';
import type { OpenCaseState } from './case.state';
import {
  assertKnownNonconformities,
  assertNewId,
  assertNotBefore,
  assertNotBeforeDelivery,
  assertNotInFuture,
  requireEntry,
} from './case.guards';
import { ruleViolation } from '../shared/domain-error';

export const notifyManufacturer = (command: NotifyManufacturer, state: OpenCaseState, context: DecisionContext): ManufacturerNotified => {
  const { noticeId, sentOn, receivedOn, nonconformityIds } = command.data;
  assertNewId(state.manufacturerNotices, noticeId, 'noticeId', 'manufacturer notice');
  assertNotInFuture(sentOn, 'sentOn', 'notice sent date', context);
  if (receivedOn !== undefined) assertNotInFuture(receivedOn, 'receivedOn', 'notice received date', context);
  assertNotBeforeDelivery(state, sentOn, 'sentOn', 'notice sent date');
  if (receivedOn !== undefined) {
    assertNotBefore(receivedOn, sentOn, 'receivedOn', 'notice received date', 'the notice was sent');
  }
  assertKnownNonconformities(state, nonconformityIds, 'nonconformityIds');
  return { type: 'ManufacturerNotified', data: { ...command.data } };
};

export const offerFinalRepairOpportunity = (
  command: OfferFinalRepairOpportunity,
  state: OpenCaseState,
  context: DecisionContext,
): FinalRepairOpportunityOffered => {
  const { opportunityId, offeredOn, nonconformityIds } = command.data;
  assertNewId(state.finalRepairOpportunities, opportunityId, 'opportunityId', 'final repair opportunity');
  assertNotInFuture(offeredOn, 'offeredOn', 'final repair offer date', context);
  assertNotBeforeDelivery(state, offeredOn, 'offeredOn', 'final repair offer date');
  assertKnownNonconformities(state, nonconformityIds, 'nonconformityIds');
  return { type: 'FinalRepairOpportunityOffered', data: { ...command.data } };
};

export const completeFinalRepairOpportunity = (
  command: CompleteFinalRepairOpportunity,
  state: OpenCaseState,
  context: DecisionContext,
): FinalRepairOpportunityCompleted => {
  const { opportunityId, completedOn } = command.data;
  const offer = requireEntry(state.finalRepairOpportunities, opportunityId, 'opportunityId', 'final repair opportunity');
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
