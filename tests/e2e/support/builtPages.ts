// Every page in dist/, found by walking the folder (never a hand list), so a
// new page is tested the moment it is built.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name.startsWith('_') || d.name === 'pagefind' ? [] : walk(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

/** Site-relative URLs of every built HTML page: '/', '/en/', '/404.html', …
 *  Static redirect pages for moved URLs are left out: published-urls.txt covers them. */
export function builtPages(): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run "npm run build" before the browser tests.');
  return walk(distDir)
    .filter((file) => !readFileSync(file, 'utf8').includes('http-equiv="refresh"'))
    .map((file) => '/' + relative(distDir, file).split(sep).join('/'))
    .map((url) => url.replace(/index\.html$/, ''))
    .sort();
}

/** Pages inside a language: /<lang>/… */
export function languagePages(codes: readonly string[]): { url: string; lang: string }[] {
  return builtPages().flatMap((url) => {
    const lang = url.split('/')[1];
    return codes.includes(lang) ? [{ url, lang }] : [];
  });
}
