import type { Principal } from '@lemon/access';
import { caseStreamId, type CaseEvent } from '@lemon/domain';
import { InMemoryEventStore } from '@lemon/event-store';
import { loadConfig } from '@lemon/platform';
import { FixedClock } from '@lemon/testing';
import { CaseFileCache } from '../case-file/case-file.cache';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetSerializedCaseSummaryHandler } from './get-case-summary.handler';
import { GetSerializedCaseSummaryQuery } from './get-case-summary.query';

const firm: Principal = {
  userId: 'u',
  organisationId: 'firm',
  organisationKind: 'law_firm',
  operator: false,
  role: 'admin',
  apiKeyId: 'k',
};
const bmw: Principal = { ...firm, organisationId: 'bmw', organisationKind: 'manufacturer' };
const opened: CaseEvent = {
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
const shared: CaseEvent = { type: 'CaseShared', data: { organisationId: 'bmw', access: 'read' } };
const note: CaseEvent = { type: 'NoteAdded', data: { text: 'firm only' } } as CaseEvent;

describe('the case summary, served serialized', () => {
  const setup = async () => {
    const store = new InMemoryEventStore();
    const clock = FixedClock.at('2024-03-01T15:00:00Z');
    const handler = new GetSerializedCaseSummaryHandler(new CaseStreamReader(store, clock, loadConfig({}), new CaseFileCache()));
    await store.appendToStream(
      caseStreamId('c1'),
      [opened, shared].map((e, i) => ({ id: `e${i}`, type: e.type, schemaVersion: 1, data: e.data, metadata: {} })),
      { expected: 'no_stream', recordedAt: new Date('2024-03-01T12:00:00Z') },
    );
    const read = (who: Principal, asOf?: Date) => handler.execute(new GetSerializedCaseSummaryQuery(who, 'c1', asOf));
    return { store, clock, read };
  };

  it('serializes once per version, legal day and audience, each audience its own answer', async () => {
    const { store, clock, read } = await setup();
    const forFirm = await read(firm);
    expect(forFirm.version).toBe(2);
    expect(JSON.parse(forFirm.json)).toMatchObject({ version: 2, client: { name: 'Maria Delgado', phone: '555-0100' } });
    expect((await read(firm)).json).toBe(forFirm.json); // the same string: not serialized again

    // The shared reader never gets the firm's cached answer: the client's contact details stay out.
    const forBmw = await read(bmw);
    expect(JSON.parse(forBmw.json).client).toEqual({ name: 'Maria Delgado' });
    expect((await read(bmw)).json).toBe(forBmw.json);

    // A new version (written anywhere) is a new answer.
    await store.appendToStream(caseStreamId('c1'), [{ id: 'n1', type: note.type, schemaVersion: 1, data: note.data, metadata: {} }], {
      expected: 2,
      recordedAt: new Date('2024-03-01T14:00:00Z'),
    });
    const moved = await read(firm);
    expect(moved.version).toBe(3);
    expect(JSON.parse(moved.json)).toMatchObject({ version: 3, notesCount: 1 });
    expect(JSON.parse((await read(bmw)).json)).toMatchObject({ version: 3, notesCount: 0 });

    // A new legal day is a new answer too (the presumption and deadlines are judged on it).
    const before = JSON.parse(moved.json);
    clock.set('2024-03-02T15:00:00Z');
    const nextDay = await read(firm);
    expect(nextDay.json).not.toBe(moved.json);
    expect(JSON.parse(nextDay.json).presumption.asOf).not.toEqual(before.presumption.asOf);
  });

  it('serializes an asOf answer per request, naming the instant asked for', async () => {
    const { read } = await setup();
    const instant = new Date('2024-03-01T16:00:00Z');
    const answer = JSON.parse((await read(firm, instant)).json);
    expect(answer.asOf).toEqual({ instant: instant.toISOString(), legalDate: '2024-03-01' });
    const later = new Date('2024-03-01T17:00:00Z');
    expect(JSON.parse((await read(firm, later)).json).asOf.instant).toBe(later.toISOString());
  });
});
