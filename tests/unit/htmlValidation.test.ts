// The HTML check runs the real W3C checker on planted pages: it must catch what
// it once missed (a script after </html>, autocomplete on a checkbox), name the
// page and the position, and not report the one warning we accept with a reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedWarnings, failingMessages, validateHtml, type ValidationResult } from '../../scripts/lib/htmlValidation.ts';

const site = 'tests/fixtures/html-validation/site';

describe('HTML validation (vnu-jar)', () => {
  let result: ValidationResult;
  // One JVM start: a few seconds, more on a busy machine.
  beforeAll(() => {
    result = validateHtml(site);
  }, 60_000);

  it('checks every page in the folder and fails only the broken one', () => {
    expect(result.pages).toBe(2);
    expect(result.failedPages).toEqual([`${site}/broken/index.html`]);
  });

  it('names the page, line and column of each error', () => {
    const text = result.lines.join('\n');
    expect(text).toMatch(new RegExp(`^${site}/broken/index.html:4:\\d+: error: Attribute “autocomplete” is only allowed`, 'm'));
    expect(text).toMatch(new RegExp(`^${site}/broken/index.html:6:\\d+: error: Stray start tag “script”`, 'm'));
  });

  it('accepts role="list" on a styled list, and nothing that is an error', () => {
    expect(result.lines.join('\n')).not.toContain('“list” role');
    const planted = [
      { type: 'info' as const, subType: 'warning', message: 'The “list” role is unnecessary for element “ul”.' },
      { type: 'info' as const, subType: 'warning', message: 'Consider avoiding viewport values that prevent users from resizing documents.' },
      { type: 'error' as const, message: 'The “list” role is unnecessary for element “ul”.' },
      { type: 'info' as const, message: 'Trailing slash on void elements has no effect.' },
    ];
    expect(failingMessages(planted).map((m) => m.type + ': ' + m.message)).toEqual([
      'info: Consider avoiding viewport values that prevent users from resizing documents.',
      'error: The “list” role is unnecessary for element “ul”.',
    ]);
    for (const a of acceptedWarnings) expect(a.why.length).toBeGreaterThan(20);
  });

  it('says so when there is nothing to check', () => {
    expect(() => validateHtml('tests/fixtures/locales-ok')).toThrow(/no \.html files/);
  });
});
