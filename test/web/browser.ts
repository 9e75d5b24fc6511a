/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (package `chromium`), never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of every screen, for people to look at (git-ignored). */
export const SCREENS_DIR = join(__dirname, '..', '..', 'test-results', 'screens');

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
  /** A fresh context (its own cookies): one person at one screen size. */
  person(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
}

export async function launchChromium(): Promise<BrowserSession> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true, // playwright gives every launch a fresh, empty --user-data-dir of its own
    // No network but loopback on these machines: keep Chromium from reaching out (its calls are refused).
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // For test/web/environment.js: when a test fails, what the pages of this browser showed.
  (globalThis as { __describeOpenPages?: (testName: string) => Promise<string> }).__describeOpenPages = (testName) =>
    describeOpenPages(browser, testName);
  return {
    browser,
    async close() {
      await browser.close();
    },
    async person(viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'America/Los_Angeles' });
      context.setDefaultTimeout(20_000);
      context.on('page', keepPageErrors);
      const page = await context.newPage();
      return { context, page };
    },
  };
}

/** What each page threw (uncaught), for the failure description. */
const pageErrors = new WeakMap<Page, string[]>();
function keepPageErrors(page: Page): void {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
}

/**
 * Every open page of the browser as a person would describe it after a failed step: its address,
 * the dialogs and alerts on screen with their text, where the keyboard focus is, what it threw, and
 * a screenshot (FAILED-….png beside the others). Never throws: a page that cannot answer says so.
 */
async function describeOpenPages(browser: Browser, testName: string): Promise<string> {
  const slug = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  const described: string[] = [];
  const pages = browser.contexts().flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    const name = `FAILED-${slug}-${index + 1}`;
    const shot = await screenshot(page, name).then(
      () => `test-results/screens/${name}.png`,
      (error: Error) => `none (${error.message.split('\n')[0]})`,
    );
    const seen = await page
      .evaluate(() => {
        const shown = (element: Element) => (element as HTMLElement).getClientRects().length > 0;
        const text = (element: Element, max: number) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim().slice(0, max);
        const all = (selector: string) => [...document.querySelectorAll(selector)].filter(shown).map((element) => text(element, 600));
        const focus = document.activeElement;
        return {
          dialogs: all('[role=dialog]'),
          alerts: all('[role=alert]'),
          focused:
            focus && focus !== document.body
              ? `${focus.tagName.toLowerCase()} "${focus.getAttribute('aria-label') ?? text(focus, 80)}"`
              : 'nothing',
          page: text(document.body, 800),
        };
      })
      .catch((error: Error) => ({ unreadable: error.message.split('\n')[0] }));
    described.push(
      [
        `page ${index + 1}: ${page.url()}`,
        `  screenshot: ${shot}`,
        ...Object.entries(seen).map(([what, value]) => `  ${what}: ${JSON.stringify(value)}`),
        `  uncaught errors: ${JSON.stringify(pageErrors.get(page) ?? 'not watched')}`,
      ].join('\n'),
    );
  }
  return described.join('\n') || 'no page open';
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/**
 * What one spec looks at: `capture` saves the screen as it is now (once the network is idle) and
 * checks it with axe-core; the serious and critical violations found are kept in `violations`,
 * by screen name, for the spec to expect none. `pointerAway` moves the mouse to the corner first,
 * so no hover state shows in the picture (the screen as read).
 */
export function screenCapture(options: { pointerAway?: boolean } = {}) {
  const violations: Record<string, unknown[]> = {};
  const capture = async (page: Page, name: string): Promise<void> => {
    await page.waitForLoadState('networkidle');
    if (options.pointerAway) await page.mouse.move(1270, 790);
    await screenshot(page, name);
    const found = await accessibilityViolations(page);
    if (found.length) violations[name] = found;
  };
  return { capture, violations };
}

/** axe-core in the page: WCAG 2.0/2.1/2.2 A and AA rules; returns the serious and critical violations. */
export async function accessibilityViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; targets: string[] }>> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** On the invitation page: types the password twice and sends it. */
export async function setPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Repeat the password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
}

/** On the sign-in page: types the email and password and signs in (what follows is the caller's to wait for). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Accepts an invitation link in the page (sets the password), then signs in with it and waits for
 * `landing`: the case list's heading unless told otherwise.
 */
export async function acceptInvitationAndSignIn(
  page: Page,
  invitation: string,
  email: string,
  password: string,
  landing: (page: Page) => Promise<void> = (p) => p.getByRole('heading', { name: 'Cases' }).waitFor(),
): Promise<void> {
  await page.goto(invitation);
  await setPassword(page, password);
  await page.getByRole('link', { name: 'Go to sign-in' }).click();
  await signIn(page, email, password);
  await landing(page);
}
