// The English guides: the published slugs, required frontmatter and sections,
// and plain language measured per guide (fail above grade 8).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { readability } from '../../src/lib/readability.ts';

const dir = 'content/guides/en';
const guides = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const file = join(dir, f);
    return { file, slug: f.replace(/\.mdx$/, ''), ...parseFrontmatter(file, readFileSync(file, 'utf8')) };
  });

const required = ['title', 'description', 'summary', 'topic', 'order', 'lastReviewed', 'nextReview', 'sources', 'translation'];

describe('English guides', () => {
  it('include every guide the URL contract promises', () => {
    expect(guides.map((g) => g.slug).sort()).toEqual(
      [
        'confidential-communications',
        'email-and-your-provider',
        'interpreters-and-helpers',
        'no-private-space',
        'telehealth-apps',
        'telehealth-privacy',
        'texts-apps-and-portals',
        'your-privacy-rights',
        'teens-and-parents',
        'apps-outside-hipaa',
        'police-and-immigration',
      ].sort(),
    );
  });

  for (const g of guides) {
    describe(g.file, () => {
      it('has the required frontmatter', () => {
        for (const field of required) expect(g.data, `${g.file}: ${field}`).toHaveProperty(field);
        const sources = g.data.sources as { url: string }[];
        expect(sources.length).toBeGreaterThanOrEqual(2);
        for (const s of sources) expect(s.url, `${g.file}: source link`).toMatch(/^https:\/\//);
      });

      it('has a "What you can do" checklist and no h1 in the body', () => {
        expect(g.body).toMatch(/^## What you can do\s*\n+(?:[-*] .+\n?)+/m);
        expect(g.body).not.toMatch(/^# /m);
      });

      it('reads at US grade 8 or lower, sentences under 15 words on average', () => {
        const r = readability(`${g.data.summary}\n\n${g.body}`);
        expect(r.grade, `${g.file}: Flesch-Kincaid grade`).toBeLessThanOrEqual(8);
        expect(r.wordsPerSentence, `${g.file}: words per sentence`).toBeLessThan(15);
      });

      it('links the site relatively, so links work in every language', () => {
        expect(g.body, `${g.file}: use ../page/ links, not /en/page/`).not.toMatch(/\]\(\/(?:en|es|ar)\//);
      });
    });
  }
});
