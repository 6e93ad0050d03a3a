// The crawl runs all of axe in light mode and, in dark mode, only the rules that
// read colours (tests/e2e/support/axe.ts). That is sound only while dark mode
// changes nothing but colours: a dark-mode style that hid, moved or resized
// something could break a rule that never runs in dark. This holds it.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as csstree from 'css-tree';

const colourProperties = new Set(['color', 'background-color', 'border-color', 'outline-color', 'text-decoration-color', 'caret-color', 'accent-color', 'fill', 'stroke', 'color-scheme']);

/** Declarations inside @media (prefers-color-scheme: …) that could change more than colours. */
function nonColourDarkDeclarations(css: string, file: string): string[] {
  const ast = csstree.parse(css, { positions: true, filename: file, parseCustomProperty: true });
  const out: string[] = [];
  csstree.walk(ast, {
    visit: 'Atrule',
    enter(node) {
      if (node.name !== 'media' || !node.prelude || !/prefers-color-scheme/.test(csstree.generate(node.prelude))) return;
      csstree.walk(node, {
        visit: 'Declaration',
        enter(decl) {
          const where = `${file}:${decl.loc?.start.line}`;
          const property = decl.property.toLowerCase();
          if (property.startsWith('--')) {
            // A custom property set for dark mode must hold a colour.
            const value = csstree.generate(decl.value).trim();
            const parsed = csstree.parse(value, { context: 'value' });
            if (!csstree.lexer.matchType('color', parsed).matched) out.push(`${where}: ${property}: ${value} is not a colour`);
          } else if (!colourProperties.has(property)) {
            out.push(`${where}: ${property} is not a colour property`);
          }
        },
      });
    },
  });
  return out;
}

describe('dark mode changes only colours', () => {
  it('in every stylesheet and component style of the site', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.css') || f.endsWith('.astro'))
      .map((f) => join('src', f));
    const problems = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const css = file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      return css ? nonColourDarkDeclarations(css, file) : [];
    });
    expect(files.some((f) => f.endsWith('site.css'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('catches a dark-mode style that would change layout', () => {
    const planted = `@media (prefers-color-scheme: dark) { :root { --bg: #000; --gap: 2rem; } .x { display: none; color: red; } }
@media (min-width: 40em) { .y { display: none; } }`;
    expect(nonColourDarkDeclarations(planted, 'planted.css')).toEqual([
      'planted.css:1: --gap: 2rem is not a colour',
      'planted.css:1: display is not a colour property',
    ]);
  });
});
