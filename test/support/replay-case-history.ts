import type request from 'supertest';
import type { CaseEvent } from '@lemon/domain';
import type { CaseHistory } from '@lemon/testing/case-history';

/**
 * Records a history built with the shared case-history builder (libs/testing) through the HTTP API,
 * one command per event, so end-to-end tests state their facts the way the domain, rules and
 * deadline specs do. The builder's ids are the test's names for records; the server assigns its
 * own, and later events' references are translated. Returns the case id and that translation.
 */
export async function replayCaseHistory(
  api: () => ReturnType<typeof request.agent>,
  history: CaseHistory,
): Promise<{ caseId: string; ids: ReadonlyMap<string, string> }> {
  const ids = new Map<string, string>();
  let caseId = '';
  const id = (builderId: string): string => ids.get(builderId) ?? builderId;
  for (const event of history.events) {
    const call = commandOf(event, caseId, id);
    const response = await api().post(call.path).send(call.body);
    if (response.status !== 201 && response.status !== 200) {
      throw new Error(`${event.type} → POST ${call.path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    if (event.type === 'CaseOpened') caseId = response.body.caseId;
    if (call.creates) ids.set(call.creates.builderId, response.body[call.creates.key]);
  }
  return { caseId, ids };
}

interface Command {
  path: string;
  body: object;
  /** The record the server creates: the builder's id, and the response field with the server's. */
  creates?: { builderId: string; key: string };
}

const without = <T extends object, K extends keyof T>(data: T, ...keys: K[]): Omit<T, K> => {
  const copy = { ...data };
  for (const key of keys) delete copy[key];
  return copy;
};

function commandOf(event: CaseEvent, caseId: string, id: (builderId: string) => string): Command {
  const c = `/cases/${caseId}`;
  const ncs = (list: readonly string[]) => list.map(id);
  switch (event.type) {
    case 'CaseOpened':
      return { path: '/cases', body: without(event.data, 'caseId', 'ownerOrganisationId') };
    case 'NonconformityReported':
      return {
        path: `${c}/nonconformities`,
        body: without(event.data, 'nonconformityId'),
        creates: { builderId: event.data.nonconformityId, key: 'nonconformityId' },
      };
    case 'NonconformityCorrected':
      return { path: `${c}/nonconformities/${id(event.data.nonconformityId)}/corrections`, body: without(event.data, 'nonconformityId') };
    case 'NonconformityVoided':
      return { path: `${c}/nonconformities/${id(event.data.nonconformityId)}/void`, body: { reason: event.data.reason } };
    case 'RepairAttemptRecorded':
      return {
        path: `${c}/repair-attempts`,
        body: { ...without(event.data, 'repairAttemptId'), nonconformityIds: ncs(event.data.nonconformityIds) },
        creates: { builderId: event.data.repairAttemptId, key: 'repairAttemptId' },
      };
    case 'RepairAttemptCorrected':
      return {
        path: `${c}/repair-attempts/${id(event.data.repairAttemptId)}/corrections`,
        body: { ...without(event.data, 'repairAttemptId'), nonconformityIds: ncs(event.data.nonconformityIds) },
      };
    case 'RepairAttemptVoided':
      return { path: `${c}/repair-attempts/${id(event.data.repairAttemptId)}/void`, body: { reason: event.data.reason } };
    case 'OutOfServiceRecorded':
      return {
        path: `${c}/out-of-service`,
        body: without(event.data, 'intervalId'),
        creates: { builderId: event.data.intervalId, key: 'intervalId' },
      };
    case 'OutOfServiceCorrected':
      return { path: `${c}/out-of-service/${id(event.data.intervalId)}/corrections`, body: without(event.data, 'intervalId') };
    case 'OutOfServiceVoided':
      return { path: `${c}/out-of-service/${id(event.data.intervalId)}/void`, body: { reason: event.data.reason } };
    case 'OdometerReported':
      return {
        path: `${c}/odometer-readings`,
        body: without(event.data, 'readingId'),
        creates: { builderId: event.data.readingId, key: 'readingId' },
      };
    case 'OdometerReadingCorrected':
      return { path: `${c}/odometer-readings/${id(event.data.readingId)}/corrections`, body: without(event.data, 'readingId') };
    case 'OdometerReadingVoided':
      return { path: `${c}/odometer-readings/${id(event.data.readingId)}/void`, body: { reason: event.data.reason } };
    case 'ManufacturerNotified':
      return {
        path: `${c}/manufacturer-notices`,
        body: { ...without(event.data, 'noticeId'), nonconformityIds: ncs(event.data.nonconformityIds) },
        creates: { builderId: event.data.noticeId, key: 'noticeId' },
      };
    case 'ManufacturerNoticeVoided':
      return { path: `${c}/manufacturer-notices/${id(event.data.noticeId)}/void`, body: { reason: event.data.reason } };
    case 'DisputeClaimFiled':
      return {
        path: `${c}/dispute-claims`,
        body: without(event.data, 'claimId'),
        creates: { builderId: event.data.claimId, key: 'claimId' },
      };
    case 'DisputeClaimVoided':
      return { path: `${c}/dispute-claims/${id(event.data.claimId)}/void`, body: { reason: event.data.reason } };
    case 'NoteAdded':
      return { path: `${c}/notes`, body: without(event.data, 'noteId'), creates: { builderId: event.data.noteId, key: 'noteId' } };
    case 'CaseResolved':
      return { path: `${c}/resolution`, body: event.data };
    case 'CaseReopened':
      return { path: `${c}/reopen`, body: event.data };
    case 'Ab1755ElectionRecorded':
      return { path: `${c}/ab1755-election`, body: event.data };
    case 'LitigationStepRecorded':
      return {
        path: `${c}/litigation-steps`,
        body: without(event.data, 'stepId'),
        creates: { builderId: event.data.stepId, key: 'stepId' },
      };
    case 'LitigationStepCorrected':
      return { path: `${c}/litigation-steps/${id(event.data.stepId)}/corrections`, body: without(event.data, 'stepId') };
    case 'LitigationStepVoided':
      return { path: `${c}/litigation-steps/${id(event.data.stepId)}/void`, body: { reason: event.data.reason } };
    default:
      throw new Error(`replayCaseHistory: no HTTP command for ${event.type} yet; add it here`);
  }
}
