'use strict';
/**
 * Which of Chromium's processes use the CPU while the case page loads cold, opened at once in a new window and opened
 * after the browser has settled (bench/lib/web-case.js settledPage): per process, its CPU time during the load (CDP
 * SystemInfo.getProcessInfo before and after), and the browser's own pages open then (Target.getTargets: the address
 * bar's popup, chrome://omnibox-popup.top-chrome/, is opened for every new window). Session 6's finding
 * (bench/README.md): about 2 s of CPU in two renderers of Chromium's own, taken from our page's load when it is not
 * waited for.
 *
 *   npm run build && npm run build:web && node bench/experiments/web-case-processes.js [--runs=N]
 */
const c = require('../lib/common');
const { productWithFiftyEventCase, launchChromium, signedInContext, settledPage, whenUsable, watchUsable } = require('../lib/web-case');

const RUNS = c.option('runs', 3);

async function run() {
  const setup = await productWithFiftyEventCase();
  const browser = await launchChromium();
  const cdp = await browser.newBrowserCDPSession();
  const cpuByProcess = async () =>
    new Map((await cdp.send('SystemInfo.getProcessInfo')).processInfo.map((p) => [`${p.type} ${p.id}`, p.cpuTime]));
  for (let run = 0; run < RUNS; run++)
    for (const settled of [false, true]) {
      const context = await signedInContext(browser, setup);
      await context.addInitScript(watchUsable);
      const page = settled ? await settledPage(browser, context) : await context.newPage();
      const before = await cpuByProcess();
      const usable = whenUsable(page);
      await page.goto(`${setup.app.url}/app/cases/${setup.caseId}`, { waitUntil: 'commit' });
      const usableAt = Math.round(await usable);
      const after = await cpuByProcess();
      const used = [...after]
        .map(([process, seconds]) => [process, Math.round((seconds - (before.get(process) ?? 0)) * 1000)])
        .filter(([, ms]) => ms > 0)
        .sort((a, b) => b[1] - a[1]);
      const own = (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type !== 'page').map((t) => t.url);
      c.log(
        `${settled ? 'settled' : 'at once'}: usable at ${usableAt} ms; CPU during the load: ${used.map(([p, ms]) => `${p} ${ms} ms`).join(', ')}; the browser's own pages: ${own.join(', ') || 'none'}`,
      );
      await context.close();
    }
}

c.main(run);
