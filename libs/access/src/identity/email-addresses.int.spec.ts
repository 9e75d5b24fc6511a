import { randomUUID } from 'node:crypto';
import { createTestDatabase, FixedClock, type TestDatabase } from '@lemon/testing';
import { DataSource } from 'typeorm';
import { Access1732694400000 } from '../migrations/1732694400000-access';
import { PeopleSignIn1764316800000 } from '../migrations/1764316800000-people-sign-in';
import { UserDeactivation1764374400000 } from '../migrations/1764374400000-user-deactivation';
import { SignInService } from '../people/sign-in.service';
import { IdentityService } from './identity.service';

/** The user a createUser call made (a test's own set-up: a refusal fails it). */
async function created(result: ReturnType<IdentityService['createUser']>) {
  const outcome = await result;
  if (outcome.outcome !== 'created') throw new Error(`user not created: ${outcome.outcome}`);
  return outcome.user;
}

/** A new database with the access tables migrated, and the service on it. */
async function identityOnNewDatabase(name: string, clock: FixedClock) {
  const db = await createTestDatabase(name);
  const dataSource = new DataSource({
    type: 'postgres',
    url: db.url,
    migrations: [Access1732694400000, PeopleSignIn1764316800000, UserDeactivation1764374400000],
    migrationsTableName: 'rm_migrations',
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return { db, dataSource, identity: new IdentityService(dataSource, clock) };
}

/** An admin corrects a user's name and email (issue 11): atomic, logged old -> new, one email per person. */
describe('IdentityService.changeNameAndEmail (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let identity: IdentityService;
  let organisationId: string;
  let adminId: string;
  const clock = FixedClock.at('2025-06-02T15:00:00Z');

  beforeAll(async () => {
    ({ db, dataSource, identity } = await identityOnNewDatabase('name_and_email', clock));
    organisationId = (await identity.createOrganisation('Delgado & Partners LLP', 'law_firm')).id;
    adminId = (await created(identity.createUser(organisationId, { name: 'Ana Admin', email: 'ana@firm.example', role: 'admin' }))).id;
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const person = (name: string, email: string) => created(identity.createUser(organisationId, { name, email, role: 'attorney' }));
  const logOf = async (userId: string) => (await identity.adminActions(organisationId)).filter((a) => a.targetUserId === userId);

  it('changes both, logs each old -> new with who did it, and leaves the user’s sessions open', async () => {
    const dana = await person('Dana Whitfeld', 'dana@old.example');
    await dataSource.query('INSERT INTO iam_sessions (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, now(), now())', [
      `session-${dana.id}`,
      dana.id,
    ]);
    const result = await identity.changeNameAndEmail({ userId: adminId }, dana.id, { name: 'Dana Whitfield', email: 'dana@firm.example' });
    expect(result).toEqual({ outcome: 'changed', user: expect.objectContaining({ name: 'Dana Whitfield', email: 'dana@firm.example' }) });
    expect(await identity.user(dana.id)).toMatchObject({ name: 'Dana Whitfield', email: 'dana@firm.example' });
    const log = await logOf(dana.id);
    expect(log.map(({ action, actorName, detail }) => ({ action, actorName, detail }))).toEqual(
      expect.arrayContaining([
        { action: 'name_changed', actorName: 'Ana Admin', detail: { from: 'Dana Whitfeld', to: 'Dana Whitfield' } },
        { action: 'email_changed', actorName: 'Ana Admin', detail: { from: 'dana@old.example', to: 'dana@firm.example' } },
      ]),
    );
    expect(log).toHaveLength(2);
    const [session] = await dataSource.query('SELECT ended_at FROM iam_sessions WHERE user_id = $1', [dana.id]);
    expect(session.ended_at).toBeNull();
  });

  it('refuses an email another user has (in any letter case) and writes nothing, not even the name', async () => {
    await person('Sam Okafor', 'sam@firm.example');
    const riley = await person('Riley Chen', 'riley@firm.example');
    const result = await identity.changeNameAndEmail({ userId: adminId }, riley.id, { name: 'Riley Chen-Park', email: 'SAM@Firm.Example' });
    expect(result).toEqual({ outcome: 'email_taken' });
    expect(await identity.user(riley.id)).toMatchObject({ name: 'Riley Chen', email: 'riley@firm.example' });
    expect(await logOf(riley.id)).toEqual([]);
  });

  it('the same values change nothing and log nothing; a user’s own address in another letter case is a change', async () => {
    const alex = await person('Alex Rivera', 'alex@firm.example');
    expect(await identity.changeNameAndEmail({ userId: adminId }, alex.id, { name: 'Alex Rivera', email: 'alex@firm.example' })).toEqual({
      outcome: 'unchanged',
      user: expect.objectContaining({ name: 'Alex Rivera' }),
    });
    expect(await logOf(alex.id)).toEqual([]);
    const cased = await identity.changeNameAndEmail({ userId: adminId }, alex.id, { email: 'Alex@firm.example' });
    expect(cased).toMatchObject({ outcome: 'changed', user: { email: 'Alex@firm.example', name: 'Alex Rivera' } });
    expect((await logOf(alex.id)).map((a) => a.action)).toEqual(['email_changed']);
  });

  it('two concurrent changes to one free address: exactly one user gets it', async () => {
    const [one, two] = await Promise.all([person('One', 'one@firm.example'), person('Two', 'two@firm.example')]);
    const results = await Promise.all(
      [one, two].map((u) => identity.changeNameAndEmail({ userId: adminId }, u.id, { email: 'shared@firm.example' })),
    );
    expect(results.map((r) => r.outcome).sort()).toEqual(['changed', 'email_taken']);
    const [{ count }] = await dataSource.query("SELECT count(*)::int AS count FROM iam_users WHERE lower(email) = 'shared@firm.example'");
    expect(count).toBe(1);
  });

  it('an unknown user is not found', async () => {
    expect(await identity.changeNameAndEmail({ userId: adminId }, randomUUID(), { name: 'Nobody' })).toEqual({ outcome: 'not_found' });
  });
});

/** People sign in by email (issue 11): a new user cannot take an address another user has, in any organisation. */
describe('IdentityService: one email per person when users are added (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let identity: IdentityService;
  let firmId: string;
  const clock = FixedClock.at('2025-06-02T15:00:00Z');

  beforeAll(async () => {
    ({ db, dataSource, identity } = await identityOnNewDatabase('one_email', clock));
    firmId = (await identity.createOrganisation('Delgado & Partners LLP', 'law_firm')).id;
    await created(identity.createUser(firmId, { name: 'Ana Admin', email: 'ana@firm.example', role: 'admin' }));
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const usersWith = async (email: string) =>
    (await dataSource.query('SELECT count(*)::int AS count FROM iam_users WHERE lower(email) = lower($1)', [email]))[0].count;

  it('refuses a taken address in any letter case and writes nothing; users without an email do not collide', async () => {
    expect(await identity.createUser(firmId, { name: 'Another Ana', email: 'ANA@firm.example', role: 'staff' })).toEqual({
      outcome: 'email_taken',
    });
    expect(await usersWith('ana@firm.example')).toBe(1);
    expect((await identity.users(firmId)).map((u) => u.name)).toEqual(['Ana Admin']);
    await created(identity.createUser(firmId, { name: 'No Email One', role: 'staff' }));
    await created(identity.createUser(firmId, { name: 'No Email Two', role: 'staff' }));
  });

  it('another organisation’s first admin cannot take it either; a free address makes the admin and a key', async () => {
    const maker = (await identity.createOrganisation('BMW of North America', 'manufacturer')).id;
    expect(await identity.createFirstAdmin(maker, { name: 'Pat Kim', email: 'ana@FIRM.example' })).toEqual({ outcome: 'email_taken' });
    expect(await identity.users(maker)).toEqual([]);
    const first = await identity.createFirstAdmin(maker, { name: 'Pat Kim', email: 'pat@bmwna.example' });
    expect(first).toMatchObject({ outcome: 'created', user: { name: 'Pat Kim', role: 'admin' }, apiKey: { key: expect.any(String) } });
    expect(await identity.createFirstAdmin(maker, { name: 'Second', email: 'second@bmwna.example' })).toEqual({ outcome: 'has_users' });
  });

  it('two users added at once with one free address: exactly one is created', async () => {
    const results = await Promise.all(
      ['Jo One', 'Jo Two'].map((name) => identity.createUser(firmId, { name, email: 'jo@firm.example', role: 'attorney' })),
    );
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'email_taken']);
    expect(await usersWith('jo@firm.example')).toBe(1);
  });
});

/**
 * Accepting a one-time link can give an account its address (the bootstrap admin has none until then): it takes the same
 * per-address lock as adding and correcting users, so two links accepted at once with one new address cannot both win.
 */
describe('SignInService.acceptCredentialLink: one email per person (PostgreSQL)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let identity: IdentityService;
  let signIn: SignInService;
  let firmId: string;
  const clock = FixedClock.at('2025-06-02T15:00:00Z');

  beforeAll(async () => {
    ({ db, dataSource, identity } = await identityOnNewDatabase('accept_link_email', clock));
    signIn = new SignInService(dataSource, clock);
    firmId = (await identity.createOrganisation('Delgado & Partners LLP', 'law_firm')).id;
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('two accounts without an address accept their links at the same moment with the same one: exactly one gets it', async () => {
    const links = await Promise.all(
      ['Kim One', 'Kim Two'].map(async (name) => {
        const user = await created(identity.createUser(firmId, { name, role: 'attorney' }));
        return (await signIn.issueCredentialLink(user.id, 'invitation')).token;
      }),
    );
    const results = await Promise.all(
      links.map((token) => signIn.acceptCredentialLink(token, { password: 'velvet harbour lantern 42', email: 'Kim@Firm.example' })),
    );
    expect(results.map((r) => r.outcome).sort()).toEqual(['accepted', 'invalid']);
    expect(results.find((r) => r.outcome === 'invalid')).toEqual({
      outcome: 'invalid',
      errors: [{ field: 'email', messages: ['another account already signs in with this email address'] }],
    });
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM iam_users WHERE lower(email) = $1', [
      'kim@firm.example',
    ]);
    expect(count).toBe(1);
  });
});
