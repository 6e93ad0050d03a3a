// axe-core on every built page, in light and dark color schemes.
import { test, expect } from '@playwright/test';
import { builtPages } from './support/builtPages.ts';
import { axeViolations } from './support/axe.ts';

for (const url of builtPages()) {
  test(`axe finds nothing on ${url} (light and dark)`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      const violations = await axeViolations(page);
      expect(violations, `${url} in ${colorScheme} mode`).toEqual([]);
    }
  });
}
