/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openCaseBody, VINS } from '../support/case-histories';
import { startTestApp, type TestApp } from '../support/test-app';
import { launchChromium, screenCapture, type BrowserSession, acceptInvitationAndSignIn } from './browser';

/**
 * The screens around the case page, in Debian's Chromium against the real product on PostgreSQL:
 * the case list's filters (kept in the URL), the docket grouped by week with everything overdue
 * first, the paperwork tabs (documents, restitution, CSV import), the manufacturer directory, and a
 * manufacturer's read-only view where restitution and documents stay with the firm. Every screen is
 * saved to test-results/screens/ and checked with axe-core.
 */
jest.setTimeout(180_000);

const PASSWORD = 'correct horse battery staple';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('web app screens around the case page, in Chromium', () => {
  let t: TestApp;
  let chrome: BrowserSession;
  let attorney: Page;
  let bmwCase: string;
  let fordCase: string;
  let makerInvitation: string;
  let adminInvitation: string;
  /** Each screen saved to test-results/screens and checked with axe-core. */
  const { capture, violations } = screenCapture();

  const signIn = (page: Page, invitation: string, email: string) => acceptInvitationAndSignIn(page, invitation, email, PASSWORD);

  beforeAll(async () => {
    t = await startTestApp({ now: new Date().toISOString() });
    chrome = await launchChromium();
    const post = async (path: string, body: object) => {
      const response = await t.client().post(path).send(body);
      if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${response.text}`);
      return response.body;
    };
    const firmId = (await t.client().get('/me').expect(200)).body.organisationId;
    const invitation = (await post(`/organisations/${firmId}/users`, { name: 'Alex Rivera', email: 'alex@firm.example', role: 'attorney' }))
      .invitation.url;
    adminInvitation = (await post(`/organisations/${firmId}/users`, { name: 'Pat Quinn', email: 'pat@firm.example', role: 'admin' }))
      .invitation.url;
    const maker = await post('/organisations', { name: 'BMW of North America — Customer Relations', kind: 'manufacturer' });
    makerInvitation = (await post(`/organisations/${maker.id}/users`, { name: 'Morgan Lee', email: 'morgan@bmwna.example', role: 'admin' }))
      .invitation.url;

    // A California BMW, linked to the directory, priced: restitution can be computed; a program decision due soon.
    ({ caseId: bmwCase } = await post(
      '/cases',
      openCaseBody({
        manufacturerId: 'bmw',
        acquisition: { type: 'purchase', deliveryDate: day(-200), odometerAtDelivery: 12, price: 68950, collateralCharges: 6205.5 },
      }),
    ));
    const { nonconformityId } = await post(`/cases/${bmwCase}/nonconformities`, {
      description: 'Transmission slips',
      safetyCritical: false,
    });
    await post(`/cases/${bmwCase}/repair-attempts`, {
      repairOrderNumber: 'RO-1001',
      dateIn: day(-180),
      dateOut: day(-176),
      mileageIn: 1620,
      nonconformityIds: [nonconformityId],
      outcome: 'not_fixed',
    });
    await post(`/cases/${bmwCase}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: day(-20), manufacturerContactedFirst: false });
    await post(`/cases/${bmwCase}/shares`, { organisationId: maker.id });
    // Another BMW whose program decision is late: overdue on the docket.
    const { caseId: lateCase } = await post(
      '/cases',
      openCaseBody({
        client: { name: 'Sam Lee' },
        vehicle: { vin: VINS[1], make: 'BMW', model: 'M340i', modelYear: 2023 },
        acquisition: { type: 'purchase', deliveryDate: day(-300), odometerAtDelivery: 9 },
      }),
    );
    await post(`/cases/${lateCase}/dispute-claims`, { program: 'BBB_AUTO_LINE', filedOn: day(-100), manufacturerContactedFirst: false });
    // A New York Ford with no price: restitution lacks data.
    ({ caseId: fordCase } = await post(
      '/cases',
      openCaseBody({
        client: { name: 'Dana Ortiz' },
        vehicle: { vin: VINS[2], make: 'Ford', model: 'F-150', modelYear: 2023 },
        jurisdiction: 'NY',
        manufacturer: 'Ford Motor Company',
        acquisition: { type: 'purchase', deliveryDate: day(-90), odometerAtDelivery: 5 },
      }),
    ));
    attorney = (await chrome.person()).page;
    await signIn(attorney, invitation, 'alex@firm.example');
  }, 120_000);
  afterAll(async () => {
    await chrome?.close();
    await t?.close();
  });

  /** Reads until the value equals `expected` (the list re-renders after its request), failing with the last value after 5 s. */
  const settlesTo = async <T>(read: () => Promise<T>, expected: T) => {
    for (let attempt = 0; ; attempt++) {
      try {
        expect(await read()).toEqual(expected);
        return;
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const rowsOfCases = async (page: Page) => page.getByRole('table', { name: 'Cases' }).getByRole('row').count();

  it('lists cases with the next deadline and who must act; manufacturer and due-within filters narrow it and stay in the URL', async () => {
    await attorney.goto(`${t.url}/app/cases`);
    const table = attorney.getByRole('table', { name: 'Cases' });
    await table.getByRole('link', { name: 'Maria Delgado' }).waitFor();
    await table.getByRole('link', { name: 'Dana Ortiz' }).waitFor();
    const bmwRow = table.getByRole('row').filter({ hasText: 'Maria Delgado' });
    await bmwRow.getByText(/^who must act: /).waitFor();
    await bmwRow.getByText('BMW of North America').waitFor();
    await capture(attorney, 'rest-01-cases');

    // Sorting: a column header sorts by it (and again the other way); the order lives in the URL; the keyboard does it too.
    const clientsInOrder = async () =>
      table
        .getByRole('row')
        .filter({ has: attorney.getByRole('link') })
        .getByRole('link')
        .allTextContents();
    await table.getByRole('button', { name: 'Client' }).click();
    await attorney.waitForURL(/sort=client/);
    await attorney.waitForFunction(() => document.querySelector('th[aria-sort="ascending"]')?.textContent?.startsWith('Client'));
    await settlesTo(clientsInOrder, ['Dana Ortiz', 'Maria Delgado', 'Sam Lee']);
    await table.getByRole('button', { name: 'Client' }).click();
    await attorney.waitForURL(/sort=-client/);
    await settlesTo(clientsInOrder, ['Sam Lee', 'Maria Delgado', 'Dana Ortiz']);
    await capture(attorney, 'rest-01b-cases-sorted');
    await table.getByRole('button', { name: 'Days out of service' }).focus();
    await attorney.keyboard.press('Enter');
    await attorney.waitForURL(/sort=-daysOutOfService/);
    await settlesTo(clientsInOrder, ['Maria Delgado', expect.any(String), expect.any(String)]); // the only one with repair days
    await attorney.goto(`${t.url}/app/cases?sort=nextDeadline`);
    await attorney.waitForFunction(() => document.querySelector('th[aria-sort="ascending"]')?.textContent?.startsWith('Next deadline'));
    await attorney.goto(`${t.url}/app/cases`);

    await attorney.getByLabel('Manufacturer').fill('ford');
    await attorney.waitForURL(/manufacturer=ford/);
    await table.getByRole('link', { name: 'Maria Delgado' }).waitFor({ state: 'detached' });
    expect(await rowsOfCases(attorney)).toBe(2); // header + Dana Ortiz
    await attorney.getByLabel('Manufacturer').fill('');

    await attorney.getByRole('combobox', { name: 'Next deadline within' }).click();
    await attorney.getByRole('option', { name: '30 days', exact: true }).click();
    await attorney.waitForURL(/dueWithinDays=30/);
    await table.getByRole('link', { name: 'Dana Ortiz' }).waitFor({ state: 'detached' });
    await table.getByRole('link', { name: 'Maria Delgado' }).waitFor();
    await capture(attorney, 'rest-02-cases-filtered');

    // A bookmarked view opens with its filters.
    await attorney.goto(`${t.url}/app/cases?manufacturer=bmw&dueWithinDays=30`);
    await table.getByRole('link', { name: 'Maria Delgado' }).waitFor();
    expect(await attorney.getByLabel('Manufacturer').inputValue()).toBe('bmw');

    const phone = (await chrome.person({ width: 390, height: 844 })).context;
    await phone.addCookies(await attorney.context().cookies());
    const phonePage = await phone.newPage();
    await phonePage.goto(`${t.url}/app/cases`);
    await phonePage.getByRole('list', { name: 'Cases' }).getByRole('link', { name: 'Maria Delgado' }).waitFor();
    await capture(phonePage, 'rest-03-cases-phone');
    await phone.close();
    expect(violations).toEqual({});
  });

  it('shows the docket overdue first, then by week, each row with client, vehicle and who must act', async () => {
    await attorney.goto(`${t.url}/app/docket?days=90`);
    const headings = attorney.getByRole('heading', { level: 2 });
    await headings.first().waitFor();
    const titles = await headings.allInnerTexts();
    expect(titles[0]).toMatch(/Overdue/);
    const weekly = titles.slice(1);
    expect(weekly.length).toBeGreaterThan(0);
    for (const title of weekly) expect(title).toMatch(/^(Today|Rest of this week|Week of \d{4}-\d{2}-\d{2})/);
    const mondays = weekly.map((w) => /Week of (\d{4}-\d{2}-\d{2})/.exec(w)?.[1]).filter(Boolean) as string[];
    expect([...mondays].sort()).toEqual(mondays);
    // The late decision (filed 100 days ago + 47) is overdue: the program's, shown with the client and the vehicle.
    const overdue = attorney.getByRole('table', { name: /^Deadlines: Overdue/ });
    const late = overdue.getByRole('row').filter({ hasText: day(-53) });
    await late.getByRole('link', { name: 'Sam Lee · 2023 BMW M340i' }).waitFor();
    await late.getByText('dispute program').waitFor();
    // The decision due in 27 days sits in its week.
    const soon = attorney
      .getByRole('row')
      .filter({ hasText: day(27) })
      .filter({ hasText: 'Maria Delgado' });
    await soon.getByText('in 27 days').waitFor();
    await capture(attorney, 'rest-04-docket');

    await attorney.getByRole('combobox', { name: 'Who must act' }).click();
    await attorney.getByRole('option', { name: 'manufacturer', exact: true }).click();
    await attorney.waitForURL(/actor=manufacturer/);
    await overdue.waitFor({ state: 'detached' });

    const phone = (await chrome.person({ width: 390, height: 844 })).context;
    await phone.addCookies(await attorney.context().cookies());
    const phonePage = await phone.newPage();
    await phonePage.goto(`${t.url}/app/docket?days=90`);
    await phonePage.getByRole('list', { name: /^Deadlines: Overdue/ }).waitFor();
    await capture(phonePage, 'rest-05-docket-phone');
    await phone.close();
    expect(violations).toEqual({});
  });

  it('documents: what is missing for each, generates a DOCX and lists it with its hash', async () => {
    await attorney.goto(`${t.url}/app/cases/${bmwCase}`);
    await attorney.getByRole('tab', { name: 'Documents' }).click();
    const list = attorney.getByRole('list', { name: 'Documents' });
    await list.getByRole('heading').first().waitFor();
    expect(await list.getByRole('heading').allInnerTexts()).toHaveLength(5);
    const download = attorney.waitForEvent('download');
    await attorney.getByRole('button', { name: /Generate Repair chronology.* as DOCX/i }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    await attorney.getByRole('status').filter({ hasText: 'generated (SHA-256' }).waitFor();
    const generated = attorney.getByRole('table', { name: 'Generated documents' });
    await generated.getByText(/^[0-9a-f]{64}$/).waitFor();
    await capture(attorney, 'rest-06-documents');
    expect(violations).toEqual({});
  });

  it('restitution: each line with formula and citation; records and corrects an expense; missing data said plainly', async () => {
    await attorney.goto(`${t.url}/app/cases/${bmwCase}`);
    await attorney.getByRole('tab', { name: 'Restitution' }).click();
    const figures = attorney.getByRole('table', { name: 'Restitution' });
    await figures.getByText('$68,950.00').first().waitFor();
    await figures
      .getByText(/1793\.2/)
      .first()
      .waitFor();
    await attorney.getByRole('button', { name: '+ Record an expense' }).click();
    const dialog = attorney.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await dialog.getByRole('alert').waitFor(); // field errors from the API, nothing recorded
    await dialog.getByRole('combobox', { name: 'Kind' }).click();
    await attorney.getByRole('option', { name: 'Towing' }).click();
    await dialog.getByLabel('Amount (US$)').fill('185.50');
    await dialog.getByLabel('Paid on').fill(day(-179));
    await dialog.getByLabel('Paid on').press('Tab');
    await dialog.getByLabel('Description').fill('Tow to the dealer');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const expenses = attorney.getByRole('table', { name: 'Incidental expenses' });
    await expenses.getByText('$185.50').waitFor();
    await expenses.getByRole('button', { name: 'Correct' }).click();
    await dialog.getByLabel('Amount (US$)').fill('195.50');
    await dialog.getByLabel('Why it is corrected').fill('Receipt shows $195.50');
    await dialog.getByRole('button', { name: 'Save the correction' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expenses.getByText('$195.50').waitFor();
    await capture(attorney, 'rest-07-restitution');

    await attorney.goto(`${t.url}/app/cases/${fordCase}`);
    await attorney.getByRole('tab', { name: 'Restitution' }).click();
    await attorney.getByText('INSUFFICIENT DATA').waitFor();
    await attorney.getByText('To compute the figure, record:').waitFor();
    await capture(attorney, 'rest-08-restitution-missing');
    expect(violations).toEqual({});
  });

  it('imports repair orders from CSV: dry run with row errors, then a clean file previewed and committed', async () => {
    const dir = tmpdir();
    const bad = join(dir, 'bad-repair-orders.csv');
    const good = join(dir, 'repair-orders.csv');
    writeFileSync(bad, `RO,Dealer,Date In,Date Out,Mileage In,Defects,Outcome\nRO-2001,Pacific Ford,not a date,,3100,Brakes,not fixed\n`);
    writeFileSync(
      good,
      `RO,Dealer,Date In,Date Out,Mileage In,Defects,Outcome\nRO-2001,Pacific Ford,${day(-60)},${day(-57)},3100,Brakes grind,not fixed\nRO-2002,Pacific Ford,${day(-30)},${day(-26)},3900,Brakes grind,not fixed\n`,
    );
    await attorney.goto(`${t.url}/app/cases/${fordCase}`);
    await attorney.getByRole('tab', { name: 'Import CSV' }).click();
    await attorney.locator('input[type="file"]').setInputFiles(bad);
    await attorney.getByRole('button', { name: 'Check the file (dry run)' }).click();
    await attorney.getByRole('table', { name: 'Problems in the file' }).getByText(/date/i).first().waitFor();
    expect(await attorney.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await capture(attorney, 'rest-09-import-errors');

    await attorney.locator('input[type="file"]').setInputFiles(good);
    await attorney.getByRole('button', { name: 'Check the file (dry run)' }).click();
    const preview = attorney.getByRole('table', { name: 'Import preview' });
    await preview.getByText('RO-2002').waitFor();
    expect(await preview.getByText('will be recorded').count()).toBe(2);
    await capture(attorney, 'rest-10-import-preview');
    await attorney.getByRole('button', { name: 'Import', exact: true }).click();
    await attorney.getByText(/Imported: 2 repair orders recorded/).waitFor();
    await attorney.getByRole('cell', { name: 'RO-2002', exact: true }).first().waitFor();
    await capture(attorney, 'rest-11-import-done');
    expect(violations).toEqual({});
  });

  it('the manufacturer directory and the case’s manufacturer tab show each value with its confidence and sources', async () => {
    await attorney.getByRole('link', { name: 'Manufacturers' }).click();
    await attorney.getByRole('heading', { name: 'Manufacturer directory' }).waitFor();
    await attorney.mouse.move(1200, 780); // the screen as read, not under the pointer
    await attorney
      .getByText(/P\.O\. Box 1227/)
      .first()
      .waitFor();
    await capture(attorney, 'rest-12-directory');
    await attorney.goto(`${t.url}/app/cases/${bmwCase}`);
    await attorney.getByRole('tab', { name: 'Manufacturer' }).click();
    await attorney
      .getByRole('tabpanel')
      .getByText(/AB 1755 election/)
      .first()
      .waitFor();
    await attorney.getByText(/linked to the directory entry/).waitFor();
    await capture(attorney, 'rest-13-case-manufacturer');
    expect(violations).toEqual({});
  });

  it('a "verify" marker opens the statute as we read it, at the rule and version the case uses; the jurisdictions list compares all 51', async () => {
    await attorney.goto(`${t.url}/app/cases/${bmwCase}`);
    const presumption = attorney.locator('[aria-labelledby="presumption-title"]');
    // Cal. Civ. Code 1793.22(b)(1)'s direct-notice element is read with medium confidence (rule pack CA-1, notice: M).
    await presumption.getByRole('link', { name: 'verify (M)' }).first().click();
    await attorney.waitForURL(/\/app\/jurisdictions\/CA\?version=CA-1#notice$/);
    await attorney.getByRole('heading', { name: 'California (CA): lemon law as we read it' }).waitFor();
    const notice = attorney.getByRole('region', { name: /^Written notice to the manufacturer/ });
    await expect(notice.evaluate((section) => section === document.activeElement)).resolves.toBe(true);
    await notice.getByText('medium confidence · verify').waitFor();
    await notice.getByRole('link').first().waitFor(); // each source is a link to the page it was read from
    await capture(attorney, 'rest-12b-jurisdiction-rule');

    await attorney.getByRole('link', { name: 'Jurisdictions', exact: true }).click();
    await attorney.getByRole('table', { name: 'Jurisdictions' }).waitFor();
    await expect(attorney.getByRole('table', { name: 'Jurisdictions' }).getByRole('row').count()).resolves.toBe(52); // header + 50 states + DC
    await attorney.getByLabel('Find a jurisdiction').fill('georgia');
    await attorney.waitForURL(/\?q=georgia$/);
    const georgia = attorney.getByRole('row', { name: /Georgia \(GA\)/ });
    await georgia.getByText('24 months or 24,000 miles, whichever first').waitFor();
    await capture(attorney, 'rest-12c-jurisdictions');
    await georgia.getByRole('link').click();
    // Georgia's former law (GA-1, 12 months / 12,000 miles) is a version of its own.
    await attorney.getByText('GA-1: from the earliest text').click();
    await attorney.waitForURL(/\?version=GA-1/);
    await attorney.getByRole('heading', { name: 'Presumption period: 12 months or 12,000 miles, whichever first' }).waitFor();
    await capture(attorney, 'rest-12d-jurisdiction-version');
    expect(violations).toEqual({});
  });

  it('the paperwork tabs work on a 390-px phone: nothing wider than the screen, each tab’s content and actions reachable', async () => {
    const phone = (await chrome.person({ width: 390, height: 844 })).context;
    await phone.addCookies(await attorney.context().cookies());
    const page = await phone.newPage();
    /** The page itself never scrolls sideways (a wide table scrolls inside its own box). */
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    const tabs: Array<[string, string, () => Promise<unknown>]> = [
      ['Documents', 'rest-17-documents-phone', () => page.getByRole('list', { name: 'Documents' }).getByRole('heading').first().waitFor()],
      [
        'Restitution',
        'rest-18-restitution-phone',
        () => page.getByRole('table', { name: 'Restitution' }).getByText('$68,950.00').first().waitFor(),
      ],
      [
        'Manufacturer',
        'rest-19-manufacturer-phone',
        () =>
          page
            .getByRole('tabpanel')
            .getByText(/AB 1755 election/)
            .first()
            .waitFor(),
      ],
      ['Import CSV', 'rest-20-import-phone', () => page.getByRole('button', { name: 'Check the file (dry run)' }).waitFor()],
    ];
    await page.goto(`${t.url}/app/cases/${bmwCase}`);
    for (const [tab, screen, shown] of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await shown();
      await capture(page, screen);
      expect({ tab, width: await pageWidth() }).toEqual({ tab, width: 390 });
    }
    await phone.close();
    expect(violations).toEqual({});
  });

  it('honours a request for less motion: the record drawer and a facts section open without sliding (WCAG 2.3.3)', async () => {
    /** Opens the note drawer and the Defects section, counting the CSS transitions Mantine's drawer and accordion start. */
    const transitionsWhileOpening = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
      await context.addCookies(await attorney.context().cookies());
      const page = await context.newPage();
      await page.goto(`${t.url}/app/cases/${bmwCase}`);
      await page.getByRole('button', { name: /^Defects/ }).waitFor();
      await page.evaluate(() => {
        const counter = window as unknown as { transitionsSeen: number };
        counter.transitionsSeen = 0;
        document.addEventListener(
          'transitionrun',
          (event) => {
            if ((event.target as Element).closest('[class*="mantine-Drawer"], [class*="mantine-Accordion"]')) counter.transitionsSeen++;
          },
          true,
        );
      });
      await page.getByRole('button', { name: /^Defects/ }).click();
      await page.getByRole('button', { name: 'Record…' }).click();
      await page.getByRole('menuitem', { name: 'Note' }).click();
      await page.getByRole('dialog').getByRole('textbox', { name: /^Note/ }).waitFor();
      const seen = await page.evaluate(() => (window as unknown as { transitionsSeen: number }).transitionsSeen);
      await context.close();
      return seen;
    };
    expect(await transitionsWhileOpening('reduce')).toBe(0);
    // The same steps without the request do slide: the count above is not zero for want of looking.
    expect(await transitionsWhileOpening('no-preference')).toBeGreaterThan(0);
  });

  it('a manufacturer reads the shared case without forms; restitution and documents stay with the firm, said plainly', async () => {
    const maker = (await chrome.person()).page;
    await signIn(maker, makerInvitation, 'morgan@bmwna.example');
    await maker.getByRole('link', { name: 'Maria Delgado' }).first().click();
    await maker.getByRole('tab', { name: 'Restitution' }).click();
    await maker.getByText('Restitution figures stay with the law firm').waitFor();
    await maker.getByRole('tab', { name: 'Documents' }).click();
    await maker.getByText('Documents stay with the law firm').waitFor();
    expect(await maker.getByRole('tab', { name: 'Import CSV' }).count()).toBe(0);
    await capture(maker, 'rest-14-manufacturer-documents');
    await maker.getByRole('tab', { name: 'Manufacturer' }).click();
    await maker
      .getByRole('tabpanel')
      .getByText(/AB 1755 election/)
      .first()
      .waitFor();
    expect(await maker.getByRole('button', { name: 'Link' }).count()).toBe(0);
    expect(violations).toEqual({});
  });

  it('administration: an admin changes a role and deactivates a user, whose open session ends at once; the log says so', async () => {
    const admin = (await chrome.person()).page;
    await signIn(admin, adminInvitation, 'pat@firm.example');
    await admin.getByRole('link', { name: 'Administration' }).click();
    const users = admin.getByRole('table', { name: 'Users' });
    await users.getByRole('cell', { name: 'Alex Rivera', exact: true }).waitFor();
    await admin.getByRole('combobox', { name: 'Role of Alex Rivera' }).click();
    await admin.getByRole('option', { name: 'staff', exact: true }).click();
    await admin.getByRole('status').filter({ hasText: 'Alex Rivera is now staff.' }).waitFor();
    await admin.getByRole('button', { name: 'Deactivate Alex Rivera' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await admin.getByRole('status').filter({ hasText: 'Alex Rivera is deactivated' }).waitFor();
    await users
      .getByRole('row')
      .filter({ hasText: 'Alex Rivera' })
      .getByText(/^deactivated/)
      .waitFor();
    await admin.mouse.move(1200, 780);
    await capture(admin, 'rest-15-admin-users');
    await admin.getByRole('tab', { name: 'Administration log' }).click();
    await admin.getByText('Pat Quinn deactivated Alex Rivera').waitFor();
    await admin.getByText('Pat Quinn changed the role of Alex Rivera: attorney → staff').waitFor();
    await capture(admin, 'rest-16-admin-log');

    // Alex's open session ended: the next screen goes to sign-in, keeping the page asked for.
    await attorney.goto(`${t.url}/app/docket`);
    await attorney.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(attorney.url()).toContain('next=%2Fdocket');
    expect(violations).toEqual({});
  });
});
