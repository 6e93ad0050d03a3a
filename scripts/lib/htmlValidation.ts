// Valid HTML on every built page, checked by the W3C Nu HTML checker (vnu-jar,
// the checker behind validator.w3.org/nu), run once over a whole folder.
// Every error fails; so does every warning, except the rules below, each
// turned off with its reason.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/** Warnings we accept, each with why. Errors are never accepted. */
export const acceptedWarnings: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^The “list” role is unnecessary for element “(ul|ol)”\.$/,
    why: 'Safari/VoiceOver drops list semantics from a list styled with list-style: none; role="list" gives them back (WebKit bug 170179).',
  },
  {
    pattern: /^Resource violates Content Security Policy \(meta tag\): .* blocked by “(style|img|script)-src” directive\.$/,
    why: "The checker reads pages as file: URLs, where 'self' cannot match our own /_astro/ and /qr/ files (styles, scripts, images); the browser tests check the real policy on a real origin.",
  },
];

export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
}

/** The messages that fail a page: all errors, and warnings we have not accepted. */
export function failingMessages(messages: VnuMessage[]): VnuMessage[] {
  return messages.filter((m) => m.type !== 'info' || (m.subType === 'warning' && !acceptedWarnings.some((a) => a.pattern.test(m.message))));
}

/** A file: URL from the checker, as a path relative to the project (e.g. dist/en/search/index.html). */
function pageOf(m: VnuMessage, root: string): string {
  if (!m.url) return '(no file)';
  return relative(root, decodeURIComponent(m.url.replace(/^file:/, '')));
}

/** One line per problem: page, line and column, the message, and the markup around it. */
export function formatMessage(m: VnuMessage, root: string): string {
  const where = `${pageOf(m, root)}:${m.lastLine ?? m.firstLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;
  const kind = m.type === 'info' ? 'warning' : 'error';
  const extract = m.extract ? `  near: ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${where}: ${kind}: ${m.message}${extract}`;
}

export interface ValidationResult {
  /** How many .html files were checked. */
  pages: number;
  failedPages: string[];
  lines: string[];
}

/** Check every .html file under dir with one run of the checker (one JVM start for the whole site). */
export function validateHtml(dir: string, root = process.cwd()): ValidationResult {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  if (!pages) throw new Error(`${dir}: no .html files to check`);
  const r = spawnSync('java', ['-jar', vnuJarPath(), '--format', 'json', '--skip-non-html', '--stdout', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new Error(`Could not start the HTML checker (java -jar vnu.jar): ${r.error.message}. Run "npm run prerequisites".`);
  let parsed: { messages: VnuMessage[] };
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    throw new Error(`The HTML checker did not print JSON (exit ${r.status}):\n${(r.stdout + r.stderr).slice(0, 2000)}`);
  }
  const failing = failingMessages(parsed.messages);
  const failedPages = [...new Set(failing.map((m) => pageOf(m, root)))].sort();
  return { pages, failedPages, lines: failing.map((m) => formatMessage(m, root)) };
}
