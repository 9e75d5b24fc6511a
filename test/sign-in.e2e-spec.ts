import request from 'supertest';
import { SignInService } from '@lemon/access';
import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/** People sign in (issue 11): invitations, sessions by cookie, CSRF, brute-force limits, sign-out. */
describe('people sign in', () => {
  let t: TestApp;
  let firmId: string;
  const GOOD = 'correct horse battery staple';

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3' } });
    firmId = (await t.client().get('/me').expect(200)).body.organisationId;
  });
  afterAll(() => t?.close());

  /** An admin invites someone; the answer carries the one-time link's token. */
  const invite = async (email: string, role = 'attorney') => {
    const body = (
      await t
        .client()
        .post(`/organisations/${firmId}/users`)
        .send({ name: `Person ${email}`, email, role })
        .expect(201)
    ).body;
    return body as { id: string; invitation: { url: string; token: string; expiresAt: string; purpose: string } };
  };
  const accept = (token: string, body: object) => request(t.url).post(`/auth/invitations/${token}/accept`).send(body);
  const login = (email: string, password: string) => request(t.url).post('/auth/login').send({ email, password });
  const sessionCookie = (response: request.Response) =>
    ([] as string[])
      .concat(response.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
  const signedIn = async (email: string) => {
    const response = await login(email, GOOD).expect(200);
    return { cookie: sessionCookie(response), csrfToken: response.body.csrfToken as string, response };
  };

  it('an invitation link (72 h, one time) sets a password that passes the policy; then the person signs in', async () => {
    const { invitation } = await invite('dana@firm.example');
    expect(invitation.url).toBe(`${t.url}/app/invitation#token=${invitation.token}`);
    expect(Date.parse(invitation.expiresAt) - t.clock.now().epochMilliseconds).toBe(72 * 3_600_000);

    const weak = await accept(invitation.token, { password: 'password1234' }).expect(400);
    expect(weak.body.errors).toEqual([{ field: 'password', messages: ['is one of the most commonly used passwords: choose another'] }]);
    expect((await accept(invitation.token, { password: 'short' }).expect(400)).body.errors[0].messages).toEqual([
      'must be at least 12 characters long',
    ]);
    expect((await accept(invitation.token, { password: GOOD }).expect(200)).body.email).toBe('dana@firm.example');
    await accept(invitation.token, { password: GOOD }).expect(404); // one time only

    const { response, cookie } = await signedIn('Dana@Firm.example');
    expect(response.body.user).toMatchObject({ name: 'Person dana@firm.example', role: 'attorney' });
    const setCookie = ([] as string[]).concat(response.headers['set-cookie']).find((c) => c.startsWith('ll_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http here; Secure whenever the request came over https
    const me = await request(t.url).get('/auth/session').set('Cookie', cookie).expect(200);
    expect(me.body.user.email).toBe('dana@firm.example');
    await request(t.url).get('/cases').set('Cookie', cookie).expect(200);
  });

  it('an expired invitation is refused', async () => {
    const { invitation } = await invite('late@firm.example');
    t.clock.advance({ hours: 73 });
    try {
      await accept(invitation.token, { password: GOOD }).expect(404);
    } finally {
      t.clock.advance({ hours: -73 });
    }
  });

  it('cookie-authenticated writes need the CSRF token and the same origin; API keys do not', async () => {
    const { invitation } = await invite('csrf@firm.example');
    await accept(invitation.token, { password: GOOD }).expect(200);
    const { cookie, csrfToken } = await signedIn('csrf@firm.example');
    const refused = await request(t.url).post('/cases').set('Cookie', cookie).send(openCaseBody()).expect(403);
    expect(refused.body.code).toBe('csrf');
    await request(t.url)
      .post('/cases')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrfToken)
      .set('Origin', 'https://evil.example')
      .send(openCaseBody())
      .expect(403);
    await request(t.url).post('/cases').set('Cookie', cookie).set('X-CSRF-Token', 'forged').send(openCaseBody()).expect(403);
    await request(t.url)
      .post('/cases')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrfToken)
      .set('Origin', t.url)
      .send(openCaseBody())
      .expect(201);
    await t.client().post('/cases').send(openCaseBody()).expect(201);
  });

  it('every failed sign-in gets the same answer whether or not the account exists; repeated failures lock the account', async () => {
    const { invitation } = await invite('lock@firm.example');
    await accept(invitation.token, { password: GOOD }).expect(200);
    const wrong = await login('lock@firm.example', 'not the password at all').expect(401);
    const unknown = await login('nobody@firm.example', 'not the password at all').expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('The email or password is not correct.');

    for (const email of ['lock@firm.example', 'nobody@firm.example']) {
      await login(email, 'wrong wrong wrong').expect(401);
      await login(email, 'wrong wrong wrong').expect(401);
      const locked = await login(email, email === 'lock@firm.example' ? GOOD : 'wrong wrong wrong').expect(429);
      expect(locked.body.code).toBe('locked_out');
      expect(locked.body.message).toMatch(/^Too many failed sign-ins for this account or from this address\. Try again in 15 minutes/);
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    }
    // A password reset from an admin lifts the account's lockout.
    const reset = (
      await t
        .client()
        .post(`/users/${(await invite('other@firm.example')).id}/password-reset`)
        .expect(201)
    ).body;
    expect(reset.purpose).toBe('password_reset');
  });

  it('a new session id on every sign-in; the session ends after 12 idle hours and on sign-out', async () => {
    const { id, invitation } = await invite('idle@firm.example');
    await accept(invitation.token, { password: GOOD }).expect(200);
    const first = await signedIn('idle@firm.example');
    const second = await signedIn('idle@firm.example');
    expect(second.cookie).not.toBe(first.cookie);

    t.clock.advance({ hours: 11 });
    await request(t.url).get('/auth/session').set('Cookie', second.cookie).expect(200); // activity keeps it alive
    t.clock.advance({ hours: 11 });
    await request(t.url).get('/auth/session').set('Cookie', second.cookie).expect(200);
    t.clock.advance({ hours: 12, minutes: 1 });
    const expired = await request(t.url).get('/cases').set('Cookie', second.cookie).expect(401);
    expect(expired.body.code).toBe('session_expired');

    const third = await signedIn('idle@firm.example');
    const out = await request(t.url).post('/auth/logout').set('Cookie', third.cookie).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/ll_session=;/);
    await request(t.url).get('/auth/session').set('Cookie', third.cookie).expect(401);

    // A password reset ends every session the person had.
    const fourth = await signedIn('idle@firm.example');
    const reset = (await t.client().post(`/users/${id}/password-reset`).expect(201)).body;
    await accept(reset.token, { password: 'another long passphrase here' }).expect(200);
    await request(t.url).get('/auth/session').set('Cookie', fourth.cookie).expect(401);
    await login('idle@firm.example', GOOD).expect(401);
    await login('idle@firm.example', 'another long passphrase here').expect(200);
  });

  it('the first-start setup link lets the bootstrap admin (no email yet) choose an email and a password', async () => {
    const me = (await t.client().get('/me').expect(200)).body;
    const { token } = await t.app.get(SignInService).issueCredentialLink(me.userId, 'setup');
    const missing = await accept(token, { password: GOOD }).expect(400);
    expect(missing.body.errors[0].field).toBe('email');
    await accept(token, { password: GOOD, email: 'founder@firm.example' }).expect(200);
    const { response } = await signedIn('founder@firm.example');
    expect(response.body.organisation.operator).toBe(true);
  });

  it('stores passwords as argon2id hashes and sessions only as hashes', async () => {
    const rows = (await t.db.pool.query<{ password_hash: string }>("SELECT password_hash FROM iam_users WHERE email = 'dana@firm.example'"))
      .rows;
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = (await t.db.pool.query<{ id_hash: string }>('SELECT id_hash FROM iam_sessions')).rows;
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.id_hash))).toBe(true);
  });
});
