'use strict';
/**
 * Web app: how long the case page of a 50-event case takes to become usable in Debian's Chromium
 * (issue 11 goal: within 1 s on this machine). "Usable" = the case header, the presumption panel with its status,
 * the timeline picture (drawn: its SVG is in the page, not just its box) and the repair-order grid are on screen, timed in the page from the start of
 * the navigation to the first animation frame showing all three (session 2 timed the driver's
 * waits one after another, which adds the driver's polling: both are reported). Cold = a new browser context
 * (nothing cached); warm = the same context opening the page again. Also prints the first-load
 * JavaScript figure of the build.
 *
 *   npm run bench:web   (builds the product and the web app first)   [--runs=N]
 */
const c = require('./lib/common');
const { productWithFiftyEventCase, launchChromium, signedInContext, watchUsable } = require('./lib/web-case');

const RUNS = c.option('runs', { quick: 5, full: 15 });

async function run() {
  const setup = await productWithFiftyEventCase();
  const { app, caseId } = setup;
  c.log(`case ${caseId}: ${setup.events} events`);
  const browser = await launchChromium();
  const usable = async (page) => {
    const start = Date.now();
    await page.goto(`${app.url}/app/cases/${caseId}`);
    await page.locator('[aria-labelledby="presumption-title"] [data-status]').waitFor();
    await page.locator('[aria-label^="Timeline from delivery"] svg').first().waitFor();
    await page.getByRole('cell', { name: 'RO-1039', exact: true }).waitFor();
    const waited = Date.now() - start;
    const inPage = Math.round(await page.waitForFunction(() => window.__usableAt).then((h) => h.jsonValue()));
    return { waited, inPage };
  };
  const cold = [];
  const warm = [];
  const coldWaited = [];
  const warmWaited = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await signedInContext(browser, setup);
    await context.addInitScript(watchUsable);
    const page = await context.newPage();
    const first = await usable(page);
    const second = await usable(page);
    cold.push(first.inPage);
    coldWaited.push(first.waited);
    warm.push(second.inPage);
    warmWaited.push(second.waited);
    await context.close();
  }
  const figures = {
    events: setup.events,
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
