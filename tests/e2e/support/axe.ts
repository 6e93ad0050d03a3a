// axe-core in the page, injected once per document and run as often as needed.
// (@axe-core/playwright evaluated axe's 600 KB source twice per run, four times
// per page for light and dark: a quarter of the crawl's time.)
import axe from 'axe-core';
import type { Page } from '@playwright/test';

// axe-core tags are not cumulative: every level we promise is listed.
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules of our tags that read colours (axe's own "cat.color" category:
 * colour contrast, links told apart by colour). Only these can give another
 * answer in dark mode, because dark mode only changes colours: the unit test
 * darkModeColoursOnly.test.ts fails if a dark-mode style changes anything else.
 */
export const colourRuleIds = axe
  .getRules(['cat.color'])
  .filter((r) => r.tags.some((t) => axeTags.includes(t)))
  .map((r) => r.ruleId);

async function ensureAxe(page: Page): Promise<void> {
  // Our pages have no frames: axe runs in the page itself and would not enter one.
  const frames = await page.locator('iframe, frame, object, embed').count();
  if (frames) throw new Error(`${page.url()}: has ${frames} embedded frame(s); axe must be run in each frame to check them`);
  // A new document (after a navigation) has lost it; the same document keeps it.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
}

/** Run axe with our tags (or only the given rules) and return readable violations: rule, impact, elements. */
export async function axeViolations(page: Page, onlyRules?: string[]): Promise<string[]> {
  await ensureAxe(page);
  const runOnly = onlyRules ? { type: 'rule', values: onlyRules } : { type: 'tag', values: axeTags };
  const violations = (await page.evaluate(
    // Only violations are read: asking axe for nothing else makes each run faster.
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options as axe.RunOptions).then((r) => r.violations),
    { runOnly, resultTypes: ['violations'] },
  )) as axe.Result[];
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
}
