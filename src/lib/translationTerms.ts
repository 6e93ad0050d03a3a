// One term, one word. locales/<lang>.terms.yaml says how a language renders each
// fixed term (ids are the word list's); the English file lists the English
// terms. Warnings (the site is still readable) for a translated guide or page
// that uses a known wrong variant, renders one term two ways, or leaves out a
// term its English uses; and for a word list whose entry does not use the term.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { ContentFile, Finding } from './translationCheck.ts';

// use: the fixed term; forms: its inflected forms (plural, case) that count as the term; avoid: known wrong variants.
const termEntry = z
  .object({ use: z.string().min(1), forms: z.array(z.string().min(1)).default([]), avoid: z.array(z.string().min(1)).default([]) })
  .strict();
const translatedTerms = z.record(z.string(), termEntry);
const englishTerms = z.record(z.string(), z.string().min(1));

export type TermList = Record<string, { use: string; forms?: string[]; avoid: string[] }>;

/** Read locales/<lang>.terms.yaml (undefined when the language has none yet). Broken files throw, naming the file. */
export function readTerms(root: string, lang: string, sourceLang = 'en'): TermList | undefined {
  const file = `locales/${lang}.terms.yaml`;
  if (!existsSync(join(root, file))) return undefined;
  let data: unknown;
  try {
    data = yaml.load(readFileSync(join(root, file), 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    throw new Error(`${file}: is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (lang === sourceLang) {
    const parsed = englishTerms.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: each line must be "<id>: <English term>" (${parsed.error.issues[0].message})`);
    return Object.fromEntries(Object.entries(parsed.data).map(([id, use]) => [id, { use, forms: [], avoid: [] }]));
  }
  const parsed = translatedTerms.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message} (each term is "use:" and optional "forms:" and "avoid:" lists)`);
  }
  return parsed.data;
}

/** Text as the term check compares it: case, accents' composition, Arabic vowel marks and article. */
export function normaliseForTerms(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064B-\u0652\u0670]/g, '') // Arabic short-vowel marks (بُعد = بعد)
    .replace(/(^|[\s(«"'،])ال(?=\p{L})/gu, '$1') // the Arabic article (المترجم = مترجم)
    .replace(/\s+/g, ' ');
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Problems with one translated text against its English: variants, two renderings, a term left out. */
export function termProblems(translated: string, english: string, terms: TermList, englishList: TermList): string[] {
  const text = normaliseForTerms(translated);
  const source = normaliseForTerms(english);
  const out: string[] = [];
  for (const [id, { use, forms = [], avoid }] of Object.entries(terms)) {
    const wanted = [use, ...forms].map(normaliseForTerms).sort((a, b) => b.length - a.length);
    // A variant inside the fixed term itself (a shorter word inside it) does not count.
    const rest = wanted.reduce((t, w) => t.split(w).join(' | '), text);
    const used = wanted.reduce((n, w) => n + occurrences(text, w), 0);
    const variants = avoid.filter((a) => occurrences(rest, normaliseForTerms(a)) > 0);
    if (variants.length && used) out.push(`renders "${englishList[id]?.use ?? id}" two ways: "${use}" and "${variants.join('", "')}"; use "${use}" throughout`);
    else if (variants.length) out.push(`uses "${variants.join('", "')}" for "${englishList[id]?.use ?? id}"; the fixed term is "${use}"`);
    const inEnglish = englishList[id] ? occurrences(source, normaliseForTerms(englishList[id].use)) : 0;
    if (inEnglish && !used && !variants.length) out.push(`the English uses "${englishList[id].use}" but the fixed term "${use}" does not appear`);
  }
  return out;
}

/** Term findings for every translated guide and page, and every word list. */
export function checkTerms(root: string, files: ContentFile[], codes: readonly string[], sourceLang = 'en'): Finding[] {
  const englishList = readTerms(root, sourceLang, sourceLang);
  if (!englishList) return [];
  const findings: Finding[] = [];
  const textOf = (f: ContentFile) => [f.data.title, f.data.description, f.data.summary, f.body].filter((x) => typeof x === 'string').join('\n');
  for (const lang of codes.filter((c) => c !== sourceLang)) {
    const terms = readTerms(root, lang, sourceLang);
    if (!terms) {
      if (existsSync(join(root, 'locales', lang))) {
        findings.push({ level: 'warning', lang, file: `locales/${lang}.terms.yaml`, message: `missing: copy the "use" list from another language's file and write this language's terms (${Object.keys(englishList).join(', ')})` });
      }
      continue;
    }
    for (const id of Object.keys(englishList).filter((id) => !terms[id])) {
      findings.push({ level: 'warning', lang, file: `locales/${lang}.terms.yaml`, key: id, message: `no rendering for "${englishList[id].use}"` });
    }
    for (const f of files.filter((f) => f.lang === lang)) {
      const english = files.find((e) => e.lang === sourceLang && e.slug === f.slug && e.file.split('/')[1] === f.file.split('/')[1]);
      if (!english) continue;
      for (const problem of termProblems(textOf(f), textOf(english), terms, englishList)) findings.push({ level: 'warning', lang, file: f.file, key: 'terms', message: problem });
    }
    const glossaryFile = join(root, 'content', 'glossary', `${lang}.json`);
    if (existsSync(glossaryFile)) {
      const glossary = JSON.parse(readFileSync(glossaryFile, 'utf8')) as { terms: { id: string; term: string }[] };
      for (const entry of glossary.terms) {
        const fixed = terms[entry.id];
        if (fixed && ![fixed.use, ...(fixed.forms ?? [])].some((w) => normaliseForTerms(entry.term).includes(normaliseForTerms(w)))) {
          findings.push({ level: 'warning', lang, file: `content/glossary/${lang}.json`, key: entry.id, message: `the word list calls it "${entry.term}"; the fixed term is "${fixed.use}"` });
        }
      }
    }
  }
  return findings;
}
