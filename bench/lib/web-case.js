'use strict';
/**
 * The case page's benchmark set-up, shared by bench/web-case-page.js (the figure) and
 * bench/experiments/web-case-profile.js (where its time goes): the product on a throw-away
 * database, a signed-in attorney's credentials, a 50-event case, and Debian's Chromium.
 */
const { chromium } = require('playwright-core');
const c = require('./common');
const h = require('./product-http');

const PASSWORD = 'correct horse battery staple';
const EMAIL = 'bench@firm.example';

/** The product with one attorney and one 50-event case: { app, databaseUrl, caseId, events, email, password }. */
async function productWithFiftyEventCase() {
  const server = await c.postgresServer();
  const db = await c.createBenchDatabase(server.url, 'web');
  const app = await h.startProduct(db.url, { entry: 'all-in-one' });
  c.log(`product at ${app.url}`);
  const me = await h.request(app.url, 'GET', '/me');
  const invited = await h.request(app.url, 'POST', `/organisations/${me.organisationId}/users`, {
    name: 'Bench Attorney',
    email: EMAIL,
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

  return { app, databaseUrl: db.url, caseId, events: history.events.length, email: EMAIL, password: PASSWORD };
}

/** Debian's Chromium, headless, without background traffic that would blur the timings; closed at exit. */
async function launchChromium() {
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
  return browser;
}

/** A new browser context (nothing cached) at 1280×800, signed in through the API. */
async function signedInContext(browser, { app, email, password }, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const login = await context.request.post(`${app.url}/auth/login`, { data: { email, password } });
  if (login.status() !== 200) throw new Error(`sign-in failed: ${login.status()}`);
  return context;
}

/**
 * A new tab in `context`, returned once the browser has settled: Chromium 156's headless browser opens its address
 * bar's popup (chrome://omnibox-popup.top-chrome/, a WebUI page) for every new window, which takes 0.8–1.3 s of CPU in a
 * renderer of its own and more in the browser process on this 2-core machine (bench/experiments/web-case-processes.js). A person opening a case already has a running browser;
 * measuring our page while Chromium builds its own address bar times the browser, not the case page. Waits
 * until the browser's processes together use under 10 ms of CPU in 250 ms (at most 15 s), via CDP's
 * SystemInfo.getProcessInfo. Nothing is loaded or cached for our origin: the load stays cold.
 */
async function settledPage(browser, context) {
  const page = await context.newPage();
  const cdp = await browser.newBrowserCDPSession();
  const cpuByProcess = async () =>
    new Map((await cdp.send('SystemInfo.getProcessInfo')).processInfo.map((p) => [`${p.type}:${p.id}`, p.cpuTime]));
  const deadline = Date.now() + 15_000;
  let before = await cpuByProcess();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await cpuByProcess();
    // Per process: one that ended drops out instead of making the sum go down.
    const used = [...now].reduce((sum, [id, seconds]) => sum + seconds - (before.get(id) ?? 0), 0);
    if (used < 0.01) break;
    before = now;
  }
  await cdp.detach();
  return page;
}

/**
 * Resolves with the moment (ms from navigation) `watchUsable` saw the page usable. It is told by the page's
 * console message, so the driver does not poll the page (each poll is work on the same two cores) while it loads.
 * Call it before navigating.
 */
function whenUsable(page) {
  return page
    .waitForEvent('console', { predicate: (message) => message.text().startsWith('lemon-usable '), timeout: 30_000 })
    .then((message) => Number(message.text().split(' ')[1]));
}

/**
 * In the page (an init script: it must stay self-contained): the first animation frame at which the case page is
 * usable, i.e. the case header (h1 with the client), the presumption status, the timeline drawn (its SVG, not just its
 * box) and the last repair order are all on screen. Sets window.__usableAt (ms from navigation), the user-timing mark
 * "lemon-usable" for traces, and says so on the console (`whenUsable`). The one definition every case-page benchmark uses.
 */
const watchUsable = () => {
  const check = () => {
    const ready =
      [...document.querySelectorAll('h1')].some((h1) => h1.textContent.startsWith('Maria Delgado')) &&
      document.querySelector('[aria-labelledby="presumption-title"] [data-status]') &&
      document.querySelector('[aria-label^="Timeline from delivery"] svg') &&
      [...document.querySelectorAll('td')].some((td) => td.textContent === 'RO-1039');
    if (ready) {
      window.__usableAt = performance.now();
      performance.mark('lemon-usable');
      console.debug(`lemon-usable ${window.__usableAt}`);
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

/**
 * From a Chromium trace of one load: the renderer main thread's complete events from navigation to the "lemon-usable"
 * mark (`watchUsable`), in order (a parent before its children), and the thread CPU time of the top-level ones, i.e. what
 * the page's own work cost, less blurred than wall time by other processes taking the cores. Undefined when the trace
 * has no usable mark or no main thread.
 */
function mainThreadUntilUsable(trace, usableAt) {
  const events = trace.traceEvents ?? trace;
  const usable = events.find((e) => e.name === 'lemon-usable');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === usable?.pid);
  if (!usable || !main) return undefined;
  const from = usable.ts - usableAt * 1000;
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur && e.ts >= from && e.ts < usable.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let cpuUs = 0;
  let end = 0;
  for (const event of complete)
    if (event.ts >= end) {
      cpuUs += event.tdur ?? 0;
      end = event.ts + event.dur;
    }
  return { complete, cpuMs: cpuUs / 1000 };
}

module.exports = {
  productWithFiftyEventCase,
  launchChromium,
  signedInContext,
  settledPage,
  whenUsable,
  watchUsable,
  mainThreadUntilUsable,
};
