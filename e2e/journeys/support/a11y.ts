import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.0 and 2.1 level A and AA rules, as public-service systems must meet. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Scans and violations found by this journey's process, printed when it ends. */
export const a11yTally = { scans: 0, violations: 0, pages: new Set<string>() };

// Strings, not functions: this package is type-checked without the DOM library.
const settle = `Promise.all(document.getAnimations()
  .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
  .map((a) => a.finished.catch(() => undefined)))`;
/** Waits for the page's finite animations (a modal opening, a date picker closing) to end. */
export const settleAnimations = (page: Page) => page.evaluate(settle);
const run = `axe.run(document, {
  runOnly: { type: 'tag', values: ${JSON.stringify(wcagTags)} },
  resultTypes: ['violations'],
}).then((r) => r.violations.map((v) => ({
  id: v.id, impact: v.impact, help: v.help,
  nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
})))`;

/**
 * Runs axe-core on the page as it stands (once its finite animations have ended) and throws,
 * naming each rule, target and the page, when any WCAG 2.0/2.1 A or AA rule is violated.
 */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  if (!page.url().startsWith('http')) return; // nothing opened yet (about:blank)
  await settleAnimations(page);
  if (!(await page.evaluate(`typeof window.axe === 'object'`)))
    // Through DevTools, like page.evaluate: an inline <script> would be refused by the app's CSP.
    await page.evaluate(axe.source);
  const violations = (await page.evaluate(run)) as Violation[];
  a11yTally.scans += 1;
  a11yTally.pages.add(new URL(page.url()).pathname.replace(/[0-9a-f-]{36}|\d+$/g, ':id'));
  a11yTally.violations += violations.reduce((n, v) => n + v.nodes.length, 0);
  if (violations.length === 0) return;
  const path = new URL(page.url()).pathname;
  const lines = violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `  [${v.id}] ${v.help} — ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replaceAll('\n', '\n      ')}` : ''}`,
    ),
  );
  throw new Error(`accessibility violations on ${path} (${where}):\n${lines.join('\n')}`);
}
