import request from 'supertest';
import { loadConfig } from '@lemon/platform';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 11: the session cookie is Secure "whenever the request came over https". Behind a proxy that
 * ends TLS, only TRUST_PROXY lets X-Forwarded-Proto say so; without it the header is ignored, so a
 * client cannot claim https (or another address) for itself.
 */
describe('behind a TLS-terminating proxy (TRUST_PROXY)', () => {
  const PASSWORD = 'correct horse battery staple';
  const apps: TestApp[] = [];
  afterAll(async () => Promise.all(apps.map((a) => a.close())));

  const sessionCookieOf = async (trustProxy: string | undefined) => {
    const t = await startTestApp({ env: trustProxy ? { TRUST_PROXY: trustProxy } : {} });
    apps.push(t);
    const firmId = (await t.client().get('/me').expect(200)).body.organisationId;
    const { invitation } = (
      await t
        .client()
        .post(`/organisations/${firmId}/users`)
        .send({ name: 'Dana Proxy', email: 'dana@firm.example', role: 'attorney' })
        .expect(201)
    ).body;
    await request(t.url).post(`/auth/invitations/${invitation.token}/accept`).send({ password: PASSWORD }).expect(200);
    const response = await request(t.url)
      .post('/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: 'dana@firm.example', password: PASSWORD })
      .expect(200);
    return ([] as string[]).concat(response.headers['set-cookie']).find((c) => c.startsWith('ll_session='))!;
  };

  it('with TRUST_PROXY=loopback, a login forwarded as https gets a Secure, HttpOnly, SameSite=Lax session cookie', async () => {
    const cookie = await sessionCookieOf('loopback');
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('without TRUST_PROXY the same header is ignored: no Secure flag on plain http', async () => {
    expect(await sessionCookieOf(undefined)).not.toMatch(/Secure/);
  });

  it.each([
    ['unset', undefined, false],
    ['false', 'false', false],
    ['a number of hops', '1', 1],
    ['names and subnets', 'loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('TRUST_PROXY %s is read as Express expects it', (_what, value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('a malformed TRUST_PROXY stops the start with a clear message', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'my proxy!' })).toThrow(/TRUST_PROXY must be false, a number of hops/);
  });
});
