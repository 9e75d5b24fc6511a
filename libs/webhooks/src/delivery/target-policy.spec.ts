import { checkWebhookTarget, isInternalAddress } from './target-policy';

describe('webhook target policy (SSRF)', () => {
  const resolve = async (host: string) => ({ 'hooks.example.com': ['93.184.216.34'], 'inward.example.com': ['10.1.2.3'] })[host] ?? [];

  it.each([
    ['127.0.0.1', true],
    ['10.0.0.5', true],
    ['172.20.1.1', true],
    ['192.168.1.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['93.184.216.34', false],
    ['2606:4700::1111', false],
  ])('%s internal: %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal);
  });

  it('allows public https targets', async () => {
    expect(await checkWebhookTarget('https://hooks.example.com/lemon', { allowList: [], resolve })).toMatchObject({ allowed: true });
  });

  it.each([
    ['http://127.0.0.1:9000/hook', /private, loopback or link-local/],
    ['http://[::1]/hook', /private, loopback or link-local/],
    ['https://inward.example.com/x', /resolves to 10\.1\.2\.3/],
    ['http://169.254.169.254/latest/meta-data', /link-local/],
    ['ftp://hooks.example.com/x', /https/],
    ['https://user:pw@hooks.example.com/x', /credentials/],
    ['not a url', /absolute/],
  ])('refuses %s', async (url, reason) => {
    const verdict = await checkWebhookTarget(url, { allowList: [], resolve });
    expect(verdict.allowed).toBe(false);
    expect((verdict as { reason: string }).reason).toMatch(reason);
  });

  it('lets the configured allow-list name an internal host', async () => {
    expect(await checkWebhookTarget('http://127.0.0.1:9000/hook', { allowList: ['127.0.0.1'], resolve })).toMatchObject({ allowed: true });
  });
});
