import type { Locator, Page } from 'playwright-core';
import { type Shot, text, waitForPage } from './browser.ts';

/** Steps on engineer A's case page (/cases/:id) and antd modals, for the cases journey. */

/** Waits for antd modals to finish their opening animation: a click during it can be lost. */
const modalSettled = (p: Page) =>
  waitForPage(
    p,
    `!document.querySelector('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter, .ant-popover.ant-zoom-big-appear, .ant-popover.ant-zoom-big-enter')`,
  );

/** Clicks a button inside an open modal or pop-confirm once it stands still. */
export async function modalClick(p: Page, button: Locator) {
  await button.waitFor();
  await modalSettled(p);
  await button.click();
}

export async function openCase(p: Page, id: string) {
  await p.goto(new URL(`/cases/${id}`, p.url()).toString());
  await p.getByTestId('case-number').waitFor();
}

/** Ticks every material the officer received (the roster's cases start with none ticked). */
export async function tickAllMaterials(p: Page) {
  const boxes = p.getByTestId('case-materials').locator('input[type=checkbox]');
  await boxes.first().waitFor();
  for (const box of await boxes.all()) await box.check();
}

/** Opens the action's modal and confirms it (a step without a result closes by itself). */
export async function runStep(p: Page, action: string) {
  await p.getByTestId(`case-action-${action}`).click();
  await modalClick(p, p.getByTestId('case-step-ok'));
  await p.locator('.ant-modal:visible').waitFor({ state: 'detached' });
}

/** Reviews the open case confirming every human check; answers the outcome the result shows. */
export async function reviewConfirmingChecks(p: Page, shot: Shot): Promise<string> {
  await p.getByTestId('case-action-review').click();
  const checks = p.locator('[data-testid^="review-check-"]');
  await checks.first().waitFor();
  for (const box of await checks.all()) await box.check();
  await modalClick(p, p.getByTestId('case-step-ok'));
  const result = p.getByTestId('case-step-result');
  await result.waitFor();
  await shot('review-result');
  const outcome = await text(result.getByTestId('case-outcome'));
  await modalClick(p, p.getByTestId('case-step-close'));
  return outcome;
}
