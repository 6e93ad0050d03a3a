// The benchmark's own helpers: synthetic guides must be guides our checks
// accept (or the scaling numbers would measure a failing build), and the
// chart must draw one bar per value.
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/benchChart.ts';
import { contentFileProblems } from '../../src/lib/contentSchemas.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { sourceHash } from '../../src/lib/sourceHash.ts';
import { guidesFor, syntheticBody, syntheticGuideForSite, syntheticHashable } from '../../src/lib/syntheticGuides.ts';

describe('synthetic guides', () => {
  it('pass the same checks as real guides, in English and translated', () => {
    for (const i of [0, 1, 713]) {
      const hash = sourceHash(syntheticHashable(i));
      expect(contentFileProblems(`synthetic-${i}.mdx`, syntheticGuideForSite(i, 'en', hash), 'guides')).toEqual([]);
      expect(contentFileProblems(`synthetic-${i}.mdx`, syntheticGuideForSite(i, 'ar', hash), 'guides')).toEqual([]);
    }
  });

  it('record the hash of their English words, so none is reported stale', () => {
    const file = syntheticGuideForSite(3, 'en', '');
    const { data, body } = parseFrontmatter('x.mdx', file);
    const fromFile = sourceHash({ title: String(data.title), description: String(data.description), summary: String(data.summary), body });
    expect(fromFile).toBe(sourceHash(syntheticHashable(3)));
  });

  it('are guide-sized and differ from each other', () => {
    expect(syntheticBody(0).split(/\s+/).length).toBeGreaterThan(350);
    expect(syntheticBody(0)).not.toBe(syntheticBody(1));
  });

  it('split a page count across languages', () => {
    expect(guidesFor(5000, 7)).toBe(714);
    expect(guidesFor(3, 7)).toBe(1);
  });
});

describe('bar chart', () => {
  it('draws a bar per value and escapes labels', () => {
    const svg = barChart({ title: 'T & U', unit: 'KB', series: ['a', 'b'], rows: [{ label: '<x>', values: [1, 2] }, { label: 'y', values: [3, 0] }] });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('T &amp; U');
    expect(svg).toContain('&lt;x&gt;');
    // 1 background + 2 legend swatches + 4 bars
    expect(svg.match(/<rect /g)?.length).toBe(7);
  });
});
