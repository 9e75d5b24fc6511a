import { createWorld, type World } from './support/organisations';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 14 §1: writes never fail for contention; authorisation comes before If-Match. */
const openCaseBody = () => ({
  client: { name: 'Maria Delgado', email: 'maria@example.com' },
  vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
  jurisdiction: 'CA',
  acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
  warranty: { months: 48, miles: 50000 },
  manufacturer: 'BMW of North America',
});

describe('writes to one case (PostgreSQL)', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    // Every request below comes from a handful of keys: lift the per-key limit out of the way.
    t = await startTestApp({ now: '2025-06-02T15:00:00Z', env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    world = await createWorld(t);
  });
  afterAll(async () => t?.close());

  const as = (name: keyof World['keys']) => t.client(world.keys[name]);
  const openCase = async () => (await as('firm.attorney').post('/cases').send(openCaseBody()).expect(201)).body.caseId as string;

  it('50 concurrent writers without If-Match: every command 201, versions gapless', async () => {
    const caseId = await openCase();
    const writers = 50;
    const commandsEach = 6;
    const statuses: number[] = [];
    const versions: number[] = [];
    const conflictBodies: unknown[] = [];
    await Promise.all(
      Array.from({ length: writers }, async (_, writer) => {
        for (let i = 0; i < commandsEach; i++) {
          const response = await as('firm.attorney')
            .post(`/cases/${caseId}/notes`)
            .send({ text: `writer ${writer} note ${i}` });
          statuses.push(response.status);
          if (response.status === 201) versions.push(response.body.version);
          else conflictBodies.push(response.body);
        }
      }),
    );
    expect(conflictBodies).toEqual([]);
    expect(statuses).toEqual(Array(writers * commandsEach).fill(201));
    // Versions 2..301 each exactly once (1 is the opening), and the case is at the last.
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: writers * commandsEach }, (_, i) => i + 2));
    const read = await as('firm.attorney').get(`/cases/${caseId}`).expect(200);
    expect(read.headers.etag).toBe(`"${writers * commandsEach + 1}"`);
  }, 120_000);

  it('If-Match still pins the version: a stale one is 409 {currentVersion}, naming only the version the client sent', async () => {
    const caseId = await openCase();
    await as('firm.attorney').post(`/cases/${caseId}/notes`).send({ text: 'second' }).expect(201);
    const stale = await as('firm.attorney').post(`/cases/${caseId}/notes`).set('If-Match', '"1"').send({ text: 'stale' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2, expectedVersion: 1 });
    expect(stale.body.message).toContain('"1"');
    await as('firm.attorney').post(`/cases/${caseId}/notes`).set('If-Match', '"2"').send({ text: 'fresh' }).expect(201);
  });

  it('authorises before If-Match: another organisation gets 404 whatever version it sends, like any other access', async () => {
    const caseId = await openCase();
    const withoutIfMatch = await as('other.admin').post(`/cases/${caseId}/notes`).send({ text: 'x' }).expect(404);
    for (const version of ['"1"', '"7"']) {
      const response = await as('other.admin').post(`/cases/${caseId}/notes`).set('If-Match', version).send({ text: 'x' }).expect(404);
      expect(response.body).not.toHaveProperty('currentVersion');
      expect(response.body.code).toBe(withoutIfMatch.body.code);
    }
    // A case that does not exist is 404 with or without If-Match, too.
    await as('firm.attorney')
      .post(`/cases/00000000-0000-4000-8000-000000000009/notes`)
      .set('If-Match', '"3"')
      .send({ text: 'x' })
      .expect(404);
    expect((await as('firm.attorney').get(`/cases/${caseId}`).expect(200)).body.version).toBe(1);
  });
});
