'use strict';
/**
 * Web app: how long the case page of a 50-event case takes to become usable in Debian's Chromium
 * (issue 11 goal: within 1 s on this machine). "Usable" = the presumption panel with its status,
 * the timeline picture and the repair-order grid are on screen, timed in the page from the start of
 * the navigation to the first animation frame showing all three (session 2 timed the driver's
 * waits one after another, which adds the driver's polling: both are reported). Cold = a new browser context
 * (nothing cached); warm = the same context opening the page again. Also prints the first-load
 * JavaScript figure of the build.
 *
 *   npm run bench:web   (builds the product and the web app first)   [--runs=N]
 */
const { chromium } = require('playwright-core');
const c = require('./lib/common');
const h = require('./lib/product-http');

const RUNS = c.option('runs', { quick: 5, full: 15 });
const PASSWORD = 'correct horse battery staple';

async function run() {
  const server = await c.postgresServer();
  const db = await c.createBenchDatabase(server.url, 'web');
  const app = await h.startProduct(db.url, { entry: 'all-in-one' });
  c.log(`product at ${app.url}`);
  const me = await h.request(app.url, 'GET', '/me');
  const invited = await h.request(app.url, 'POST', `/organisations/${me.organisationId}/users`, {
    name: 'Bench Attorney',
    email: 'bench@firm.example',
    role: 'attorney',
  });
  await h.request(app.url, 'POST', `/auth/invitations/${invited.invitation.token}/accept`, { password: PASSWORD });

  // 50 events: opened, 2 defects, 40 repair visits, 4 odometer readings, a notice, 2 notes.
  const { caseId } = await h.request(app.url, 'POST', '/cases', {
    client: { name: 'Maria Delgado' },
    vehicle: { vin: '5UXCR6C06R9S12345', make: 'BMW', model: 'X5 xDrive40i', modelYear: 2024 },
    jurisdiction: 'CA',
    acquisition: { type: 'purchase', deliveryDate: '2024-01-10', odometerAtDelivery: 12 },
    warranty: { months: 48, miles: 50000 },
    manufacturer: 'BMW of North America',
  });
  const defects = [];
  for (const description of ['Transmission slips between 2nd and 3rd', 'Brake pedal sinks at low speed'])
    defects.push(
      (await h.request(app.url, 'POST', `/cases/${caseId}/nonconformities`, { description, safetyCritical: defects.length === 1 }))
        .nonconformityId,
    );
  const day = (offset) => new Date(Date.parse('2024-01-15') + offset * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 40; i++)
    await h.request(app.url, 'POST', `/cases/${caseId}/repair-attempts`, {
      repairOrderNumber: `RO-${1000 + i}`,
      dateIn: day(i * 12),
      dateOut: day(i * 12 + 3),
      mileageIn: 100 + i * 400,
      nonconformityIds: [defects[i % 2]],
      outcome: 'not_fixed',
    });
  for (let i = 0; i < 4; i++)
    await h.request(app.url, 'POST', `/cases/${caseId}/odometer-readings`, { readOn: day(i * 120 + 6), mileage: 100 + i * 4000 + 250 });
  await h.request(app.url, 'POST', `/cases/${caseId}/manufacturer-notices`, {
    sentOn: day(200),
    method: 'certified_mail',
    nonconformityIds: defects,
  });
  for (const text of ['Client called', 'Dealer letter received']) await h.request(app.url, 'POST', `/cases/${caseId}/notes`, { text });
  const history = await h.request(app.url, 'GET', `/cases/${caseId}/history?pageSize=200`);
  c.log(`case ${caseId}: ${history.events.length} events`);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  c.onCleanup(() => browser.close());
  /** In the page, from navigation: the first animation frame at which all three are on screen (no polling delay of the driver). */
  const watchUsable = () => {
    const check = () => {
      const ready =
        document.querySelector('[aria-labelledby="presumption-title"] [data-status]') &&
        document.querySelector('[role="img"][aria-label^="Timeline from delivery"]') &&
        [...document.querySelectorAll('td')].some((td) => td.textContent === 'RO-1039');
      if (ready) window.__usableAt = Math.round(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  const usable = async (page) => {
    const start = Date.now();
    await page.goto(`${app.url}/app/cases/${caseId}`);
    await page.locator('[aria-labelledby="presumption-title"] [data-status]').waitFor();
    await page.getByRole('img', { name: /Timeline from delivery/ }).waitFor();
    await page.getByRole('cell', { name: 'RO-1039', exact: true }).waitFor();
    const waited = Date.now() - start;
    const inPage = await page.waitForFunction(() => window.__usableAt).then((h) => h.jsonValue());
    return { waited, inPage };
  };
  const cold = [];
  const warm = [];
  const coldWaited = [];
  const warmWaited = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(watchUsable);
    const page = await context.newPage();
    const login = await page.request.post(`${app.url}/auth/login`, { data: { email: 'bench@firm.example', password: PASSWORD } });
    if (login.status() !== 200) throw new Error(`sign-in failed: ${login.status()}`);
    const first = await usable(page);
    const second = await usable(page);
    cold.push(first.inPage);
    coldWaited.push(first.waited);
    warm.push(second.inPage);
    warmWaited.push(second.waited);
    await context.close();
  }
  const figures = {
    events: history.events.length,
    runs: RUNS,
    coldMs: { median: c.median(cold), p90: c.percentile(cold, 90), all: cold },
    warmMs: { median: c.median(warm), p90: c.percentile(warm, 90), all: warm },
    // Session 2's measure: goto (until the load event), then the three waitFor one after another; the driver's polling adds to it.
    coldWaitedMs: { median: c.median(coldWaited), p90: c.percentile(coldWaited, 90), all: coldWaited },
    warmWaitedMs: { median: c.median(warmWaited), p90: c.percentile(warmWaited, 90), all: warmWaited },
    goalMs: 1000,
  };
  c.log(
    `case page of a ${figures.events}-event case usable after (in the page, from navigation): cold median ${figures.coldMs.median} ms (p90 ${figures.coldMs.p90}), warm median ${figures.warmMs.median} ms (p90 ${figures.warmMs.p90}); goal 1000 ms: ${figures.coldMs.median <= 1000 ? 'met' : 'MISSED'}; as session 2 measured (the driver's waits one after another): cold ${figures.coldWaitedMs.median} ms, warm ${figures.warmWaitedMs.median} ms`,
  );
  c.saveResult('web-case-page', figures);
}

c.main(run);
