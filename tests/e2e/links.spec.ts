// Every internal link on every built page leads to a built page, and every
// #fragment to an element with that id; links out use https. The build runs
// the same check (src/integrations/linkCheck.ts); this repeats it on the
// site the browser tests use, so a build that skipped it cannot pass.
import { test, expect } from '@playwright/test';
import { findBrokenLinks, formatBrokenLinks } from '../../src/lib/linkCheck.ts';
import { builtPages, distDir } from './support/builtPages.ts';

test('every internal link and fragment on every page resolves; external links use https', () => {
  expect(builtPages().length).toBeGreaterThan(100);
  expect(formatBrokenLinks(findBrokenLinks(distDir))).toBe('');
});
