// The translator's checks, as plain functions over what is on disk, shared by
// `npm run i18n:check`, `npm run i18n:status` and the status page.
// Errors fail the check; warnings (stale or missing translations, which the
// site covers with the English text and a notice) are reported but pass.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleResources } from './loadLocaleFiles.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { sourceHash } from './sourceHash.ts';

export type Level = 'error' | 'warning';

export interface Finding {
  level: Level;
  lang: string;
  /** The file to fix, relative to the project root. */
  file: string;
  key?: string;
  message: string;
}

const placeholderPattern = /\{\{\s*([\w.]+)\s*\}\}/g;
const markupPattern = /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/i;

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1]))].sort();
}

/** Compare every language's strings with English: missing, extra, empty, placeholders, markup. */
export function checkStrings(resources: LocaleResources, sourceLang = 'en'): Finding[] {
  const findings: Finding[] = [];
  const source = resources[sourceLang] ?? {};
  for (const [lang, namespaces] of Object.entries(resources)) {
    for (const [ns, sourceStrings] of Object.entries(source)) {
      const file = `locales/${lang}/${ns}.json`;
      const strings = namespaces[ns];
      if (!strings && lang !== sourceLang) {
        findings.push({ level: 'error', lang, file, message: `file missing (copy locales/${sourceLang}/${ns}.json and translate it)` });
        continue;
      }
      for (const [key, english] of Object.entries(sourceStrings)) {
        const value = strings?.[key];
        if (value === undefined) {
          findings.push({ level: 'error', lang, file, key, message: 'missing (English is shown instead)' });
          continue;
        }
        if (value.trim() === '') findings.push({ level: 'error', lang, file, key, message: 'empty string' });
        const want = placeholdersOf(english).join(', ');
        const got = placeholdersOf(value).join(', ');
        if (want !== got) {
          findings.push({ level: 'error', lang, file, key, message: `placeholders differ from English: expected {{${want}}}, found {{${got}}}` });
        }
        if (markupPattern.test(value)) {
          findings.push({ level: 'error', lang, file, key, message: 'contains markup; strings are shown as plain text' });
        }
      }
      for (const key of Object.keys(strings ?? {})) {
        if (!(key in sourceStrings)) findings.push({ level: 'error', lang, file, key, message: 'extra key not in English (remove or rename it)' });
      }
    }
    for (const ns of Object.keys(namespaces)) {
      if (!(ns in source)) findings.push({ level: 'error', lang, file: `locales/${lang}/${ns}.json`, message: 'namespace not in English' });
    }
  }
  return findings;
}

export interface ContentFile {
  lang: string;
  slug: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Read content/<folder>/<lang>/<slug>.mdx files. */
export function readContentFolder(root: string, folder: string): ContentFile[] {
  const base = join(root, 'content', folder);
  if (!existsSync(base)) return [];
  return readdirSync(base).flatMap((lang) =>
    readdirSync(join(base, lang))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const file = `content/${folder}/${lang}/${f}`;
        return { lang, slug: f.replace(/\.mdx$/, ''), file, ...parseFrontmatter(file, readFileSync(join(root, file), 'utf8')) };
      }),
  );
}

export function hashOf(file: ContentFile): string {
  const d = file.data;
  return sourceHash({
    title: String(d.title ?? ''),
    description: String(d.description ?? ''),
    summary: String(d.summary ?? ''),
    body: file.body,
  });
}

export type TranslationState = 'source' | 'missing' | 'stale' | 'machine' | 'reviewed';

export interface DocumentStatus {
  lang: string;
  slug: string;
  folder: string;
  state: TranslationState;
  file: string;
}

/** State of every English document in every language, with findings for missing, stale and broken ones. */
export function checkDocuments(files: ContentFile[], folder: string, codes: readonly string[], sourceLang = 'en') {
  const findings: Finding[] = [];
  const statuses: DocumentStatus[] = [];
  const sources = files.filter((f) => f.lang === sourceLang);
  for (const lang of codes) {
    for (const source of sources) {
      const file = `content/${folder}/${lang}/${source.slug}.mdx`;
      if (lang === sourceLang) {
        statuses.push({ lang, slug: source.slug, folder, state: 'source', file });
        continue;
      }
      const translated = files.find((f) => f.lang === lang && f.slug === source.slug);
      if (!translated) {
        statuses.push({ lang, slug: source.slug, folder, state: 'missing', file });
        findings.push({ level: 'warning', lang, file, message: 'not translated yet (the English text is shown with a notice)' });
        continue;
      }
      const t = (translated.data.translation ?? {}) as { status?: string; sourceHash?: string };
      if (t.status !== 'machine' && t.status !== 'reviewed') {
        findings.push({ level: 'error', lang, file, key: 'translation.status', message: 'must be "machine" or "reviewed" in a translation' });
        continue;
      }
      const current = hashOf(source);
      if (t.sourceHash !== current) {
        statuses.push({ lang, slug: source.slug, folder, state: 'stale', file });
        findings.push({
          level: 'warning',
          lang,
          file,
          key: 'translation.sourceHash',
          message: `stale: the English ${source.file} changed since this was translated (${t.sourceHash ?? 'none'} → ${current}). Update the text, then the hash.`,
        });
        continue;
      }
      statuses.push({ lang, slug: source.slug, folder, state: t.status, file });
    }
  }
  for (const f of files) {
    if (!sources.some((s) => s.slug === f.slug)) {
      findings.push({ level: 'error', lang: f.lang, file: f.file, message: `no English source content/${folder}/${sourceLang}/${f.slug}.mdx` });
    }
  }
  return { findings, statuses };
}

/** The glossary's fingerprint: its terms and definitions, not its translation block. */
export function glossaryHash(text: string): string {
  const data = JSON.parse(text) as { terms: unknown };
  return sourceHash({ title: 'glossary', description: '', summary: '', body: JSON.stringify(data.terms) });
}

/** Glossary: the same term ids as English, none empty, made from the current English. */
export function checkGlossary(root: string, codes: readonly string[], sourceLang = 'en'): Finding[] {
  const findings: Finding[] = [];
  const read = (lang: string) => {
    const file = join(root, 'content', 'glossary', `${lang}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { terms: { id: string; term: string; definition: string }[] }) : null;
  };
  const source = read(sourceLang);
  if (!source) return [{ level: 'error', lang: sourceLang, file: `content/glossary/${sourceLang}.json`, message: 'missing' }];
  const ids = source.terms.map((t) => t.id);
  for (const lang of codes.filter((c) => c !== sourceLang)) {
    const file = `content/glossary/${lang}.json`;
    const data = read(lang);
    if (!data) {
      findings.push({ level: 'warning', lang, file, message: 'not translated yet (the English word list is shown with a notice)' });
      continue;
    }
    const current = glossaryHash(readFileSync(join(root, 'content', 'glossary', `${sourceLang}.json`), 'utf8'));
    const made = (data as { translation?: { sourceHash?: string } }).translation?.sourceHash;
    if (made !== current) {
      findings.push({ level: 'warning', lang, file, key: 'translation.sourceHash', message: `stale: content/glossary/${sourceLang}.json changed since this was translated (${made ?? 'none'} → ${current})` });
    }
    const have = data.terms.map((t) => t.id);
    for (const id of ids.filter((i) => !have.includes(i))) findings.push({ level: 'error', lang, file, key: id, message: 'term missing' });
    for (const id of have.filter((i) => !ids.includes(i))) findings.push({ level: 'error', lang, file, key: id, message: 'term not in English' });
    for (const t of data.terms) {
      if (!t.term?.trim() || !t.definition?.trim()) findings.push({ level: 'error', lang, file, key: t.id, message: 'empty term or definition' });
    }
  }
  return findings;
}

export function formatFinding(f: Finding): string {
  return `${f.level === 'error' ? 'error  ' : 'warning'} ${f.file}${f.key ? ` [${f.key}]` : ''}: ${f.message}`;
}
