'use strict';
/**
 * A/B of web builds on the case page's cold load, in the same minutes: one product process per build
 * (WEB_DIST_DIR) on the same database and 50-event case, cold loads taken in turn (A, B, A, B…), so
 * the machine's load falls on every build alike. Per load: "usable" as bench/web-case-page.js defines
 * it (same check, in the page) and the renderer main thread's CPU time until then (from a trace: what
 * the page's work costs, less blurred by other processes taking the cores than the wall-clock figure).
 *
 *   npm run build && node bench/experiments/web-case-ab.js --runs=9 /path/to/build-a /path/to/build-b …
 */
const c = require('../lib/common');
const h = require('../lib/product-http');
const {
  productWithFiftyEventCase,
  launchChromium,
  signedInContext,
  settledPage,
  whenUsable,
  watchUsable,
  mainThreadUntilUsable,
} = require('../lib/web-case');

const RUNS = c.option('runs', 9);
const builds = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

async function run() {
  if (builds.length < 2) throw new Error('name two or more build directories (each a dist/web)');
  const setup = await productWithFiftyEventCase();
  const variants = [];
  for (const dir of builds)
    variants.push({ dir, app: await h.startProduct(setup.databaseUrl, { env: { WEB_DIST_DIR: dir } }), usable: [], cpu: [] });
  const browser = await launchChromium();
  for (let run = 0; run < RUNS; run++)
    for (const variant of run % 2 ? [...variants].reverse() : variants) {
      const context = await signedInContext(browser, { ...setup, app: variant.app });
      await context.addInitScript(watchUsable);
      const page = await settledPage(browser, context);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
      const usable = whenUsable(page);
      await page.goto(`${variant.app.url}/app/cases/${setup.caseId}`, { waitUntil: 'commit' });
      const usableAt = await usable;
      const trace = JSON.parse((await browser.stopTracing()).toString());
      variant.usable.push(Math.round(usableAt));
      variant.cpu.push(Math.round(mainThreadUntilUsable(trace, usableAt)?.cpuMs ?? NaN));
      await context.close();
    }
  for (const v of variants)
    c.log(
      `${v.dir}: cold usable median ${c.median(v.usable)} ms (p90 ${c.percentile(v.usable, 90)}), main-thread CPU median ${c.median(v.cpu)} ms; usable ${v.usable.join(' ')}; CPU ${v.cpu.join(' ')}`,
    );
}

c.main(run);
