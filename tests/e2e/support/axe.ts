import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// axe-core tags are not cumulative: every level we promise is listed.
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Run axe and return readable violations: rule, impact, and the elements at fault. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode opens an extra
  // blank page per run to merge results from cross-origin frames, which
  // tripled the time of the every-page crawl. Our pages have no frames at all
  // (checked here, so the shortcut can never hide a frame from axe).
  const frames = await page.locator('iframe, frame, object, embed').count();
  if (frames) throw new Error(`${page.url()}: has ${frames} embedded frame(s); axe must run in its default mode to check them`);
  // Only violations are read: asking axe for nothing else makes each run faster.
  const results = await new AxeBuilder({ page })
    .withTags(axeTags)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
}
