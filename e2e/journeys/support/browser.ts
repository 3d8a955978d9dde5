import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, type TestContext } from 'node:test';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { a11yTally, assertAccessible, settleAnimations } from './a11y.ts';

export const baseUrl = process.env.MINSHENG_BASE_URL ?? 'http://127.0.0.1:3100';

const artifacts = path.resolve(import.meta.dirname, '../../artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
}

/** Saves `e2e/artifacts/<journey>/<nn>-<name>.png`, numbered in the order taken (the folder starts empty). */
function screenshotter(page: Page, journey: string) {
  const dir = path.join(artifacts, journey);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let step = 0;
  return async (name: string) => {
    step += 1;
    await page.screenshot({
      path: path.join(dir, `${String(step).padStart(2, '0')}-${name}.png`),
      fullPage: false,
    });
  };
}

/**
 * Prints browser errors and failed API calls, so a failing journey explains itself. Returns the
 * Content-Security-Policy violations Chromium reports on the console, which fail the journey.
 */
export function logProblems(page: Page): string[] {
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      console.log(`[csp violation] ${message.text()}`);
      cspViolations.push(message.text());
    }
  });
  page.on('pageerror', (error) => console.log(`[browser error] ${error.message}`));
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 400) {
      console.log(
        `[api ${response.status()}] ${response.request().method()} ${new URL(response.url()).pathname}`,
      );
    }
  });
  return cspViolations;
}

/**
 * Waits until `expression` (JavaScript, as a string: this package is type-checked without the
 * DOM library) is truthy in the page. Polled from here with `page.evaluate`, which runs through
 * DevTools; `page.waitForFunction` compiles its predicate inside the page, which the app's
 * Content-Security-Policy (no 'unsafe-eval') forbids.
 */
export async function waitForPage(page: Page, expression: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    // A navigation can replace the page's context between two polls: that is "not yet".
    if (await page.evaluate(expression).catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The trimmed text content of an element. */
export async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

export type Shot = (name: string) => Promise<void>;

/**
 * The page behind each journey's `Shot`, its plain screenshot (no accessibility scan) and the API
 * calls it was refused (403) or that failed on the server (5xx) since the last step ended.
 */
const journeyPages = new WeakMap<Shot, { page: Page; capture: Shot; refused: string[] }>();

/** API answers a page should never get: asking for what the role may not see, or a server error. */
function watchRefusals(page: Page): string[] {
  const refused: string[] = [];
  page.on('response', (response) => {
    const status = response.status();
    if (response.url().includes('/api/') && (status === 403 || status >= 500))
      refused.push(`${status} ${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return refused;
}

/**
 * The browser runs in a time zone far from the bureau's (Asia/Shanghai), so a page that takes the
 * browser's day for the bureau's shows it in every journey for 8 to 16 hours of the day.
 */
export const browserTimeZone = 'America/Los_Angeles';

/**
 * Registers the journey's `before`/`after` hooks: one Chromium page (1400×900, zh-CN, in
 * `browserTimeZone`) that logs problems. `ready` receives the page and its `shot`, which saves a
 * screenshot under `e2e/artifacts/<journey>/` and then runs the accessibility scan on the page;
 * the browser closes after the journey, printing how many scans ran.
 */
export function openJourneyPage(journey: string, ready: (opened: { page: Page; shot: Shot }) => void) {
  let browser: Browser | undefined;
  let cspViolations: string[] = [];
  before(async () => {
    browser = await launchBrowser();
    const page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      locale: 'zh-CN',
      timezoneId: browserTimeZone,
    });
    cspViolations = logProblems(page);
    const capture = screenshotter(page, journey);
    const shot: Shot = async (name) => {
      await settleAnimations(page);
      await capture(name);
      await assertAccessible(page, `screenshot ${name}`);
    };
    journeyPages.set(shot, { page, capture, refused: watchRefusals(page) });
    ready({ page, shot });
  });
  after(async () => {
    console.log(
      `[a11y] ${journey}: ${a11yTally.scans} scans of ${a11yTally.pages.size} pages (${[...a11yTally.pages].join(' ')}), ${a11yTally.violations} violations`,
    );
    await browser?.close();
    if (cspViolations.length > 0) {
      throw new Error(
        `${cspViolations.length} Content-Security-Policy violation(s):\n${cspViolations.join('\n')}`,
      );
    }
  });
}

/**
 * Returns `step(name, fn)`: a subtest of `t` that ends with an accessibility scan of the page and
 * fails if the page was refused an API call (403) or got a server error during the step. Each
 * step builds on the previous one, so once one fails the rest are skipped rather than piling up
 * timeouts; the failing screen is saved.
 */
export function journeySteps(t: TestContext, shot: Shot) {
  const journey = journeyPages.get(shot);
  if (!journey) throw new Error('journeySteps needs the shot that openJourneyPage gave');
  let broken = false;
  return (name: string, fn: () => Promise<void>) =>
    t.test(name, async (s) => {
      if (broken) return s.skip('an earlier step failed');
      try {
        journey.refused.length = 0;
        await fn();
        assert.deepEqual(journey.refused, [], 'the pages asked only for what the user may see');
        await assertAccessible(journey.page, `after step "${name}"`);
      } catch (error) {
        broken = true;
        await journey.capture('failure').catch(() => {});
        throw error;
      }
    });
}
