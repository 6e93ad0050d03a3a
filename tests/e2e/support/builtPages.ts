// Every page in dist/, found by walking the folder (never a hand list), so a
// new page is tested the moment it is built.
import { readdirSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name.startsWith('_') || d.name === 'pagefind' ? [] : walk(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

/** Site-relative URLs of every built HTML page: '/', '/en/', '/404.html', … */
export function builtPages(): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run "npm run build" before the browser tests.');
  return walk(distDir)
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
