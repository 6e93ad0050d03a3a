// The bad-input matrix: each broken input a writer or translator can make
// stops with a message that names the file and the problem. Each case runs
// the same function the build runs on a fixture under tests/fixtures/bad-input/.
// (Locale JSON that does not parse and unregistered locale folders: i18n.test.ts.
// A missing translation key: i18n.test.ts and translationCheck.test.ts.
// A translator string with markup rendering as text: renderAsText.test.ts.
// The wiring into a real `astro sync`: contentBuildWiring.test.ts.)
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { checkContentFolder, checkGlossaryFolder } from '../../src/lib/contentSchemas.ts';
import { findBrokenLinks, formatBrokenLinks, contentSourceFor } from '../../src/lib/linkCheck.ts';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'bad-input', name);
const guideErrors = (name: string) => () => checkContentFolder(fixture(name), 'guides', localeCodes);

describe('guide files', () => {
  it('a good guide passes', () => {
    expect(guideErrors('guide-ok')).not.toThrow();
  });

  const cases: [string, RegExp][] = [
    ['guide-missing-field', /content\/guides\/en\/a-guide\.mdx: "summary" is missing/],
    ['guide-bad-date', /content\/guides\/en\/a-guide\.mdx: "lastReviewed" must be a real date written as YYYY-MM-DD/],
    ['guide-date-not-iso', /content\/guides\/en\/a-guide\.mdx: "nextReview" must be a real date written as YYYY-MM-DD/],
    ['guide-http-source', /content\/guides\/en\/a-guide\.mdx: "sources\.1\.url" source links must use https:\/\//],
    ['guide-unregistered-lang', /content\/guides\/qaa\/a-guide\.mdx: "qaa" is not a registered language code/],
    ['guide-wrong-extension', /content\/guides\/en\/a-guide\.md: content files must sit at content\/guides\/<lang>\/<slug>\.mdx/],
    ['guide-bad-yaml', /content\/guides\/en\/a-guide\.mdx: frontmatter is not valid YAML/],
    ['guide-typo-field', /content\/guides\/en\/a-guide\.mdx: unknown field\(s\) sorces/],
    ['guide-wrong-type', /content\/guides\/en\/a-guide\.mdx: "order" Invalid input: expected number, received string/],
    ['guide-unquoted-hash', /content\/guides\/es\/a-guide\.mdx: "translation\.sourceHash" must be written in quotes/],
  ];
  for (const [name, message] of cases) {
    it(`${name}: stops, naming the file and the problem`, () => {
      expect(guideErrors(name)).toThrow(message);
    });
  }

  it('lists every problem, not only the first', () => {
    expect(guideErrors('guide-typo-field')).toThrow(/^2 problem\(s\)[\s\S]*"sources" is missing[\s\S]*unknown field\(s\) sorces/);
  });
});

describe('word lists', () => {
  it('a word list that is not valid JSON names the file', () => {
    expect(() => checkGlossaryFolder(fixture('glossary-bad-json'), localeCodes)).toThrow(
      /content\/glossary\/en\.json: is not valid JSON/,
    );
  });
});

// The fixture sites sit in site/, not dist/: .gitignore leaves out every dist/ folder.
describe('links in the built site', () => {
  it('a link to a page that does not exist names the content file and the link', () => {
    const root = fixture('link-missing-page');
    const broken = findBrokenLinks(join(root, 'site'), { root, sourceFor: (path) => contentSourceFor(root, path) });
    expect(formatBrokenLinks(broken)).toBe(
      'content/guides/en/a-guide.mdx (built as site/en/a-guide/index.html): the link "../no-such-guide/" goes to /en/no-such-guide/, which is not a page of this site',
    );
  });

  it('a link to a missing #fragment and a plain-http link out are both reported', () => {
    const root = fixture('link-missing-fragment');
    const report = formatBrokenLinks(findBrokenLinks(join(root, 'site'), { root }));
    expect(report).toContain('site/en/a-guide/index.html: the link "../glossary/#phishing" goes to #phishing, but /en/glossary/ has no element with that id');
    expect(report).toContain('site/en/a-guide/index.html: the link "http://example.org/" links out without https://');
  });
});

describe('the real content', () => {
  it('passes every check', () => {
    expect(() => checkContentFolder(process.cwd(), 'guides', localeCodes)).not.toThrow();
    expect(() => checkContentFolder(process.cwd(), 'pages', localeCodes)).not.toThrow();
    expect(() => checkGlossaryFolder(process.cwd(), localeCodes)).not.toThrow();
  });
});
