import { foldCase, type CaseEvent } from '@lemon/domain';
import { audienceOf, eventDataForSharedReader, historyEntryFor, noteEventsSharedReadersSee, notesSharedNow } from './case-privilege';
import type { CaseHistoryEntry } from './case-history.view';

const client = { name: 'Maria Delgado', email: 'm@example.com', phone: '555-0100', address: '1 Main St' };

describe('what an organisation a case is shared with may read (issue 10 §6)', () => {
  it('tells the firm from a shared reader by the owner recorded in the events', () => {
    expect(audienceOf({ organisationId: 'firm' }, { ownerOrganisationId: 'firm', sharedWith: ['bmw'] })).toBe('firm');
    expect(audienceOf({ organisationId: 'bmw' }, { ownerOrganisationId: 'firm', sharedWith: ['bmw'] })).toBe('shared');
    expect(audienceOf({ organisationId: 'firm' }, { sharedWith: [] })).toBe('shared'); // no recorded owner: nobody is the firm
  });

  it.each([
    // event type, data, what a shared reader sees, what is withheld
    ['NoteAdded', { noteId: 'n1', text: 'strategy' }, { noteId: 'n1', visibility: 'firm' }, ['text']],
    ['NoteAdded', { noteId: 'n1', text: 'strategy', visibility: 'firm' }, { noteId: 'n1', visibility: 'firm' }, ['text']],
    ['NoteAdded', { noteId: 'n1', text: 'for BMW', visibility: 'shared' }, { noteId: 'n1', text: 'for BMW', visibility: 'shared' }, []],
    [
      'CaseOpened',
      { caseId: 'c', client, jurisdiction: 'CA' },
      { caseId: 'c', client: { name: 'Maria Delgado' }, jurisdiction: 'CA' },
      ['client.email', 'client.phone', 'client.address'],
    ],
    ['ClientDetailsUpdated', { client }, { client: { name: 'Maria Delgado' } }, ['client.email', 'client.phone', 'client.address']],
    ['ClientContactChanged', { phone: '555', email: 'x@y' }, {}, ['phone', 'email']],
    ['RepairAttemptRecorded', { repairAttemptId: 'r', dealer: 'BMW Oakland' }, { repairAttemptId: 'r', dealer: 'BMW Oakland' }, []],
  ])('%s %j', (type, data, shown, withheld) => {
    expect(eventDataForSharedReader(type, data)).toEqual({ data: shown, withheld });
  });

  it('shows actors as organisation and role, and withholds from what a correction supersedes too', () => {
    const entry: CaseHistoryEntry = {
      eventId: 'e2',
      type: 'ClientDetailsUpdated',
      version: 2,
      position: '2',
      recordedAt: '2024-03-01T15:00:00.000Z',
      actor: { userId: 'u-attorney', organisationId: 'firm', role: 'attorney' },
      schemaVersion: 1,
      data: { client: { ...client, phone: '555-0199' } },
      supersedes: { eventId: 'e1', version: 1, type: 'CaseOpened', recordedAt: '2024-03-01T15:00:00.000Z', data: { client } },
    };
    const shown = historyEntryFor('shared', entry);
    expect(shown.actor).toEqual({ organisationId: 'firm', role: 'attorney' });
    expect(JSON.stringify(shown)).not.toMatch(/555-01|m@example|Main St|u-attorney/);
    expect(shown.withheld).toEqual(['client.email', 'client.phone', 'client.address']);
    const own = historyEntryFor('firm', entry);
    expect(own).toEqual(entry); // the firm sees it all
    expect(own.actor).not.toBe(entry.actor); // a copy: the cached entry is never decorated in place
  });

  it('judges a note event by the note as it stands now: made firm-private, every version and reason is withheld; shared later, only the shared versions show', () => {
    const opened: CaseEvent = {
      type: 'CaseOpened',
      data: {
        caseId: 'c',
        client,
        vehicle: { vin: '5UXCR6C05R9N12345', make: 'BMW', model: 'X5', modelYear: 2024 },
        jurisdiction: 'CA',
        acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
        warranty: { months: 48, miles: 50000 },
        manufacturer: { name: 'BMW', noticeRequirementDisclosed: true },
      },
    };
    const state = foldCase([
      opened,
      { type: 'NoteAdded', data: { noteId: 'was-shared', text: 'inspection Friday', visibility: 'shared' } }, // #2
      { type: 'NoteAdded', data: { noteId: 'now-shared', text: 'draft: would take 40k', visibility: 'firm' } }, // #3
      { type: 'NoteCorrected', data: { noteId: 'was-shared', text: 'strategy', visibility: 'firm', correctionReason: 'privileged' } }, // #4
      {
        type: 'NoteCorrected',
        data: { noteId: 'now-shared', text: 'inspection Monday', visibility: 'shared', correctionReason: 'for BMW' },
      }, // #5
      { type: 'NoteAdded', data: { noteId: 'voided', text: 'wrong case', visibility: 'shared' } }, // #6
      { type: 'NoteVoided', data: { noteId: 'voided', reason: 'entered on the wrong case' } }, // #7
    ]);
    if (state.status === 'none') throw new Error('not opened');
    const shown = noteEventsSharedReadersSee(state);
    expect([...shown].sort()).toEqual(['#5', '#6', '#7']);
    expect([...notesSharedNow(state)]).toEqual(['now-shared']);
    expect(
      eventDataForSharedReader('NoteAdded', { noteId: 'was-shared', text: 'inspection Friday', visibility: 'shared' }, shown.has('#2')),
    ).toEqual({
      data: { noteId: 'was-shared', visibility: 'firm' },
      withheld: ['text'],
    });
    expect(
      eventDataForSharedReader(
        'NoteCorrected',
        { noteId: 'was-shared', text: 'strategy', visibility: 'firm', correctionReason: 'privileged' },
        false,
      ),
    ).toEqual({ data: { noteId: 'was-shared', visibility: 'firm' }, withheld: ['text', 'correctionReason'] });
    expect(eventDataForSharedReader('NoteVoided', { noteId: 'n', reason: 'privileged' }, false)).toEqual({
      data: { noteId: 'n', visibility: 'firm' },
      withheld: ['reason'],
    });
    const correction: CaseHistoryEntry = {
      eventId: '#5',
      type: 'NoteCorrected',
      version: 5,
      position: '5',
      recordedAt: '2024-03-01T15:00:00.000Z',
      schemaVersion: 1,
      data: { noteId: 'now-shared', text: 'inspection Monday', visibility: 'shared', correctionReason: 'for BMW' },
      supersedes: {
        eventId: '#3',
        version: 3,
        type: 'NoteAdded',
        recordedAt: '2024-03-01T15:00:00.000Z',
        data: { noteId: 'now-shared', text: 'draft: would take 40k', visibility: 'firm' },
      },
    };
    const entry = historyEntryFor('shared', correction, shown);
    expect(entry.data).toEqual(correction.data);
    expect(JSON.stringify(entry)).not.toContain('40k');
  });
});
