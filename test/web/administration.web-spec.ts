/// <reference lib="dom" />
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { WebhookReceiver } from '@lemon/testing';
import { openCaseBody } from '../support/case-histories';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchChromium, screenCapture, type BrowserSession, acceptInvitationAndSignIn } from './browser';

/**
 * What a firm administrator does on the Administration screen, in Debian's Chromium against the
 * real product on PostgreSQL: revoke one API key of a colleague (the others keep working), add a
 * webhook subscription (secret shown once), change and pause it, edit the firm's letterhead and
 * their own signature with a preview; an attorney keeps their own signature block, and generates a
 * document dated on an earlier day from the Documents tab; the admin corrects the attorney's name,
 * email and signature block; the attorney downloads the document again (byte for byte, until the
 * signature it prints changes, then it says so). Every screen is saved to
 * test-results/screens/ and checked with axe-core.
 */
jest.setTimeout(180_000);

const PASSWORD = 'correct horse battery staple';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('administration in Chromium: API keys, webhooks, letterhead and signature; documents for a past date', () => {
  const receiver = new WebhookReceiver();
  let t: TestApp;
  let chrome: BrowserSession;
  let admin: Page;
  let attorney: Page;
  let chronologySha: string;
  let firmId: string;
  let alexId: string;
  let alexInvitation: string;
  let docketingKey: string;
  let billingKey: string;
  let caseId: string;
  /** Each screen saved to test-results/screens and checked with axe-core. */
  const { capture, violations } = screenCapture({ pointerAway: true });
  /** A script error in the page (a screen that crashed) fails the test that caused it. */
  const pageErrors: string[] = [];

  const signIn = (page: Page, invitation: string, email: string) => acceptInvitationAndSignIn(page, invitation, email, PASSWORD);

  beforeAll(async () => {
    await receiver.start();
    t = await startTestApp({ now: new Date().toISOString(), env: { WEBHOOK_ALLOWED_TARGETS: '127.0.0.1' } });
    chrome = await launchChromium();
    const post = async (path: string, body: object) => {
      const response = await t.client().post(path).send(body);
      if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${response.text}`);
      return response.body;
    };
    firmId = (await t.client().get('/me').expect(200)).body.organisationId;
    const alex = await post(`/organisations/${firmId}/users`, { name: 'Alex Rivera', email: 'alex@firm.example', role: 'attorney' });
    alexId = alex.id;
    alexInvitation = alex.invitation.url;
    const patInvitation = (await post(`/organisations/${firmId}/users`, { name: 'Pat Quinn', email: 'pat@firm.example', role: 'admin' }))
      .invitation.url;
    docketingKey = (await post(`/users/${alexId}/api-keys`, { label: 'docketing system' })).key;
    billingKey = (await post(`/users/${alexId}/api-keys`, { label: 'billing export' })).key;
    await t.client(docketingKey).get('/cases').expect(200); // "last used" is known for this one

    ({ caseId } = await post(
      '/cases',
      openCaseBody({ acquisition: { type: 'purchase', deliveryDate: day(-200), odometerAtDelivery: 12 } }),
    ));
    const { nonconformityId } = await post(`/cases/${caseId}/nonconformities`, {
      description: 'Transmission slips',
      safetyCritical: false,
    });
    for (const [ro, offset, mileage] of [
      ['RO-1001', -180, 1620],
      ['RO-1002', -3, 4100],
    ] as const)
      await post(`/cases/${caseId}/repair-attempts`, {
        repairOrderNumber: ro,
        dateIn: day(offset),
        dateOut: day(offset + 2),
        mileageIn: mileage,
        nonconformityIds: [nonconformityId],
        outcome: 'not_fixed',
      });

    admin = (await chrome.person()).page;
    admin.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(admin, patInvitation, 'pat@firm.example');
  }, 120_000);
  afterAll(async () => {
    await chrome?.close();
    await t?.close();
    await receiver.stop();
  });

  it('revokes one of a colleague’s API keys, from the keyboard; that key stops at once, the other keeps working', async () => {
    await admin.getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('button', { name: 'API keys of Alex Rivera' }).click();
    const keys = admin.getByRole('table', { name: 'API keys of Alex Rivera' });
    const docketing = keys.getByRole('row').filter({ hasText: 'docketing system' });
    await docketing.getByText('active').waitFor();
    expect(await docketing.getByRole('cell').nth(3).innerText()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/); // last used
    expect(await keys.getByRole('row').filter({ hasText: 'billing export' }).getByText('never').count()).toBe(1);
    expect(await keys.innerText()).not.toContain(docketingKey);
    await capture(admin, 'admin-01-api-keys');

    await admin.getByRole('button', { name: /^Revoke “docketing system”/ }).focus();
    await admin.keyboard.press('Enter');
    const confirm = admin.getByRole('dialog', { name: /Revoke “docketing system”/ });
    await confirm.getByRole('button', { name: 'Revoke the key' }).focus();
    await admin.keyboard.press('Enter');
    await admin.getByRole('status').filter({ hasText: 'is revoked: it stopped working at once' }).waitFor();
    await docketing.getByText(/^revoked \d{4}-/).waitFor();
    await t.client(docketingKey).get('/cases').expect(401);
    await t.client(billingKey).get('/cases').expect(200);
    await capture(admin, 'admin-02-api-key-revoked');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('invites a colleague: the one-time link is shown once and they are listed; an address another user has is refused under Email', async () => {
    await admin.getByRole('tab', { name: /^Users, invitations/ }).click();
    const name = admin.getByRole('textbox', { name: 'Name' });
    const email = admin.getByRole('textbox', { name: /^Email \(they sign in with it\)/ });
    await name.fill('Jordan Park');
    await email.fill('jordan@firm.example');
    await admin.getByRole('button', { name: 'Invite' }).click();
    const shown = admin.getByRole('dialog', { name: 'Invitation link for Jordan Park (valid 72 hours)' });
    const link = await shown.getByTestId('shown-once').innerText();
    expect(link).toMatch(/\/app\/invitation#token=[\w-]{20,}$/);
    await capture(admin, 'admin-00-invitation-link');
    await shown.getByRole('button', { name: 'Close' }).click();
    await admin.getByRole('table', { name: 'Users' }).getByRole('cell', { name: 'jordan@firm.example' }).waitFor();
    expect(await name.inputValue()).toBe(''); // the form is ready for the next one

    // Alex already signs in with this address (in another letter case): 409 email_taken, said under the field, nobody added.
    await name.fill('Alex Again');
    await email.fill('ALEX@firm.example');
    await admin.getByRole('button', { name: 'Invite' }).click();
    await admin.getByText('another user already has this email address').waitFor();
    expect(await admin.getByText('another user already has this email address').count()).toBe(1); // under Email, not again above
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByRole('dialog').count()).toBe(0);
    expect(await admin.getByRole('table', { name: 'Users' }).getByRole('cell', { name: 'Alex Again' }).count()).toBe(0);
    await capture(admin, 'admin-00b-invitation-email-taken');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('adds a webhook subscription (secret shown once), refuses a private URL under its field, pauses it and reads its delivery log', async () => {
    await admin.getByRole('tab', { name: 'Webhooks' }).click();
    await admin.getByLabel('Endpoint URL (https)').fill(receiver.url);
    await admin.getByLabel('Description').fill('docketing system');
    await admin.getByRole('button', { name: 'Add subscription' }).click();
    const secret = admin.getByRole('dialog', { name: /Signing secret for/ });
    const shownSecret = await secret.getByTestId('shown-once').innerText();
    expect(shownSecret).toMatch(/^whsec_/);
    receiver.trust(shownSecret); // the receiver answers 204 only to messages signed with it
    await secret.getByRole('button', { name: 'Close' }).click();
    const row = admin.getByRole('table', { name: 'Webhook subscriptions' }).getByRole('row').filter({ hasText: receiver.url });
    await row.getByText('sending').waitFor();

    // A private address is refused by the API: the reason appears under the URL, nothing changes.
    await row.getByRole('button', { name: `Change ${receiver.url}` }).click();
    const change = admin.getByRole('dialog', { name: `Change ${receiver.url}` });
    await change.getByLabel('Endpoint URL (https)').fill('http://10.0.0.8/hook');
    await change.getByRole('checkbox', { name: /A case’s presumption is met/ }).uncheck();
    await change.getByRole('button', { name: 'Save the changes' }).click();
    await change.getByText(/private|not allowed|refused/i).waitFor();
    await capture(admin, 'admin-03-webhook-change-refused');
    await change.getByLabel('Endpoint URL (https)').fill(`${receiver.url}/v2`);
    await change.getByRole('button', { name: 'Save the changes' }).click();
    await change.waitFor({ state: 'hidden' });
    const changed = admin
      .getByRole('table', { name: 'Webhook subscriptions' })
      .getByRole('row')
      .filter({ hasText: `${receiver.url}/v2` });
    await changed.getByText('A case’s presumption is met').waitFor({ state: 'detached' });

    await changed.getByRole('button', { name: `Pause ${receiver.url}/v2` }).click();
    await admin.getByRole('status').filter({ hasText: 'is paused' }).waitFor();
    await changed.getByText('❚❚ paused').waitFor();
    await changed.getByText(/paused by Pat Quinn/).waitFor();
    const [subscription] = (await t.client().get('/webhook-subscriptions').expect(200)).body;
    expect(subscription).toMatchObject({
      status: 'paused',
      url: `${receiver.url}/v2`,
      eventTypes: ['deadline.approaching', 'deadline.missed'],
    });

    await changed.getByRole('button', { name: `Send a test to ${receiver.url}/v2` }).click();
    await admin.getByRole('status').filter({ hasText: 'it answered 204' }).waitFor(); // signed with the secret shown once
    await changed.getByRole('button', { name: `Delivery log of ${receiver.url}/v2` }).click();
    await admin.getByRole('table', { name: 'Deliveries' }).getByText('webhook.test').waitFor();
    await capture(admin, 'admin-04-webhook-paused');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('lists the firm’s calendar feeds and revokes one', async () => {
    const feed = (await t.client().post('/calendar-feeds').send({ label: 'Outlook' }).expect(201)).body;
    await admin.getByRole('tab', { name: 'Calendar feeds' }).click();
    const feeds = admin.getByRole('table', { name: 'Calendar feeds' });
    await feeds.getByRole('row').filter({ hasText: 'Outlook' }).getByText('active').waitFor();
    await admin.getByRole('button', { name: 'Revoke the calendar feed Outlook' }).click();
    await feeds
      .getByRole('row')
      .filter({ hasText: 'Outlook' })
      .getByText(/^revoked /)
      .waitFor();
    await t.client().get(feed.url).expect(401);
    await capture(admin, 'admin-05-calendar-feeds');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('edits the firm’s letterhead and the admin’s own signature, with a preview of how letters begin and close', async () => {
    await admin.getByRole('tab', { name: 'Letterhead & signature' }).click();
    const letterhead = admin.getByRole('form', { name: 'Letterhead' });
    await letterhead.getByLabel('Address').fill('1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017');
    await letterhead.getByLabel('Telephone').fill('(213) 555-0142');
    const preview = admin.getByRole('figure', { name: 'Preview of a letter’s head', exact: true });
    await preview.getByText('Telephone: (213) 555-0142').waitFor();
    await preview.getByText('1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017').waitFor();
    await letterhead.getByRole('button', { name: 'Save the letterhead' }).click();
    await letterhead.getByRole('status').filter({ hasText: 'Letterhead saved' }).waitFor();
    expect((await t.client().get(`/organisations/${firmId}/profile`).expect(200)).body).toMatchObject({
      address: '1200 Wilshire Blvd, Suite 400, Los Angeles, CA 90017',
      phone: '(213) 555-0142',
    });

    const signature = admin.getByRole('form', { name: 'Your signature block' });
    await signature.getByLabel('Lines under your name').fill('Managing Partner\n' + 'x'.repeat(121));
    await signature.getByRole('button', { name: 'Save my signature' }).click();
    await signature.getByText(/must be shorter than or equal to 120 characters/).waitFor(); // the API's field error, under the field
    await signature.getByLabel('Lines under your name').fill('Managing Partner\nAttorney for Plaintiff');
    await signature.getByLabel('Your State Bar number').fill('287654');
    const closing = admin.getByRole('figure', { name: 'Preview of a letter’s head and closing' });
    await closing.getByText('State Bar No. 287654').waitFor();
    await closing.getByText('Attorney for Plaintiff').waitFor();
    await signature.getByRole('button', { name: 'Save my signature' }).click();
    await signature.getByRole('status').filter({ hasText: 'Signature saved' }).waitFor();
    await capture(admin, 'admin-06-letterhead-and-signature');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('an attorney keeps their own signature block, and generates a letter dated on an earlier day from the Documents tab', async () => {
    attorney = (await chrome.person()).page;
    attorney.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(attorney, alexInvitation, 'alex@firm.example');
    expect(await attorney.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await attorney.getByRole('link', { name: 'My signature' }).click();
    const signature = attorney.getByRole('form', { name: 'Your signature block' });
    await signature.getByLabel('Lines under your name').fill('Attorney for Maria Delgado');
    await signature.getByLabel('Your State Bar number').fill('123456');
    await attorney.getByRole('figure').getByText('Telephone: (213) 555-0142').waitFor(); // the firm's letterhead, saved above
    await signature.getByRole('button', { name: 'Save my signature' }).click();
    await signature.getByRole('status').filter({ hasText: 'Signature saved' }).waitFor();
    await capture(attorney, 'admin-07-my-signature');
    expect((await t.client().get(`/users/${alexId}/signature`).expect(200)).body.signatureLines).toEqual(['Attorney for Maria Delgado']);

    // The 15th of last month: after RO-1001, before RO-1002.
    const now = new Date();
    const target = new Date(now.getFullYear(), now.getMonth() - 1, 15);
    const targetDay = `${target.getFullYear()}-${String(target.getMonth() + 1).padStart(2, '0')}-15`;
    await attorney.goto(`${t.url}/app/cases/${caseId}`);
    await attorney.getByRole('tab', { name: 'Documents' }).click();
    await attorney.getByText(/Made from the file as it stands on/).waitFor();
    await attorney.getByRole('button', { name: 'Letter date (as of)' }).click();
    await attorney.getByRole('button', { name: 'Previous month' }).click();
    await attorney.getByRole('button', { name: `15 ${MONTHS[target.getMonth()]} ${target.getFullYear()}` }).click();
    await attorney.getByText(`Made from the file as it stands on ${targetDay}`).waitFor();
    const download = attorney.waitForEvent('download');
    await attorney.getByRole('button', { name: /Generate Repair chronology.* as DOCX/i }).click();
    expect((await download).suggestedFilename()).toBe(`repair-chronology-${openCaseBody().vehicle.vin}-${targetDay}.docx`);
    chronologySha = await sha256Of(await download);
    const generated = attorney.getByRole('table', { name: 'Generated documents' });
    await generated.getByRole('cell', { name: targetDay, exact: true }).waitFor();
    await capture(attorney, 'admin-08-documents-as-of');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  it('downloads generated documents again, byte for byte; once the admin has corrected the signer’s name and signature, a letter that prints them says it cannot', async () => {
    // A later fact (the manufacturer's directory entry) makes the notice available; the attorney generates it, dated today.
    await t.client().post(`/cases/${caseId}/manufacturer-link`).send({ manufacturerId: 'bmw' }).expect(201);
    await attorney.reload();
    await attorney.getByRole('tab', { name: 'Documents' }).click();
    const noticeDownload = attorney.waitForEvent('download');
    await attorney.getByRole('button', { name: /Generate Written notice.* as DOCX/i }).click();
    const noticeSha = await sha256Of(await noticeDownload);

    // The chronology generated before that fact, again: the same bytes, with the hash its generation recorded.
    const generated = attorney.getByRole('table', { name: 'Generated documents' });
    const chronology = generated.getByRole('row').filter({ hasText: 'repair-chronology-' });
    const notice = generated.getByRole('row').filter({ hasText: 'manufacturer-notice-' });
    const downloadAgain = async (row: typeof chronology) => {
      const again = attorney.waitForEvent('download');
      await row.getByRole('button', { name: /^Download again: / }).click();
      return sha256Of(await again);
    };
    expect(await downloadAgain(chronology)).toBe(chronologySha);
    expect(await chronology.getByText(chronologySha).count()).toBe(1);
    await attorney.getByRole('status').filter({ hasText: 'downloaded again: byte for byte the file generated' }).waitFor();
    expect(await downloadAgain(notice)).toBe(noticeSha);
    await capture(attorney, 'admin-09-document-downloaded-again');

    // The admin opens Alex's row: name, email and Alex's own signature block in one drawer.
    await admin.getByRole('tab', { name: 'Users, invitations & API keys' }).click();
    await admin.getByRole('button', { name: 'Edit Alex Rivera' }).click();
    const drawer = admin.getByRole('dialog', { name: 'Edit Alex Rivera' });
    const details = drawer.getByRole('form', { name: 'Name and email of Alex Rivera' });
    await details.getByLabel(/^Email/).fill('pat@firm.example'); // Pat's: refused under the field
    await details.getByRole('button', { name: 'Save name and email' }).click();
    await details.getByText('another user already has this email address').waitFor();
    await details.getByLabel(/^Name/).scrollIntoViewIfNeeded();
    await capture(admin, 'admin-10-edit-user-email-taken');
    await details.getByLabel(/^Name/).fill('Alex Rivera-Soto');
    await details.getByLabel(/^Email/).fill('alex.rivera@firm.example');
    await details.getByRole('button', { name: 'Save name and email' }).click();
    await admin.getByText('Alex Rivera-Soto (alex.rivera@firm.example): name and email saved.').waitFor();
    const users = admin.getByRole('table', { name: 'Users' });
    await users
      .getByRole('row')
      .filter({ hasText: 'alex.rivera@firm.example' })
      .getByRole('cell', { name: 'Alex Rivera-Soto', exact: true })
      .waitFor();

    // The drawer follows the name just saved.
    await admin.getByRole('dialog', { name: 'Edit Alex Rivera-Soto' }).waitFor();
    const signature = drawer.getByRole('form', { name: 'Signature block of Alex Rivera-Soto' });
    await signature.getByLabel('Lines under their name').fill('Attorney for Maria Delgado\nSenior Associate');
    await drawer.getByRole('figure').getByText('Senior Associate').waitFor();
    await signature.getByRole('button', { name: 'Save the signature of Alex Rivera-Soto' }).click();
    await signature.getByRole('status').filter({ hasText: 'saved: letters they generate from now on carry it' }).waitFor();
    await capture(admin, 'admin-11-edit-user-saved');
    expect((await t.client().get(`/users/${alexId}/signature`).expect(200)).body).toMatchObject({
      name: 'Alex Rivera-Soto',
      signatureLines: ['Attorney for Maria Delgado', 'Senior Associate'],
      barNumber: '123456',
    });
    await drawer.getByRole('button', { name: 'Close' }).click();
    await admin.getByRole('tab', { name: 'Administration log' }).click();
    const log = admin.getByRole('table', { name: 'Administration log' });
    await log.getByText('Pat Quinn corrected the name of Alex Rivera-Soto: Alex Rivera → Alex Rivera-Soto').waitFor();
    await log.getByText('Pat Quinn changed the email of Alex Rivera-Soto: alex@firm.example → alex.rivera@firm.example').waitFor();
    await capture(admin, 'admin-12-admin-log-corrections');

    // Alex is still signed in. The chronology prints no signer: still the same bytes. The notice printed
    // the old name and signature: the same bytes cannot be made, and Alex is told instead of given another file.
    expect(await downloadAgain(chronology)).toBe(chronologySha);
    await notice.getByRole('button', { name: /^Download again: / }).click();
    await attorney.getByRole('alert').filter({ hasText: 'cannot be downloaded again' }).waitFor();
    await capture(attorney, 'admin-13-document-not-reproducible');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });
});

async function sha256Of(download: { path(): Promise<string | null> }): Promise<string> {
  const path = await download.path();
  if (!path) throw new Error('the download was not saved');
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}
