import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, type TestContext } from 'node:test';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

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
export function screenshotter(page: Page, journey: string) {
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
 * Registers the journey's `before`/`after` hooks: one Chromium page (1400×900, zh-CN) that logs
 * problems and saves screenshots under `e2e/artifacts/<journey>/`. `ready` receives the page and
 * its screenshotter once open; the browser closes after the journey.
 */
export function openJourneyPage(journey: string, ready: (opened: { page: Page; shot: Shot }) => void) {
  let browser: Browser | undefined;
  let cspViolations: string[] = [];
  before(async () => {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    cspViolations = logProblems(page);
    ready({ page, shot: screenshotter(page, journey) });
  });
  after(async () => {
    await browser?.close();
    if (cspViolations.length > 0) {
      throw new Error(
        `${cspViolations.length} Content-Security-Policy violation(s):\n${cspViolations.join('\n')}`,
      );
    }
  });
}

/**
 * Returns `step(name, fn)`: a subtest of `t`. Each step builds on the previous one, so once one
 * fails the rest are skipped rather than piling up timeouts; the failing screen is saved.
 */
export function journeySteps(t: TestContext, shot: Shot) {
  let broken = false;
  return (name: string, fn: () => Promise<void>) =>
    t.test(name, async (s) => {
      if (broken) return s.skip('an earlier step failed');
      try {
        await fn();
      } catch (error) {
        broken = true;
        await shot('failure').catch(() => {});
        throw error;
      }
    });
}
