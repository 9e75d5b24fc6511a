import { openCaseBody, VINS } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 11: the case list and the docket read as names and carry what an attorney scans for. */
describe('case list and docket columns for the web app (api + worker on PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2024-05-01T15:00:00Z' });
  }, 60_000);
  afterAll(async () => t?.close());

  const api = () => t.client();
  const post = async (path: string, body: object) => (await api().post(path).send(body).expect(201)).body;
  let bmwCase: string;
  let fordCase: string;

  beforeAll(async () => {
    ({ caseId: bmwCase } = await post('/cases', openCaseBody()));
    await post(`/cases/${bmwCase}/manufacturer-link`, { manufacturerId: 'bmw' });
    const { nonconformityId } = await post(`/cases/${bmwCase}/nonconformities`, {
      description: 'Transmission slips',
      safetyCritical: false,
    });
    await post(`/cases/${bmwCase}/repair-attempts`, {
      dateIn: '2024-02-05',
      dateOut: '2024-02-09',
      mileageIn: 1620,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    // Still in the shop since 2024-04-28: counts through today (04-28 … 05-01, four days).
    await post(`/cases/${bmwCase}/repair-attempts`, {
      dateIn: '2024-04-28',
      mileageIn: 2400,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    // Filed 2024-04-25 without contacting BMW first: 40 + 7 days, the program decides by 2024-06-11.
    await post(`/cases/${bmwCase}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2024-04-25', manufacturerContactedFirst: false });
    ({ caseId: fordCase } = await post(
      '/cases',
      openCaseBody({
        client: { name: 'Dana Ortiz' },
        vehicle: { vin: VINS[2], make: 'Ford', model: 'F-150', modelYear: 2023 },
        jurisdiction: 'NY',
        manufacturer: 'Ford Motor Company',
      }),
    ));
  }, 60_000);

  it('lists each case with its manufacturer, next deadline and who must act, days out of service and last activity', async () => {
    const { items } = (await api().get('/cases').expect(200)).body;
    const bmw = items.find((c: { caseId: string }) => c.caseId === bmwCase);
    expect(bmw).toMatchObject({
      clientName: 'Maria Delgado',
      manufacturer: { name: 'BMW of North America', directoryId: 'bmw' },
      nextDeadline: { kind: 'dispute_decision_due', dueOn: '2024-06-11', actor: 'program', status: 'OPEN', title: expect.any(String) },
      daysOutOfService: 9, // 5 (02-05 … 02-09) + 4 (04-28 … today)
      lastActivity: { eventType: 'DisputeClaimFiled', at: expect.any(String) },
    });
    // An open repair keeps counting: two days later, two more days, with no new event.
    t.clock.set('2024-05-03T15:00:00Z');
    const later = (await api().get('/cases').query({ q: 'delgado' }).expect(200)).body.items[0];
    expect(later.daysOutOfService).toBe(11);
    t.clock.set('2024-05-01T15:00:00Z');
  });

  it('filters by manufacturer (name, make or directory id) and by a next deadline within N days', async () => {
    const ids = async (query: Record<string, string | number>) =>
      (await api().get('/cases').query(query).expect(200)).body.items.map((c: { caseId: string }) => c.caseId);
    expect(await ids({ manufacturer: 'ford' })).toEqual([fordCase]);
    expect(await ids({ manufacturer: 'BMW of north' })).toEqual([bmwCase]);
    expect(await ids({ manufacturer: 'bmw' })).toEqual([bmwCase]); // the directory id, and the make
    // 2024-05-01 + 41 days = 06-11: the decision is inside; 40 days is one short.
    expect(await ids({ dueWithinDays: 41, manufacturer: 'bmw' })).toEqual([bmwCase]);
    expect(await ids({ dueWithinDays: 40, manufacturer: 'bmw' })).toEqual([]);
    const bad = await api().get('/cases').query({ dueWithinDays: 'soon' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('dueWithinDays');
    await api().get('/cases').query({ dueWithinDays: -1 }).expect(400);
    await api()
      .get('/cases')
      .query({ manufacturer: 'x'.repeat(101) })
      .expect(400);
  });

  it('docket rows and calendar events carry the client and the vehicle beside the ids', async () => {
    const docket = (await api().get('/deadlines').query({ dueBefore: '2024-07-01' }).expect(200)).body;
    const decision = docket.items.find((d: { kind: string; caseId: string }) => d.caseId === bmwCase && d.kind === 'dispute_decision_due');
    expect(decision).toMatchObject({ clientName: 'Maria Delgado', vehicle: { modelYear: 2024, make: 'BMW', model: 'X5 xDrive40i' } });
    const feed = await post('/calendar-feeds', { label: 'Outlook' });
    const ics = (await api().get(feed.url).expect(200)).text.replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('Maria Delgado · 2024 BMW X5 xDrive40i');
  });

  it('sorts by client, next deadline, last activity, presumption and days out of service (GET /cases?sort=key or -key), and refuses an unknown key', async () => {
    // The other two cases were opened at the same instant (the test clock): this one an hour later, the note two.
    t.clock.set('2024-05-01T16:00:00Z');
    const { caseId: aaronCase } = await post(
      '/cases',
      openCaseBody({
        client: { name: 'aaron Blake' },
        vehicle: { vin: VINS[1], make: 'BMW', model: 'X3', modelYear: 2020 },
        jurisdiction: 'TX',
        // Delivered in 2021: the presumption period is long over.
        acquisition: { type: 'purchase', deliveryDate: '2021-01-10', odometerAtDelivery: 12 },
      }),
    );
    const { nonconformityId } = await post(`/cases/${aaronCase}/nonconformities`, { description: 'Stalls', safetyCritical: true });
    await post(`/cases/${aaronCase}/repair-attempts`, {
      dateIn: '2024-03-04',
      dateOut: '2024-03-05',
      mileageIn: 30900,
      nonconformityIds: [nonconformityId],
      outcome: 'fixed',
    });
    t.clock.set('2024-05-01T17:00:00Z');
    await post(`/cases/${bmwCase}/notes`, { text: 'Client called back' }); // the BMW case is now the most recently active
    type Row = { clientName: string; daysOutOfService: number; presumptionStatus: string; nextDeadline: { dueOn: string } | null };
    const list = async (query: Record<string, string | number>): Promise<Row[]> =>
      (await api().get('/cases').query(query).expect(200)).body.items;
    const clients = async (sort: string) => (await list({ sort })).map((c) => c.clientName);

    // Names sort without regard to case.
    expect(await clients('client')).toEqual(['aaron Blake', 'Dana Ortiz', 'Maria Delgado']);
    expect(await clients('-client')).toEqual(['Maria Delgado', 'Dana Ortiz', 'aaron Blake']);
    expect((await list({ sort: 'client', pageSize: 1, page: 2 })).map((c) => c.clientName)).toEqual(['Dana Ortiz']);
    // The default stays the newest case first; `opened` is the oldest first.
    expect((await clients('-opened'))[0]).toBe('aaron Blake');
    expect((await list({})).map((c) => c.clientName)).toEqual(await clients('-opened'));
    expect((await clients('opened'))[2]).toBe('aaron Blake');
    expect(await clients('-lastActivity')).toEqual(['Maria Delgado', 'aaron Blake', 'Dana Ortiz']);
    // Maria: 9 days (an open repair counts through today), aaron: 2, Dana: none.
    expect((await list({ sort: '-daysOutOfService' })).map((c) => c.daysOutOfService)).toEqual([9, 2, 0]);
    expect((await list({ sort: 'daysOutOfService' })).map((c) => c.daysOutOfService)).toEqual([0, 2, 9]);

    // The next deadline shown is the one sorted by; cases with none come last in both directions.
    const dueOns = async (sort: string) => (await list({ sort })).map((c) => c.nextDeadline?.dueOn ?? null);
    const ascending = await dueOns('nextDeadline');
    const dated = ascending.filter((d): d is string => d !== null);
    expect(dated.length).toBeGreaterThanOrEqual(2);
    expect(ascending).toEqual([...[...dated].sort(), ...ascending.filter((d) => d === null)]);
    expect(await dueOns('-nextDeadline')).toEqual([...[...dated].sort().reverse(), ...ascending.filter((d) => d === null)]);

    // Presumption statuses in the order of the answer: MET, NOT_MET, INSUFFICIENT_DATA, PERIOD_EXPIRED.
    const rank = ['MET', 'NOT_MET', 'INSUFFICIENT_DATA', 'PERIOD_EXPIRED'];
    const ranks = (await list({ sort: 'presumption' })).map((c) => rank.indexOf(c.presumptionStatus));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks.at(-1)).toBe(rank.indexOf('PERIOD_EXPIRED'));
    expect(new Set(ranks).size).toBeGreaterThanOrEqual(2);
    expect((await list({ sort: '-presumption' }))[0].clientName).toBe('aaron Blake');

    for (const sort of ['color', '--client', 'client,-opened', 'Client']) {
      const bad = await api().get('/cases').query({ sort }).expect(400);
      expect(bad.body.errors).toEqual([
        { field: 'sort', messages: [expect.stringContaining('sort must be one of client, jurisdiction, delivered, opened, lastActivity')] },
      ]);
    }
    t.clock.set('2024-05-01T15:00:00Z');
  });
});
