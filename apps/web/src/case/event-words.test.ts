import { CASE_EVENT_LABELS } from '@lemon/domain/case-event-labels';
import type { HistoryEvent } from '../api/types';
import { eventLabel } from '../components/names';
import { describeEvent } from './event-words';

const event = (type: string, data: Record<string, unknown>, supersedes?: HistoryEvent['supersedes']): HistoryEvent => ({
  eventId: `e-${type}`,
  type,
  version: 2,
  recordedAt: '2026-11-28T10:00:00Z',
  data,
  supersedes,
});

/** Sentence case: only the first word starts with a capital, acronyms (AB 1755) aside. */
const capitalisedAfterFirst = (text: string) =>
  text
    .split(' ')
    .slice(1)
    .filter((word) => /^[A-Z][a-z]/.test(word));

describe('the history in words', () => {
  // The domain's table, which its type-check ties to the event union (every type the API can emit).
  it.each(Object.keys(CASE_EVENT_LABELS))('%s has a label in sentence case and plain words', (type) => {
    const label = eventLabel(type);
    expect(label).toBe(CASE_EVENT_LABELS[type as keyof typeof CASE_EVENT_LABELS]);
    expect(label).toMatch(/^[A-Z]/);
    expect(capitalisedAfterFirst(label)).toEqual([]);
    expect(label).not.toMatch(/[A-Z][a-z]+[A-Z]/); // never the type's CamelCase
    expect(describeEvent(event(type, { reason: 'r', correctionReason: 'r' }), {}).startsWith(label)).toBe(true);
  });

  it('reads a type newer than this build in sentence case too', () => {
    expect(eventLabel('OdometerPhotoAttached')).toBe('Odometer photo attached');
  });

  it('names the organisation a case is shared with, the reason of a correction, and what a correction replaced', () => {
    const bmw = { 'org-bmw': 'BMW of North America' };
    expect(describeEvent(event('CaseShared', { organisationId: 'org-bmw', access: 'read' }), {}, bmw)).toBe(
      'Case shared with BMW of North America',
    );
    expect(describeEvent(event('CaseShareRevoked', { organisationId: 'org-x' }), {}, bmw)).toBe(
      'Case no longer shared with another organisation',
    );
    expect(describeEvent(event('OdometerReadingCorrected', { readingId: 'r', mileage: 9150, correctionReason: 'Typo' }), {})).toBe(
      'Odometer reading corrected (Typo)',
    );
    expect(
      describeEvent(
        event(
          'RepairAttemptCorrected',
          { dateIn: '2026-02-05', dateOut: '2026-02-19', correctionReason: 'Invoice' },
          {
            type: 'RepairAttemptRecorded',
            data: { dateIn: '2026-02-05', dateOut: '2026-02-09' },
          },
        ),
        {},
      ),
    ).toBe('Repair visit corrected (Invoice): now 2026-02-05 → 2026-02-19; was 2026-02-05 → 2026-02-09');
    expect(describeEvent(event('NonconformityReported', { nonconformityId: 'nc-1', description: 'Transmission slips' }), {})).toBe(
      'Defect reported: Transmission slips',
    );
    expect(describeEvent(event('RepairAttemptRecorded', { repairOrderNumber: 'RO-1', dateIn: '2026-02-05', mileageIn: 1620 }), {})).toBe(
      'Repair visit recorded: RO-1 2026-02-05 → open at 1,620 mi',
    );
  });

  it('says a firm-private note is one, never "undefined", to a reader it is withheld from', () => {
    expect(describeEvent(event('NoteAdded', { noteId: 'n' }), {})).toBe('Note added (firm-private)');
    expect(describeEvent(event('NoteCorrected', { noteId: 'n' }), {})).toBe('Note edited (firm-private)');
    expect(describeEvent(event('NoteCorrected', { noteId: 'n', text: 'Friday', correctionReason: 'Day' }), {})).toBe(
      'Note edited (Day): Friday',
    );
  });
});
