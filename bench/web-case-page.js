'use strict';
/**
 * Web app: how long the case page of a 50-event case takes to become usable in Debian's Chromium
 * (issue 11 goal: within 1 s on this machine). "Usable" = the case header, the presumption panel with its status,
 * the timeline picture (drawn: its SVG is in the page, not just its box) and the repair-order grid are on screen, timed
 * in the page from the start of the navigation to the first animation frame showing all of them (watchUsable).
 *
 * Cold = a new browser context (nothing cached, nothing fetched from our origin before) in a browser that has
 * finished opening the new window (settledPage: Chromium builds its own address bar's popup in a renderer of its
 * own for every new window, ~1 s of CPU here); the driver does not poll the page while it loads (whenUsable). Warm = the same tab opening the page
 * again. Also, for comparison with sessions 2–5, the cold load as they measured it: the page opened at once in the new
 * window, the driver polling for the parts one after another ("waited"). Also prints the first-load JavaScript figure.
 *
 *   npm run bench:web   (builds the product and the web app first)   [--runs=N]
 */
const c = require('./lib/common');
const { productWithFiftyEventCase, launchChromium, signedInContext, settledPage, whenUsable, watchUsable } = require('./lib/web-case');

const RUNS = c.option('runs', { quick: 5, full: 15 });

const summary = (values) => ({ median: c.median(values), p90: c.percentile(values, 90), all: values });

async function run() {
  const setup = await productWithFiftyEventCase();
  const { app, caseId } = setup;
  const address = `${app.url}/app/cases/${caseId}`;
  const browser = await launchChromium();
  const load = async (page) => {
    const usable = whenUsable(page);
    await page.goto(address, { waitUntil: 'commit' });
    return Math.round(await usable);
  };
  // Sessions 2–5: goto (until the load event), then the driver's waits one after another, and the in-page moment.
  const loadAsBefore = async (page) => {
    const start = Date.now();
    await page.goto(address);
    await page.locator('[aria-labelledby="presumption-title"] [data-status]').waitFor();
    await page.locator('[aria-label^="Timeline from delivery"] svg').first().waitFor();
    await page.getByRole('cell', { name: 'RO-1039', exact: true }).waitFor();
    const waited = Date.now() - start;
    const inPage = Math.round(await page.waitForFunction(() => window.__usableAt).then((h) => h.jsonValue()));
    return { waited, inPage };
  };
  const cold = [];
  const warm = [];
  const asBefore = [];
  const asBeforeWaited = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await signedInContext(browser, setup);
    await context.addInitScript(watchUsable);
    const page = await settledPage(browser, context);
    cold.push(await load(page));
    warm.push(await load(page));
    await context.close();

    const unsettled = await signedInContext(browser, setup);
    await unsettled.addInitScript(watchUsable);
    const before = await loadAsBefore(await unsettled.newPage());
    asBefore.push(before.inPage);
    asBeforeWaited.push(before.waited);
    await unsettled.close();
  }
  const figures = {
    events: setup.events,
    runs: RUNS,
    coldMs: summary(cold),
    warmMs: summary(warm),
    // Sessions 2–5's cold load: in the window Chromium is still building, the driver polling as it waits.
    coldAsBeforeMs: summary(asBefore),
    coldAsBeforeWaitedMs: summary(asBeforeWaited),
    goalMs: 1000,
  };
  c.log(
    `case page of a ${figures.events}-event case usable after (in the page, from navigation): cold median ${figures.coldMs.median} ms (p90 ${figures.coldMs.p90}), warm median ${figures.warmMs.median} ms (p90 ${figures.warmMs.p90}); goal 1000 ms: ${figures.coldMs.median <= 1000 ? 'met' : 'MISSED'}; cold as sessions 2–5 measured it (a window Chromium is still building, the driver polling): median ${figures.coldAsBeforeMs.median} ms (p90 ${figures.coldAsBeforeMs.p90}), by the driver's waits ${figures.coldAsBeforeWaitedMs.median} ms`,
  );
  c.saveResult('web-case-page', figures);
}

c.main(run);
