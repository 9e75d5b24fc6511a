import { openCaseBody, VINS } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/** The docket's pages, each cut inside its visibility branch (bench/README.md, "Session 3"), read as one list in due-date order. */
describe('docket pages (api + worker on PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2024-05-01T15:00:00Z' });
    const post = async (path: string, body: object) => (await t.client().post(path).send(body).expect(201)).body;
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Stalls', safetyCritical: false });
    await post(`/cases/${caseId}/repair-attempts`, {
      dateIn: '2024-02-05',
      dateOut: '2024-02-09',
      mileageIn: 1620,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2024-04-25', manufacturerContactedFirst: false });
    await post(
      '/cases',
      openCaseBody({ vehicle: { vin: VINS[2], make: 'Ford', model: 'F-150', modelYear: 2023 }, jurisdiction: 'NY', manufacturer: 'Ford' }),
    );
  }, 60_000);
  afterAll(async () => t?.close());

  type Page = { items: Array<{ deadlineId: string; dueOn: string | null }>; total: number; hasMore: boolean; totalIsCapped: boolean };
  const docket = async (query: object): Promise<Page> => (await t.client().get('/deadlines').query(query).expect(200)).body;

  it('pages of 2 put together are the whole docket, in due-date order (undated entries, if any, last)', async () => {
    const all = await docket({ pageSize: 100 });
    expect(all.items.length).toBeGreaterThan(4);
    expect(all).toMatchObject({ total: all.items.length, hasMore: false, totalIsCapped: false });
    const dated = all.items.filter((d) => d.dueOn !== null).map((d) => d.dueOn!);
    expect(dated).toEqual([...dated].sort());
    const firstUndated = all.items.findIndex((d) => d.dueOn === null);
    if (firstUndated >= 0) expect(all.items.slice(firstUndated).every((d) => d.dueOn === null)).toBe(true);

    const paged: string[] = [];
    const pages = Math.ceil(all.items.length / 2);
    for (let page = 1; page <= pages; page++) {
      const p = await docket({ pageSize: 2, page });
      expect(p).toMatchObject({ total: all.items.length, hasMore: page < pages });
      paged.push(...p.items.map((d) => d.deadlineId));
    }
    expect(paged).toEqual(all.items.map((d) => d.deadlineId));
    expect((await docket({ pageSize: 2, page: pages + 1 })).items).toEqual([]);
  });

  it('filters before paging: only deadlines due before the date, counted alike', async () => {
    const due = await docket({ dueBefore: '2024-07-01', pageSize: 1 });
    const all = await docket({ dueBefore: '2024-07-01', pageSize: 100 });
    expect(all.items.every((d) => d.dueOn !== null && d.dueOn < '2024-07-01')).toBe(true);
    expect(due).toMatchObject({ total: all.items.length, hasMore: all.items.length > 1 });
    expect(due.items.map((d) => d.deadlineId)).toEqual(all.items.slice(0, 1).map((d) => d.deadlineId));
  });
});
