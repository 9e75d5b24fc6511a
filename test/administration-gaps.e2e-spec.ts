import type request from 'supertest';
import { FixedClock, WebhookReceiver } from '@lemon/testing';
import { openCaseBody } from './support/case-histories';
import { docxText } from './support/documents';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * What the Administration screen and the Documents tab need from the API (issue 11): revoking one
 * API key of a user, pausing / resuming and changing a webhook subscription, reading one's own
 * signature block, and a document dated on an earlier day. Real HTTP, real PostgreSQL.
 */
const ENV = { WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', ALERT_SCAN_INTERVAL_MS: '100', WEBHOOK_POLL_INTERVAL_MS: '50' };

const eventually = async (check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

const binary = (res: request.Response, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('administration gaps over HTTP: one key revoked, webhooks paused and changed, signatures read, documents for a past date', () => {
  const clock = FixedClock.at('2024-08-01T15:00:00Z');
  const receiver = new WebhookReceiver(() => new Date(clock.now().epochMilliseconds));
  let t: TestApp;
  let firmId: string;
  const admin = () => t.client();
  const post = async (path: string, body: object) => (await admin().post(path).send(body).expect(201)).body;

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({ clock, env: ENV });
    firmId = (await admin().get('/me').expect(200)).body.organisationId;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await receiver.stop();
  });

  const person = async (name: string, role: string) =>
    (await post(`/organisations/${firmId}/users`, { name, email: `${name.split(' ')[0].toLowerCase()}@firm.example`, role })).id as string;

  it('lists a user’s keys with label, created and last used, never the secret; revoking one stops only that one', async () => {
    const alex = await person('Alex Rivera', 'attorney');
    const docketing = await post(`/users/${alex}/api-keys`, { label: 'docketing system' });
    const billing = await post(`/users/${alex}/api-keys`, { label: 'billing export' });
    await t.client(docketing.key).get('/cases').expect(200);

    const listed = (await admin().get(`/users/${alex}/api-keys`).expect(200)).body.items;
    expect(listed).toHaveLength(2);
    const used = listed.find((k: { id: string }) => k.id === docketing.id);
    expect(used).toMatchObject({ label: 'docketing system', createdAt: '2024-08-01T15:00:00.000Z', revokedAt: null });
    expect(used.lastUsedAt).toBe('2024-08-01T15:00:00.000Z');
    expect(listed.find((k: { id: string }) => k.id === billing.id).lastUsedAt).toBeNull();
    const text = JSON.stringify(listed);
    expect(text).not.toContain(docketing.key);
    expect(text).not.toContain(billing.key);

    await admin().delete(`/api-keys/${docketing.id}`).expect(204);
    await t.client(docketing.key).get('/cases').expect(401);
    await t.client(billing.key).get('/cases').expect(200);
    const after = (await admin().get(`/users/${alex}/api-keys`).expect(200)).body.items;
    expect(after.find((k: { id: string }) => k.id === docketing.id).revokedAt).toBe('2024-08-01T15:00:00.000Z');
    expect(after.find((k: { id: string }) => k.id === billing.id).revokedAt).toBeNull();
    await admin().delete('/api-keys/not-a-key').expect(404);
  });

  it('changes a subscription’s URL and event types; bad input is a 4xx naming the field; omitted fields stay', async () => {
    const created = await post('/webhook-subscriptions', { url: receiver.url, eventTypes: ['deadline.missed'], description: 'docketing' });
    const path = `/webhook-subscriptions/${created.id}`;

    const unknownType = (
      await admin()
        .patch(path)
        .send({ eventTypes: ['deadline.forgotten'] })
        .expect(400)
    ).body;
    expect(unknownType.errors.map((e: { field: string }) => e.field)).toEqual(['eventTypes']);
    const empty = (await admin().patch(path).send({}).expect(400)).body;
    expect(empty.errors.map((e: { field: string }) => e.field)).toEqual(['url', 'eventTypes', 'description']);
    const blank = (await admin().patch(path).send({ url: '  ' }).expect(400)).body;
    expect(blank.errors.map((e: { field: string }) => e.field)).toEqual(['url']);
    const privateTarget = (await admin().patch(path).send({ url: 'http://10.0.0.8/hook' }).expect(422)).body;
    expect(privateTarget).toMatchObject({ code: 'webhook_target_refused', errors: [{ field: 'url' }] });
    expect((await admin().get(path).expect(200)).body).toMatchObject({ url: receiver.url, eventTypes: ['deadline.missed'] });

    const changed = (
      await admin()
        .patch(path)
        .send({ url: `${receiver.url}/v2`, eventTypes: ['deadline.missed', 'case.presumption_met'] })
        .expect(200)
    ).body;
    expect(changed).toMatchObject({
      url: `${receiver.url}/v2`,
      eventTypes: ['deadline.missed', 'case.presumption_met'],
      description: 'docketing',
      status: 'active',
    });
    expect(changed.secret).toBeUndefined();
    expect((await admin().patch(path).send({ description: null }).expect(200)).body.description).toBeNull();
    await admin().patch('/webhook-subscriptions/00000000-0000-4000-8000-000000000000').send({ description: 'x' }).expect(404);
    await admin().delete(path).expect(204);
  });

  it('a paused subscription sends nothing: what is raised meanwhile is held, and delivered, signed, once it is resumed', async () => {
    const created = await post('/webhook-subscriptions', { url: receiver.url, eventTypes: ['deadline.missed'] });
    receiver.trust(created.secret);
    const path = `/webhook-subscriptions/${created.id}`;
    const paused = (await admin().post(`${path}/pause`).expect(200)).body;
    expect(paused).toMatchObject({ status: 'paused', disabledReason: 'paused by Bootstrap admin', disabledAt: '2024-08-01T15:00:00.000Z' });
    expect((await admin().post(`${path}/pause`).expect(200)).body.status).toBe('paused');

    // A BBB AUTO LINE claim filed 2024-05-01 without contacting BMW first: its decision was due
    // 2024-06-17, already missed when first computed, so deadline.missed is raised at once.
    const { caseId } = await post('/cases', openCaseBody());
    await post(`/cases/${caseId}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: '2024-05-01', manufacturerContactedFirst: false });
    const missedFor = () => receiver.uniqueById().filter((r) => r.payload.type === 'deadline.missed' && r.payload.data.caseId === caseId);
    const deliveries = async () =>
      (await admin().get(`${path}/deliveries`).expect(200)).body as Array<{ status: string; eventType: string }>;
    await eventually(async () => (await deliveries()).some((d) => d.eventType === 'deadline.missed'), 'the missed-deadline message');
    await new Promise((r) => setTimeout(r, 500)); // several dispatcher polls: nothing may go out
    expect((await deliveries()).map((d) => d.status)).toEqual(['held']);
    expect(missedFor()).toEqual([]);

    expect((await admin().post(`${path}/enable`).expect(200)).body).toMatchObject({ status: 'active', disabledReason: null });
    await eventually(() => missedFor().length === 1, 'the held message after resuming');
    expect(missedFor()[0].verified).toBe(true);
    // The dispatcher records the delivery once the receiver has answered, a moment after the receiver saw it.
    await eventually(async () => (await deliveries()).map((d) => d.status).join() === 'delivered', 'the delivery recorded as delivered');
    expect((await deliveries()).map((d) => d.status)).toEqual(['delivered']);
    await admin().post('/webhook-subscriptions/not-a-subscription/pause').expect(404);
  });

  it('each user reads their own signature block; an admin reads anyone’s; a colleague may not', async () => {
    const pat = await person('Pat Quinn', 'attorney');
    const sam = await person('Sam Okafor', 'staff');
    const patKey = (await post(`/users/${pat}/api-keys`, { label: 'pat' })).key;
    const samKey = (await post(`/users/${sam}/api-keys`, { label: 'sam' })).key;

    expect((await t.client(patKey).get(`/users/${pat}/signature`).expect(200)).body).toEqual({
      userId: pat,
      name: 'Pat Quinn',
      signatureLines: [],
      barNumber: null,
    });
    const refused = (
      await t
        .client(patKey)
        .patch(`/users/${pat}`)
        .send({ signatureLines: ['x'.repeat(121)] })
        .expect(400)
    ).body;
    expect(refused.errors.map((e: { field: string }) => e.field)).toEqual(['signatureLines']);
    await t
      .client(patKey)
      .patch(`/users/${pat}`)
      .send({ signatureLines: ['Pat Quinn, Esq.', 'Attorney for Plaintiff'], barNumber: '123456' })
      .expect(200);
    expect((await admin().get(`/users/${pat}/signature`).expect(200)).body).toMatchObject({
      signatureLines: ['Pat Quinn, Esq.', 'Attorney for Plaintiff'],
      barNumber: '123456',
    });
    await t.client(samKey).get(`/users/${pat}/signature`).expect(403);
    await admin().get('/users/00000000-0000-4000-8000-000000000000/signature').expect(404);
  });

  it('a document as of an earlier date is dated that day, leaves out later repairs, and is the same file again for that date and version', async () => {
    const { caseId } = await post('/cases', openCaseBody());
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, { description: 'Brakes fade', safetyCritical: true });
    for (const [ro, dateIn, mileageIn] of [
      ['RO-1001', '2024-02-05', 1620],
      ['RO-1002', '2024-03-01', 2900],
      ['RO-1003', '2024-06-03', 5200],
    ] as const)
      await post(`/cases/${caseId}/repair-attempts`, {
        repairOrderNumber: ro,
        dateIn,
        dateOut: dateIn,
        mileageIn,
        nonconformityIds: [nonconformityId],
        outcome: 'not_fixed',
      });
    const version = (await admin().get(`/cases/${caseId}`).expect(200)).body.version;
    const listed = (await admin().get(`/cases/${caseId}/documents`).query({ asOf: '2024-04-01' }).expect(200)).body;
    expect(listed.asOf).toBe('2024-04-01');
    const generate = () =>
      admin()
        .post(`/cases/${caseId}/documents`)
        .send({ kind: 'repair_chronology', format: 'docx', asOf: '2024-04-01', options: { caseVersion: version } })
        .buffer(true)
        .parse(binary)
        .expect(201);
    const first = await generate();
    expect(first.headers['content-disposition']).toContain('2024-04-01.docx');
    const text = docxText(first.body);
    expect(text).toContain('April 1, 2024');
    expect(text).toContain('RO-1001');
    expect(text).toContain('RO-1002');
    expect(text).not.toContain('RO-1003');
    const again = await generate();
    expect(Buffer.compare(first.body, again.body)).toBe(0);
    const bad = (
      await admin().post(`/cases/${caseId}/documents`).send({ kind: 'repair_chronology', format: 'docx', asOf: '1 April' }).expect(400)
    ).body;
    expect(bad.errors.map((e: { field: string }) => e.field)).toEqual(['asOf']);
  });
});
