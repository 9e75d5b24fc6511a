import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'correct horse battery staple';

/** Issue 11 administration: roles, deactivation (sessions and keys stop at once), reactivation, the log; refusals. */
describe('user administration over HTTP', () => {
  let t: TestApp;
  let firmId: string;
  let bootstrapAdminId: string;
  beforeAll(async () => {
    t = await startTestApp({ now: '2025-06-02T15:00:00Z' });
    const me = (await t.client().get('/me').expect(200)).body;
    firmId = me.organisationId;
    bootstrapAdminId = me.userId;
  }, 60_000);
  afterAll(async () => t?.close());

  const admin = () => t.client();
  /** A user of the firm who has set a password, signed in (a session cookie), and holds an API key. */
  const person = async (name: string, role = 'attorney') => {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@firm.example`;
    const created = (await admin().post(`/organisations/${firmId}/users`).send({ name, email, role }).expect(201)).body;
    await request(t.url).post(`/auth/invitations/${created.invitation.token}/accept`).send({ password: PASSWORD }).expect(200);
    const browser = request.agent(t.url);
    await browser.post('/auth/login').send({ email, password: PASSWORD }).expect(200);
    const { key } = (await admin().post(`/users/${created.id}/api-keys`).send({ label: 'integration' }).expect(201)).body;
    return { id: created.id as string, email, browser, key: key as string };
  };

  it('changes a role; the user acts with the new role at once; the log says who did what to whom', async () => {
    const alex = await person('Alex Rivera');
    await t.client(alex.key).get(`/organisations/${firmId}/users`).expect(403);
    const changed = (await admin().patch(`/users/${alex.id}/role`).send({ role: 'admin' }).expect(200)).body;
    expect(changed).toMatchObject({ id: alex.id, role: 'admin', deactivatedAt: null });
    await t.client(alex.key).get(`/organisations/${firmId}/users`).expect(200);
    await alex.browser.get(`/organisations/${firmId}/users`).expect(200);
    await admin().patch(`/users/${alex.id}/role`).send({ role: 'attorney' }).expect(200);
    const log = (await admin().get(`/organisations/${firmId}/admin-log`).expect(200)).body.items;
    expect(log.slice(0, 2)).toEqual([
      expect.objectContaining({
        action: 'role_changed',
        targetName: 'Alex Rivera',
        actorName: 'Bootstrap admin',
        detail: { from: 'admin', to: 'attorney' },
      }),
      expect.objectContaining({ action: 'role_changed', targetName: 'Alex Rivera', detail: { from: 'attorney', to: 'admin' } }),
    ]);
  });

  it('deactivation stops the user’s sessions, API keys and sign-in at once; reactivation lets them back in', async () => {
    const sam = await person('Sam Okafor', 'staff');
    await sam.browser.get('/auth/session').expect(200);
    await t.client(sam.key).get('/cases').expect(200);

    const off = (await admin().post(`/users/${sam.id}/deactivate`).expect(200)).body;
    expect(off.deactivatedAt).toEqual(expect.any(String));
    await sam.browser.get('/auth/session').expect(401);
    await sam.browser.get('/cases').expect(401);
    await t.client(sam.key).get('/cases').expect(401);
    // Signing in is refused with the same answer as a wrong password.
    const refused = await request(t.url).post('/auth/login').send({ email: sam.email, password: PASSWORD }).expect(401);
    const wrong = await request(t.url).post('/auth/login').send({ email: 'nobody@firm.example', password: PASSWORD }).expect(401);
    expect(refused.body.message).toBe(wrong.body.message);
    const users = (await admin().get(`/organisations/${firmId}/users`).expect(200)).body.items;
    expect(users.find((u: { id: string }) => u.id === sam.id)).toMatchObject({ name: 'Sam Okafor', deactivatedAt: expect.any(String) });

    await admin().post(`/users/${sam.id}/reactivate`).expect(200);
    await t.client(sam.key).get('/cases').expect(200); // unrevoked keys work again
    await sam.browser.get('/auth/session').expect(401); // ended sessions stay ended
    await request(t.url).post('/auth/login').send({ email: sam.email, password: PASSWORD }).expect(200);
    const actions = (await admin().get(`/organisations/${firmId}/admin-log`).expect(200)).body.items.map(
      (a: { action: string }) => a.action,
    );
    expect(actions.slice(0, 2)).toEqual(['reactivated', 'deactivated']);
  });

  it('refuses bad input with field-level 400s, keeps the last admin, and nobody deactivates themselves', async () => {
    const dana = await person('Dana Whitfield');
    const bad = await admin().patch(`/users/${dana.id}/role`).send({ role: 'owner' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['role']);
    await admin().patch(`/users/${dana.id}/role`).send({}).expect(400);
    await admin().patch(`/users/${dana.id}/role`).send({ role: 'staff', extra: true }).expect(400);
    await admin().patch('/users/not-a-uuid/role').send({ role: 'staff' }).expect(404);
    await admin().post('/users/00000000-0000-4000-8000-000000000000/deactivate').expect(404);
    const self = await admin().post(`/users/${bootstrapAdminId}/deactivate`).expect(409);
    expect(self.body.code).toBe('self_deactivation');
    const last = await admin().patch(`/users/${bootstrapAdminId}/role`).send({ role: 'attorney' }).expect(409);
    expect(last.body.code).toBe('last_admin');
    // Non-admins are forbidden; nothing changed.
    await t.client(dana.key).patch(`/users/${dana.id}/role`).send({ role: 'admin' }).expect(403);
    await t.client(dana.key).post(`/users/${bootstrapAdminId}/deactivate`).expect(403);
    await t.client(dana.key).get(`/organisations/${firmId}/admin-log`).expect(403);
    const users = (await admin().get(`/organisations/${firmId}/users`).expect(200)).body.items;
    expect(users.find((u: { id: string }) => u.id === dana.id).role).toBe('attorney');
  });

  it('another organisation’s admin (and the operator, for another organisation) finds no such user: 404', async () => {
    const maker = (await admin().post('/organisations').send({ name: 'BMW NA', kind: 'manufacturer' }).expect(201)).body;
    const makerAdmin = (await admin().post(`/organisations/${maker.id}/users`).send({ name: 'Morgan Lee', role: 'admin' }).expect(201))
      .body;
    const makerKey = makerAdmin.apiKey.key;
    const firmUser = await person('Riley Chen');
    await t.client(makerKey).patch(`/users/${firmUser.id}/role`).send({ role: 'admin' }).expect(404);
    await t.client(makerKey).post(`/users/${firmUser.id}/deactivate`).expect(404);
    await t.client(makerKey).get(`/organisations/${firmId}/admin-log`).expect(404);
    // The operator's admin does not run another organisation's users either.
    await admin().post(`/users/${makerAdmin.id}/deactivate`).expect(404);
    await t.client(makerKey).get('/me').expect(200);
  });
});

/** Issue 11: an admin corrects another user's name and email; the log keeps old -> new; sign-in follows the new email. */
describe('an admin corrects a user’s name and email over HTTP', () => {
  let t: TestApp;
  let firmId: string;
  beforeAll(async () => {
    t = await startTestApp({ now: '2025-06-02T15:00:00Z' });
    firmId = (await t.client().get('/me').expect(200)).body.organisationId;
  }, 60_000);
  afterAll(async () => t?.close());

  const person = async (name: string, email: string, role = 'attorney') => {
    const created = (await t.client().post(`/organisations/${firmId}/users`).send({ name, email, role }).expect(201)).body;
    await request(t.url).post(`/auth/invitations/${created.invitation.token}/accept`).send({ password: PASSWORD }).expect(200);
    const browser = request.agent(t.url);
    await browser.post('/auth/login').send({ email, password: PASSWORD }).expect(200);
    const { key } = (await t.client().post(`/users/${created.id}/api-keys`).send({ label: 'integration' }).expect(201)).body;
    return { id: created.id as string, browser, key: key as string };
  };

  it('changes both; the list, the log (old -> new) and sign-in follow; sessions, keys and signature stay', async () => {
    const dana = await person('Dana Whitfeld', 'dana@old.example');
    await t
      .client(dana.key)
      .patch(`/users/${dana.id}`)
      .send({ signatureLines: ['Attorney for Maria Delgado'], barNumber: '123456' })
      .expect(200);
    const changed = (
      await t.client().patch(`/users/${dana.id}/name-and-email`).send({ name: '  Dana Whitfield ', email: 'dana@firm.example' }).expect(200)
    ).body;
    expect(changed).toMatchObject({ id: dana.id, name: 'Dana Whitfield', email: 'dana@firm.example', role: 'attorney' });
    const users = (await t.client().get(`/organisations/${firmId}/users`).expect(200)).body.items;
    expect(users.find((u: { id: string }) => u.id === dana.id)).toMatchObject({ name: 'Dana Whitfield', email: 'dana@firm.example' });
    const log = (await t.client().get(`/organisations/${firmId}/admin-log`).expect(200)).body.items;
    expect(log.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'name_changed',
          actorName: 'Bootstrap admin',
          targetName: 'Dana Whitfield',
          detail: { from: 'Dana Whitfeld', to: 'Dana Whitfield' },
        }),
        expect.objectContaining({ action: 'email_changed', detail: { from: 'dana@old.example', to: 'dana@firm.example' } }),
      ]),
    );
    await dana.browser.get('/auth/session').expect(200);
    await t.client(dana.key).get('/cases').expect(200);
    expect((await t.client().get(`/users/${dana.id}/signature`).expect(200)).body).toMatchObject({
      name: 'Dana Whitfield',
      signatureLines: ['Attorney for Maria Delgado'],
      barNumber: '123456',
    });
    await request(t.url).post('/auth/login').send({ email: 'dana@old.example', password: PASSWORD }).expect(401);
    await request(t.url).post('/auth/login').send({ email: 'dana@firm.example', password: PASSWORD }).expect(200);
  });

  it('inviting a user with an address another user has (any letter case) is 409 email_taken with the field named; nobody is added', async () => {
    await person('Casey Ng', 'casey@firm.example');
    const before = (await t.client().get(`/organisations/${firmId}/users`).expect(200)).body.items.length;
    const taken = await t
      .client()
      .post(`/organisations/${firmId}/users`)
      .send({ name: 'Casey Again', email: 'CASEY@firm.example', role: 'staff' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      code: 'email_taken',
      errors: [{ field: 'email', messages: ['another user already has this email address'] }],
    });
    expect(taken.body.invitation).toBeUndefined();
    expect((await t.client().get(`/organisations/${firmId}/users`).expect(200)).body.items).toHaveLength(before);
    // Nor as another organisation's first admin (the operator creates those).
    const maker = (await t.client().post('/organisations').send({ name: 'Ford Motor Co.', kind: 'manufacturer' }).expect(201)).body;
    await t
      .client()
      .post(`/organisations/${maker.id}/users`)
      .send({ name: 'Casey', email: 'casey@firm.example', role: 'admin' })
      .expect(409);
    expect((await t.client().get(`/organisations/${maker.id}/users`).expect(200)).body.items).toEqual([]);
  });

  it('a taken email is 409 with the field named, and nothing changes; bad input is a field-level 400', async () => {
    await person('Sam Okafor', 'sam@firm.example', 'staff');
    const riley = await person('Riley Chen', 'riley@firm.example');
    const taken = await t.client().patch(`/users/${riley.id}/name-and-email`).send({ name: 'Riley Chen-Park', email: 'SAM@firm.example' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'email_taken', errors: [{ field: 'email', messages: [expect.stringContaining('email')] }] });
    const fieldsOf = async (body: object) =>
      (await t.client().patch(`/users/${riley.id}/name-and-email`).send(body).expect(400)).body.errors.map(
        (e: { field: string }) => e.field,
      );
    expect(await fieldsOf({ email: 'not-an-email' })).toEqual(['email']);
    expect(await fieldsOf({ name: '   ' })).toEqual(['name']);
    expect(await fieldsOf({ name: 'x'.repeat(201) })).toEqual(['name']);
    expect(await fieldsOf({ name: 'Riley', role: 'admin' })).toEqual(['role']);
    expect(await fieldsOf({})).toEqual(['name']);
    const users = (await t.client().get(`/organisations/${firmId}/users`).expect(200)).body.items;
    expect(users.find((u: { id: string }) => u.id === riley.id)).toMatchObject({ name: 'Riley Chen', email: 'riley@firm.example' });
    const log = (await t.client().get(`/organisations/${firmId}/admin-log`).expect(200)).body.items;
    expect(log.filter((a: { targetUserId: string }) => a.targetUserId === riley.id)).toEqual([]);
  });

  it('a non-admin may not change anyone’s name or email, not even their own (403); another organisation’s admin finds no user (404)', async () => {
    const alex = await person('Alex Rivera', 'alex@firm.example');
    const morgan = await person('Morgan Lee', 'morgan@firm.example');
    const own = await t.client(alex.key).patch(`/users/${alex.id}/name-and-email`).send({ email: 'alex@elsewhere.example' }).expect(403);
    expect(own.body.message).toBe('only admins change a user’s name or email');
    await t.client(alex.key).patch(`/users/${morgan.id}/name-and-email`).send({ name: 'M. Lee' }).expect(403);
    const maker = (await t.client().post('/organisations').send({ name: 'BMW NA', kind: 'manufacturer' }).expect(201)).body;
    const makerAdmin = (await t.client().post(`/organisations/${maker.id}/users`).send({ name: 'Pat Kim', role: 'admin' }).expect(201))
      .body;
    await t.client(makerAdmin.apiKey.key).patch(`/users/${alex.id}/name-and-email`).send({ name: 'Hijacked' }).expect(404);
    // The operator's admin does not rename another organisation's users either.
    await t.client().patch(`/users/${makerAdmin.id}/name-and-email`).send({ name: 'Renamed' }).expect(404);
    await t.client().patch('/users/not-a-uuid/name-and-email').send({ name: 'Nobody' }).expect(404);
    const users = (await t.client().get(`/organisations/${firmId}/users`).expect(200)).body.items;
    expect(users.find((u: { id: string }) => u.id === alex.id)).toMatchObject({ name: 'Alex Rivera', email: 'alex@firm.example' });
  });
});
