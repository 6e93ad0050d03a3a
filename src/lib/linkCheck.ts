// Checks every link in a built site: an internal link must lead to a built
// page (or file), a #fragment to an element with that id, and a link out to
// https (or mailto:/tel:/sms:). Used by the build (a broken link stops it) and
// by the tests. Parses HTML with parse5 rather than with regular expressions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';

export interface BrokenLink {
  /** The built file the link is on, relative to the project (e.g. dist/es/foo/index.html). */
  file: string;
  /** Where the page came from, when it is a content file (e.g. content/guides/es/foo.mdx). */
  source?: string;
  href: string;
  problem: string;
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  if (node.content) walk(node.content, visit); // <template>
}

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

export function linksAndIds(html: string): { hrefs: string[]; ids: Set<string> } {
  const hrefs: string[] = [];
  const ids = new Set<string>();
  walk(parse(html) as unknown as Node, (node) => {
    const id = attr(node, 'id');
    if (id) ids.add(id);
    if (node.nodeName === 'a' || node.nodeName === 'area') {
      const href = attr(node, 'href');
      if (href !== undefined) hrefs.push(href);
    }
  });
  return { hrefs, ids };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'))
    .sort();
}

const outboundSchemes = new Set(['https:', 'mailto:', 'tel:', 'sms:']);

/**
 * Every broken link in the built site at `distDir`. `sourceFor` maps a
 * page's URL path to the content file it was made from, so the error can
 * name the file a writer has to fix.
 */
export function findBrokenLinks(
  distDir: string,
  options: { root?: string; sourceFor?: (pathname: string) => string | undefined } = {},
): BrokenLink[] {
  const root = options.root ?? process.cwd();
  const pages = new Map<string, { hrefs: string[]; ids: Set<string> }>();
  for (const file of htmlFiles(distDir)) pages.set(file, linksAndIds(readFileSync(join(distDir, file), 'utf8')));

  const builtFile = (pathname: string): string | undefined => {
    const path = decodeURIComponent(pathname).replace(/^\//, '');
    if (path === '' || path.endsWith('/')) return pages.has(`${path}index.html`) ? `${path}index.html` : undefined;
    if (pages.has(path)) return path;
    return existsSync(join(distDir, path)) ? path : undefined;
  };

  const broken: BrokenLink[] = [];
  for (const [file, { hrefs }] of pages) {
    const pagePath = `/${file.replace(/index\.html$/, '')}`;
    const where = { file: relative(root, join(distDir, file)).split(sep).join('/'), source: options.sourceFor?.(pagePath) };
    for (const href of hrefs) {
      let target: URL;
      try {
        target = new URL(href, `http://site.invalid${pagePath}`);
      } catch {
        broken.push({ ...where, href, problem: 'is not a valid link' });
        continue;
      }
      if (target.host !== 'site.invalid') {
        if (!outboundSchemes.has(target.protocol)) broken.push({ ...where, href, problem: 'links out without https://' });
        continue;
      }
      const targetFile = builtFile(target.pathname);
      if (!targetFile) {
        broken.push({ ...where, href, problem: `goes to ${target.pathname}, which is not a page of this site` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const ids = pages.get(targetFile)?.ids;
      if (fragment && ids && !ids.has(fragment)) {
        broken.push({ ...where, href, problem: `goes to #${fragment}, but ${target.pathname} has no element with that id` });
      }
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken
    .map((b) => `${b.source ? `${b.source} (built as ${b.file})` : b.file}: the link "${b.href}" ${b.problem}`)
    .join('\n');
}

/**
 * The content file a page URL was built from, if any: /es/foo/ →
 * content/guides/es/foo.mdx, or the English file a fallback page shows.
 */
export function contentSourceFor(root: string, pathname: string): string | undefined {
  const match = /^\/([^/]+)\/([^/]+)\/$/.exec(pathname);
  if (!match) return undefined;
  const [, lang, slug] = match;
  for (const folder of ['guides', 'pages']) {
    for (const code of [lang, 'en']) {
      const file = `content/${folder}/${code}/${slug}.mdx`;
      if (existsSync(join(root, file))) return file;
    }
  }
  return undefined;
}
