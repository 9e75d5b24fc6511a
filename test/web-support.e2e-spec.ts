import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { openCaseBody } from './support/case-histories';
import { startTestApp, type TestApp } from './support/test-app';

/** A GET whose body is kept as sent (supertest would decompress it). */
const rawGet = (url: string, headers: Record<string, string>) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) =>
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail),
  );

/** What the web app needs from the API (issue 11): the app at /app/, names beside ids. */
describe('web app support', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('GET / goes to the web app at /app/; /app/ paths are the app (or say how to build it), API paths are unchanged', async () => {
    const root = await request(t.url).get('/').expect(302);
    expect(root.headers.location).toBe('/app/');
    const app = await request(t.url).get('/app/cases/some-case');
    expect([200, 404]).toContain(app.status);
    if (app.status === 200) {
      expect(app.text).toContain('<div id="root">');
      expect(app.headers['cache-control']).toBe('no-cache');
      // Built files are named by their content hash: kept for good, so a second visit downloads no code.
      const asset = /\/app\/assets\/[^"]+\.js/.exec(app.text)![0];
      const script = await request(t.url).get(asset).set('Accept-Encoding', 'identity').expect(200);
      expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(script.headers['content-encoding']).toBeUndefined();
      // A browser that accepts brotli (or gzip) gets the build's compressed copy of the same file, with the same caching.
      for (const [accepted, encoding, decode] of [
        ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
        ['gzip', 'gzip', gunzipSync],
      ] as const) {
        const compressed = await rawGet(`${t.url}${asset}`, { 'accept-encoding': accepted });
        expect(compressed.headers).toMatchObject({
          'content-encoding': encoding,
          'content-type': 'text/javascript; charset=utf-8',
          'cache-control': 'public, max-age=31536000, immutable',
          vary: expect.stringContaining('Accept-Encoding'),
        });
        expect(compressed.body.length).toBeLessThan(Buffer.byteLength(script.text) / 2);
        expect(decode(compressed.body).toString()).toBe(script.text);
      }
    } else expect(app.text).toBe('The web app is not built: run `npm run build:web` (npm start does it).');
    await request(t.url).get('/health').expect(200);
    await request(t.url).get('/cases').expect(401);
  });

  it('history actors, the access log and shares carry names beside ids', async () => {
    const me = (await t.client().get('/me').expect(200)).body;
    const maker = (
      await t.client().post('/organisations').send({ name: 'Audi of America — Customer Care', kind: 'manufacturer' }).expect(201)
    ).body;
    const { caseId } = (await t.client().post('/cases').send(openCaseBody()).expect(201)).body;
    await t.client().post(`/cases/${caseId}/shares`).send({ organisationId: maker.id }).expect(201);

    const history = (await t.client().get(`/cases/${caseId}/history`).expect(200)).body;
    expect(history.events[0].actor).toMatchObject({ userId: me.userId, name: 'Bootstrap admin', organisationName: 'Bootstrap law firm' });

    const log = (await t.client().get(`/cases/${caseId}/access-log`).expect(200)).body;
    expect(log.reads.length).toBeGreaterThan(0);
    expect(log.reads[0]).toMatchObject({ userId: me.userId, userName: 'Bootstrap admin', organisationName: 'Bootstrap law firm' });

    const shares = (await t.client().get(`/cases/${caseId}/shares`).expect(200)).body;
    expect(shares.sharedWithOrganisations).toEqual([{ id: maker.id, name: 'Audi of America — Customer Care' }]);
    expect(shares.ownerOrganisationName).toBe('Bootstrap law firm');
  });
});
