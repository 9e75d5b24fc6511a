import type { Principal } from '@lemon/access';
import { InMemoryEventStore } from '@lemon/event-store';
import { loadConfig } from '@lemon/platform';
import { FixedClock } from '@lemon/testing';
import { CaseFileCache } from '../case-file/case-file.cache';
import { appendToCase, bmw, firm, note, opened, shared } from '../case-file/case-file.spec-helpers';
import { CaseStreamReader } from '../case-file/case-stream.reader';
import { GetSerializedCaseSummaryHandler } from './get-case-summary.handler';
import { GetSerializedCaseSummaryQuery } from './get-case-summary.query';

describe('the case summary, served serialized', () => {
  const setup = async () => {
    const store = new InMemoryEventStore();
    const clock = FixedClock.at('2024-03-01T15:00:00Z');
    const handler = new GetSerializedCaseSummaryHandler(new CaseStreamReader(store, clock, loadConfig({}), new CaseFileCache()));
    await appendToCase(store, [opened, shared], 'no_stream', new Date('2024-03-01T12:00:00Z'));
    const read = (who: Principal, asOf?: Date) => handler.execute(new GetSerializedCaseSummaryQuery(who, 'c1', { asOf }));
    const readAfter = (who: Principal, version: number) => handler.execute(new GetSerializedCaseSummaryQuery(who, 'c1', { version }));
    return { store, clock, read, readAfter };
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
    await appendToCase(store, [note('firm only')], 2, new Date('2024-03-01T14:00:00Z'));
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
    expect(answer.asOf).toEqual({ instant: instant.toISOString(), legalDate: '2024-03-01', version: 2 });
    const later = new Date('2024-03-01T17:00:00Z');
    expect(JSON.parse((await read(firm, later)).json).asOf.instant).toBe(later.toISOString());
  });

  it('reads the file right after event N, exactly, even where events share one recorded instant; refuses an event it does not have', async () => {
    const { store, read, readAfter } = await setup();
    // Opened and shared were recorded at one instant, and so is this note: by instant they cannot be told apart, by version they can.
    await appendToCase(store, [note('firm only')], 2, new Date('2024-03-01T12:00:00Z'));
    expect(JSON.parse((await read(firm, new Date('2024-03-01T12:00:00Z'))).json)).toMatchObject({ version: 3 });
    expect(JSON.parse((await readAfter(firm, 1)).json)).toMatchObject({
      version: 1,
      asOf: { instant: '2024-03-01T12:00:00.000Z', legalDate: '2024-03-01', version: 1 },
    });
    expect(JSON.parse((await readAfter(firm, 2)).json)).toMatchObject({ version: 2, notesCount: 0 });
    expect(JSON.parse((await readAfter(firm, 3)).json)).toMatchObject({ version: 3, notesCount: 1 });
    for (const version of [0, 4])
      await expect(readAfter(firm, version)).rejects.toMatchObject({ code: 'rule_violation', field: 'version' });
  });
});
