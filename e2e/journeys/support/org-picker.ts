import type { Page } from 'playwright-core';
import { text } from './browser.ts';

/** Title suffixes the web app's organisation picker puts after each node name. */
export const levelSuffix = {
  city: '（市）',
  district: '（区/县）',
  street: '（街道/乡镇）',
  community: '（社区/行政村）',
} as const;

type Level = keyof typeof levelSuffix;

/**
 * In the lazily loaded organisation TreeSelect identified by `testId`, expands the first node of
 * each level in `expand` and then picks the first node of level `pick`. Returns the picked name.
 */
export async function pickFirstOrg(
  page: Page,
  testId: string,
  expand: Level[],
  pick: Level,
): Promise<string> {
  await page.getByTestId(testId).click();
  const popup = page.locator('.ant-select-dropdown:visible');
  const node = (level: Level) =>
    popup.locator('.ant-select-tree-treenode').filter({ hasText: levelSuffix[level] }).first();
  const levels = [...expand, pick];
  await node(levels[0]!).waitFor();
  for (const [i, level] of expand.entries()) {
    // A click during the popup's opening animation can miss: retry until the next level shows.
    const next = node(levels[i + 1]!);
    for (let attempt = 1; ; attempt++) {
      const open = await node(level).evaluate((el) => el.className.includes('switcher-open'));
      if (!open) await node(level).locator('.ant-select-tree-switcher').click();
      try {
        await next.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 4) throw error;
      }
    }
  }
  const target = node(pick).locator('.ant-select-tree-title');
  const title = await text(target);
  await target.click();
  return title.replace(levelSuffix[pick], '');
}
