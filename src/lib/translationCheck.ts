// The translator's checks, as plain functions over what is on disk, shared by
// `npm run i18n:check`, `npm run i18n:status` and the status page.
// Errors fail the check; warnings (stale or missing translations, which the
// site covers with the English text and a notice) are reported but pass.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LocaleResources } from './loadLocaleFiles.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { sourceHash } from './sourceHash.ts';
import { reviewProblems, reviewRecord, translationStatuses, type ReviewRecord } from './translationReview.ts';

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

/**
 * Names and codes that stay the same in every language, so a translated string
 * equal to the English is not reported when it is one of these.
 */
export const sameInEveryLanguage = new Set(['HIPAA', 'HHS', 'OCR', 'Wi-Fi', 'FaceTime', 'WhatsApp', 'Zoom', 'Skype', 'Google Meet', 'Signal', 'iMessage', 'SMS', 'PDF', 'QR']);

/** A string equal to its English is left in English, unless it has no letters outside its placeholders, or is a name. */
function leftInEnglish(value: string, english: string): boolean {
  // Placeholders are not words: "{{title}}" is the same in every language.
  return value === english && /\p{L}/u.test(value.replace(placeholderPattern, '')) && !sameInEveryLanguage.has(value.trim());
}

/**
 * Compare every language's strings with English: missing, extra, empty,
 * placeholders, markup, and strings left in English. `keepEnglish` lists, per
 * language, "namespace:key" entries a translator kept in English on purpose.
 */
export function checkStrings(resources: LocaleResources, sourceLang = 'en', keepEnglish: Record<string, Record<string, string>> = {}): Finding[] {
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
        if (lang !== sourceLang && leftInEnglish(value, english) && !keepEnglish[lang]?.[`${ns}:${key}`]) {
          findings.push({
            level: 'error',
            lang,
            file,
            key,
            message: `same as the English ("${english.slice(0, 60)}"): translate it, or list "${ns}:${key}" under keepEnglish in locales/${lang}.translation.yaml with the reason`,
          });
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

/** Who made a document: the English source, nobody yet (missing), or a translation's status. */
export type TranslationState = 'source' | 'missing' | 'machine' | 'human' | 'reviewed';

export interface DocumentStatus {
  lang: string;
  /** Guide or page slug, "glossary", or a strings namespace. */
  slug: string;
  folder: 'guides' | 'pages' | 'glossary' | 'strings';
  state: TranslationState;
  /** The English changed since this translation was made. */
  stale: boolean;
  file: string;
  /** The English file it translates. */
  englishFile: string;
  /** The English fingerprint the translation was made from (for i18n:diff). */
  madeFrom?: string;
  review?: ReviewRecord;
}

interface TranslationBlock {
  status?: string;
  sourceHash?: string;
  reviewedBy?: string;
  review?: unknown;
}

/** Findings and status for one translated file against its English: status, review record, staleness. */
function judgeTranslation(
  t: TranslationBlock | undefined,
  current: string,
  at: { lang: string; slug: string; folder: DocumentStatus['folder']; file: string; englishFile: string; keyPrefix: string; diffArgs: string },
): { findings: Finding[]; status?: DocumentStatus } {
  const findings: Finding[] = [];
  const { lang, file, keyPrefix } = at;
  if (!t || !translationStatuses.includes(t.status as never)) {
    findings.push({ level: 'error', lang, file, key: `${keyPrefix}status`, message: `must be one of ${translationStatuses.map((s) => `"${s}"`).join(', ')} in a translation` });
    return { findings };
  }
  if (t.status === 'reviewed' && !t.reviewedBy?.trim()) {
    findings.push({ level: 'error', lang, file, key: `${keyPrefix}reviewedBy`, message: '"reviewed" means a qualified health translator checked it: name them in reviewedBy ("<name>, <credential>")' });
  }
  for (const problem of reviewProblems(t.review, t.sourceHash)) findings.push({ level: 'error', lang, file, key: `${keyPrefix}review`, message: problem });
  const stale = t.sourceHash !== current;
  if (stale) {
    findings.push({
      level: 'warning',
      lang,
      file,
      key: `${keyPrefix}sourceHash`,
      message: `stale: the English ${at.englishFile} changed since this was translated (${t.sourceHash ?? 'none'} → ${current}). See what changed: npm run i18n:diff -- ${at.diffArgs}; update the text, then the hash, then have it reviewed.`,
    });
  }
  const parsed = reviewRecord.safeParse(t.review);
  return {
    findings,
    status: {
      lang,
      slug: at.slug,
      folder: at.folder,
      state: t.status as TranslationState,
      stale,
      file,
      englishFile: at.englishFile,
      madeFrom: t.sourceHash,
      review: parsed.success ? parsed.data : undefined,
    },
  };
}

/** State of every English document in every language, with findings for missing, stale, unreviewed and broken ones. */
export function checkDocuments(files: ContentFile[], folder: 'guides' | 'pages', codes: readonly string[], sourceLang = 'en') {
  const findings: Finding[] = [];
  const statuses: DocumentStatus[] = [];
  const sources = files.filter((f) => f.lang === sourceLang);
  for (const lang of codes) {
    for (const source of sources) {
      const file = `content/${folder}/${lang}/${source.slug}.mdx`;
      const base = { lang, slug: source.slug, folder, file, englishFile: source.file, stale: false };
      if (lang === sourceLang) {
        statuses.push({ ...base, state: 'source' });
        continue;
      }
      const translated = files.find((f) => f.lang === lang && f.slug === source.slug);
      if (!translated) {
        statuses.push({ ...base, state: 'missing' });
        findings.push({ level: 'warning', lang, file, message: 'not translated yet (the English text is shown with a notice)' });
        continue;
      }
      const judged = judgeTranslation(translated.data.translation as TranslationBlock | undefined, hashOf(source), {
        ...base,
        keyPrefix: 'translation.',
        diffArgs: `${lang} ${source.slug}`,
      });
      findings.push(...judged.findings);
      if (judged.status) statuses.push(judged.status);
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

/** Glossary: the same term ids as English, none empty, made from the current English, reviewed. */
export function checkGlossary(root: string, codes: readonly string[], sourceLang = 'en'): { findings: Finding[]; statuses: DocumentStatus[] } {
  const findings: Finding[] = [];
  const statuses: DocumentStatus[] = [];
  const path = (lang: string) => join(root, 'content', 'glossary', `${lang}.json`);
  const read = (lang: string) =>
    existsSync(path(lang)) ? (JSON.parse(readFileSync(path(lang), 'utf8')) as { terms: { id: string; term: string; definition: string }[]; translation?: TranslationBlock }) : null;
  const englishFile = `content/glossary/${sourceLang}.json`;
  const source = read(sourceLang);
  if (!source) return { findings: [{ level: 'error', lang: sourceLang, file: englishFile, message: 'missing' }], statuses };
  const ids = source.terms.map((t) => t.id);
  const current = glossaryHash(readFileSync(path(sourceLang), 'utf8'));
  for (const lang of codes) {
    const file = `content/glossary/${lang}.json`;
    const base = { lang, slug: 'glossary', folder: 'glossary' as const, file, englishFile, stale: false };
    if (lang === sourceLang) {
      statuses.push({ ...base, state: 'source' });
      continue;
    }
    const data = read(lang);
    if (!data) {
      statuses.push({ ...base, state: 'missing' });
      findings.push({ level: 'warning', lang, file, message: 'not translated yet (the English word list is shown with a notice)' });
      continue;
    }
    const judged = judgeTranslation(data.translation, current, { ...base, keyPrefix: 'translation.', diffArgs: `${lang} glossary` });
    findings.push(...judged.findings);
    if (judged.status) statuses.push(judged.status);
    const have = data.terms.map((t) => t.id);
    for (const id of ids.filter((i) => !have.includes(i))) findings.push({ level: 'error', lang, file, key: id, message: 'term missing' });
    for (const id of have.filter((i) => !ids.includes(i))) findings.push({ level: 'error', lang, file, key: id, message: 'term not in English' });
    for (const t of data.terms) {
      if (!t.term?.trim() || !t.definition?.trim()) findings.push({ level: 'error', lang, file, key: t.id, message: 'empty term or definition' });
    }
  }
  return { findings, statuses };
}

/** The fingerprint of one English strings file: its keys and values. */
export function stringsHash(strings: Record<string, string>): string {
  const sorted = Object.keys(strings)
    .sort()
    .map((k) => [k, strings[k]]);
  return sourceHash({ title: 'strings', description: '', summary: '', body: JSON.stringify(sorted) });
}

/** locales/<lang>.translation.yaml: who made each strings file, its review, and strings kept in English on purpose. */
export interface StringsRecord {
  strings?: Record<string, TranslationBlock>;
  keepEnglish?: Record<string, string>;
}

/** Each language's strings files against their records: status, review, staleness. */
export function checkStringRecords(
  resources: LocaleResources,
  records: Record<string, StringsRecord | undefined>,
  codes: readonly string[],
  sourceLang = 'en',
): { findings: Finding[]; statuses: DocumentStatus[] } {
  const findings: Finding[] = [];
  const statuses: DocumentStatus[] = [];
  const source = resources[sourceLang] ?? {};
  for (const lang of codes) {
    for (const ns of Object.keys(source)) {
      const file = `locales/${lang}/${ns}.json`;
      const base = { lang, slug: ns, folder: 'strings' as const, file, englishFile: `locales/${sourceLang}/${ns}.json`, stale: false };
      if (lang === sourceLang) {
        statuses.push({ ...base, state: 'source' });
        continue;
      }
      if (!resources[lang]?.[ns]) {
        statuses.push({ ...base, state: 'missing' });
        continue; // checkStrings reports the missing file
      }
      const recordFile = `locales/${lang}.translation.yaml`;
      const record = records[lang]?.strings?.[ns];
      if (!record) {
        findings.push({ level: 'error', lang, file: recordFile, key: `strings.${ns}`, message: `no record for ${file} (status, sourceHash and its independent review): see TRANSLATING.md` });
        continue;
      }
      const judged = judgeTranslation(record, stringsHash(source[ns]), { ...base, file: recordFile, keyPrefix: `strings.${ns}.`, diffArgs: `${lang} ${ns}` });
      findings.push(...judged.findings);
      if (judged.status) statuses.push({ ...judged.status, file });
    }
  }
  return { findings, statuses };
}

export function formatFinding(f: Finding): string {
  return `${f.level === 'error' ? 'error  ' : 'warning'} ${f.file}${f.key ? ` [${f.key}]` : ''}: ${f.message}`;
}
