'use strict';
/**
 * Where the case page's cold load spends its time (the figure itself is bench/web-case-page.js):
 * one cold load per run of the 50-event case page, printing the network waterfall (every resource
 * and API request, from navigation), the long tasks, the first paints, the moment the page became
 * usable, and the main thread's CPU profile by script and by function (self time).
 *
 *   npm run build && npm run build:web && node bench/experiments/web-case-profile.js [--runs=N] [--cpu] [--top=N]
 */
const c = require('../lib/common');
const {
  productWithFiftyEventCase,
  launchChromium,
  signedInContext,
  settledPage,
  watchUsable,
  mainThreadUntilUsable,
} = require('../lib/web-case');

const RUNS = c.option('runs', 1);
const TOP = c.option('top', 25);
/** --cpu: also sample the main thread's CPU profile (slows the page down: timings with it are not the figure). */
const CPU = process.argv.includes('--cpu');
/** --trace: also record a Chromium trace and print the main thread's time by kind of work (script, style, layout, paint…). */
const TRACE = process.argv.includes('--trace');

/** In the page: long tasks, and the first frame each loading state and each part of the answer is seen in. */
const observe = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // What the page shows, when: each loading state and each part of the answer, the first frame it is seen in.
  window.__milestones = [];
  const seen = new Set();
  const milestones = {
    'session check': () => document.body?.textContent.includes('Checking your session'),
    'opening the case (code)': () => document.body?.textContent.includes('Opening the case'),
    'loading the case (data)': () => document.body?.textContent.includes('Loading the case'),
    'presumption status': () => document.querySelector('[aria-labelledby="presumption-title"] [data-status]'),
    'timeline element': () => document.querySelector('[aria-label^="Timeline from delivery"]'),
    'timeline drawn': () => document.querySelector('[aria-label^="Timeline from delivery"] svg'),
    'repair orders': () => [...document.querySelectorAll('td')].some((td) => td.textContent === 'RO-1039'),
    'mileage chart drawn': () => document.querySelector('[aria-label^="Odometer readings"] svg'),
  };
  const watch = () => {
    for (const [name, test] of Object.entries(milestones))
      if (!seen.has(name) && test()) {
        seen.add(name);
        window.__milestones.push({ name, at: performance.now() });
      }
    if (seen.size < Object.keys(milestones).length) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
};

const ms = (value) => `${Math.round(value)}`.padStart(5);

async function run() {
  const setup = await productWithFiftyEventCase();
  const browser = await launchChromium();
  for (let run = 0; run < RUNS; run++) {
    const context = await signedInContext(browser, setup);
    await context.addInitScript(observe);
    await context.addInitScript(watchUsable);
    const page = await settledPage(browser, context);
    const cdp = await context.newCDPSession(page);
    if (CPU) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    if (TRACE)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'disabled-by-default-devtools.timeline'],
      });
    await page.goto(`${setup.app.url}/app/cases/${setup.caseId}`);
    await page.waitForFunction(() => window.__usableAt, undefined, { timeout: 30_000 });
    await page.waitForTimeout(300); // the mileage chart follows the answer
    const trace = TRACE ? JSON.parse((await browser.stopTracing()).toString()) : undefined;
    const profile = CPU ? (await cdp.send('Profiler.stop')).profile : undefined;
    const timings = await page.evaluate(() => ({
      usableAt: window.__usableAt,
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: r.name.replace(location.origin, ''),
        start: r.startTime,
        responseStart: r.responseStart,
        end: r.responseEnd,
        bytes: r.transferSize,
        encoded: r.encodedBodySize,
        decoded: r.decodedBodySize,
      })),
      navigation: performance.getEntriesByType('navigation').map((n) => ({
        responseEnd: n.responseEnd,
        domInteractive: n.domInteractive,
        domContentLoaded: n.domContentLoadedEventEnd,
        load: n.loadEventEnd,
      }))[0],
      paints: performance.getEntriesByType('paint').map((p) => ({ name: p.name, at: p.startTime })),
      longTasks: window.__longTasks,
      milestones: window.__milestones,
    }));
    console.log(`\n== cold run ${run + 1}: usable at ${Math.round(timings.usableAt)} ms`);
    console.log(
      'navigation',
      JSON.stringify(timings.navigation, (k, v) => (typeof v === 'number' ? Math.round(v) : v)),
    );
    console.log('paints', timings.paints.map((p) => `${p.name} ${Math.round(p.at)}`).join(', '));
    console.log('start  first-byte  end  kB(wire/decoded)  resource');
    for (const r of timings.resources)
      console.log(
        `${ms(r.start)} ${ms(r.responseStart)} ${ms(r.end)}  ${(r.bytes / 1024).toFixed(1).padStart(6)}/${(r.decoded / 1024).toFixed(1).padStart(6)}  ${r.name}`,
      );
    console.log('on screen:', timings.milestones.map((m) => `${m.name} ${Math.round(m.at)}`).join(' · '));
    console.log(
      'long tasks (start +duration):',
      timings.longTasks.map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`).join(' '),
    );

    if (trace) printTrace(trace, timings.usableAt);
    if (profile) printProfile(profile);
    await context.close();
  }
}

/**
 * The renderer main thread's time up to the usable frame, by trace event name, counting each
 * event's self time (its duration minus its children's), so nested events are not counted twice.
 */
function printTrace(trace, usableAt) {
  const mainThread = mainThreadUntilUsable(trace, usableAt);
  if (!mainThread) return console.log('trace: the usable mark or the renderer main thread not found');
  const { complete, cpuMs } = mainThread;
  const self = new Map();
  const stack = [];
  for (const event of complete) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  const busy = [...self.values()].reduce((a, b) => a + b, 0) / 1000;
  console.log(
    `main thread busy ${Math.round(busy)} ms (thread CPU ${Math.round(cpuMs)} ms) of ${Math.round(usableAt)} ms until usable, self time by kind:`,
  );
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${ms(us / 1000)} ms  ${name}`);
}

/** Self time per function and per script from the sampled profile. */
function printProfile(profile) {
  {
    // Self time per function and per script from the sampled profile.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map();
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
    const byScript = new Map();
    const byFunction = new Map();
    for (const [id, time] of self) {
      const frame = byId.get(id).callFrame;
      const script = frame.url.replace(/^.*\//, '') || `(${frame.functionName || 'native'})`;
      byScript.set(script, (byScript.get(script) ?? 0) + time);
      const key = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + time);
    }
    const top = (map, n) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${ms(v)} ms  ${k}`)
        .join('\n');
    console.log(
      `CPU self time by script (profile span ${Math.round((profile.endTime - profile.startTime) / 1000)} ms):\n${top(byScript, 15)}`,
    );
    console.log(`CPU self time by function:\n${top(byFunction, TOP)}`);
  }
}

c.main(run);
