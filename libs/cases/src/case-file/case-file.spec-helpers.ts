import type { Principal } from '@lemon/access';
import { caseStreamId, type CaseEvent } from '@lemon/domain';
import type { AppendOptions, InMemoryEventStore } from '@lemon/event-store';

/**
 * One California BMW case, 'c1', owned by the firm 'firm' and shared with the manufacturer 'bmw':
 * the fixture of the case-file cache and case-summary specs.
 */
export const firm: Principal = {
  userId: 'u',
  organisationId: 'firm',
  organisationKind: 'law_firm',
  operator: false,
  role: 'admin',
  apiKeyId: 'k',
};
export const bmw: Principal = { ...firm, organisationId: 'bmw', organisationKind: 'manufacturer' };

export const opened: CaseEvent = {
  type: 'CaseOpened',
  data: {
    caseId: 'c1',
    client: { name: 'Maria Delgado', phone: '555-0100', email: 'maria@example.com' },
    vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5', modelYear: 2024 },
    jurisdiction: 'CA',
    acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
    warranty: { months: 48, miles: 50000 },
    manufacturer: { name: 'BMW', noticeRequirementDisclosed: true },
    ownerOrganisationId: 'firm',
  },
};
export const shared: CaseEvent = { type: 'CaseShared', data: { organisationId: 'bmw', access: 'read' } };
export const revoked: CaseEvent = { type: 'CaseShareRevoked', data: { organisationId: 'bmw' } };
/** A firm-private note (no visibility given). */
export const note = (text: string): CaseEvent => ({ type: 'NoteAdded', data: { text } }) as CaseEvent;

/** Appends events to case c1's stream, as another process or instance would. */
export const appendToCase = (
  store: InMemoryEventStore,
  events: CaseEvent[],
  expected: AppendOptions['expected'],
  recordedAt?: AppendOptions['recordedAt'],
) =>
  store.appendToStream(
    caseStreamId('c1'),
    events.map((e, i) => ({ id: `s${expected}-${i}`, type: e.type, schemaVersion: 1, data: e.data, metadata: {} })),
    { expected, ...(recordedAt ? { recordedAt } : {}) },
  );
