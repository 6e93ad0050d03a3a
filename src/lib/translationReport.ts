// One report of every language's translation state, built from the files on
// disk. The i18n:check and i18n:status scripts print it; the status page and
// the translation notices on pages read it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLocaleFiles, loadStringRecords } from './loadLocaleFiles.ts';
import {
  checkDocuments,
  checkGlossary,
  checkStringRecords,
  checkStrings,
  readContentFolder,
  type DocumentStatus,
  type Finding,
  type StringsRecord,
  type TranslationState,
} from './translationCheck.ts';
import { checkTerms } from './translationTerms.ts';
import { readingMeasure, readsHarder, type ReadingMeasure } from './readingLevel.ts';
import { getLocale, isLocaleCode } from '../i18n/locales.ts';

/** Reading measures of a translated guide or page and of its English. */
export interface ReadingComparison {
  translated: ReadingMeasure;
  english: ReadingMeasure;
}

export interface LanguageSummary {
  lang: string;
  stringsDone: number;
  stringsTotal: number;
  /** Documents (guides, pages, word list) by state, and how many are out of date. */
  documents: Record<TranslationState, number> & { stale: number };
}

export interface TranslationReport {
  findings: Finding[];
  /** Guides, pages, the word list and each strings file, in every language. */
  documents: (DocumentStatus & { reading?: ReadingComparison })[];
  languages: LanguageSummary[];
}

export function translationReport(root: string, codes: readonly string[], sourceLang = 'en'): TranslationReport {
  const resources = loadLocaleFiles(root, codes);
  const records = loadStringRecords(root, codes) as Record<string, StringsRecord | undefined>;
  const keepEnglish = Object.fromEntries(Object.entries(records).map(([lang, r]) => [lang, r?.keepEnglish ?? {}]));
  const findings: Finding[] = [];
  // A registered language must have its strings folder: without it every button would be English.
  for (const lang of codes) {
    if (lang !== sourceLang && !existsSync(join(root, 'locales', lang))) {
      findings.push({ level: 'error', lang, file: `locales/${lang}/`, message: `missing: "${lang}" is registered in src/i18n/locales.ts but has no strings (copy locales/${sourceLang}/ and translate it)` });
    }
  }
  const stringFindings = checkStrings(resources, sourceLang, keepEnglish);
  const guideFiles = readContentFolder(root, 'guides');
  const pageFiles = readContentFolder(root, 'pages');
  const guides = checkDocuments(guideFiles, 'guides', codes, sourceLang);
  const pages = checkDocuments(pageFiles, 'pages', codes, sourceLang);
  const glossary = checkGlossary(root, codes, sourceLang);
  const strings = checkStringRecords(resources, records, codes, sourceLang);
  findings.push(
    ...stringFindings,
    ...strings.findings,
    ...guides.findings,
    ...pages.findings,
    ...glossary.findings,
    ...checkTerms(root, [...guideFiles, ...pageFiles], codes, sourceLang),
  );
  const documents: TranslationReport['documents'] = [...guides.statuses, ...pages.statuses, ...glossary.statuses, ...strings.statuses];

  // Reading level of each translated guide and page against its English.
  const contentFiles = [...guideFiles, ...pageFiles];
  for (const d of documents) {
    if ((d.folder !== 'guides' && d.folder !== 'pages') || d.state === 'source' || d.state === 'missing' || !isLocaleCode(d.lang)) continue;
    const translated = contentFiles.find((f) => f.file === d.file);
    const english = contentFiles.find((f) => f.file === d.englishFile);
    if (!translated || !english) continue;
    d.reading = { translated: readingMeasure(translated.body, getLocale(d.lang).tag), english: readingMeasure(english.body, getLocale(sourceLang).tag) };
    const harder = readsHarder(d.reading.translated, d.reading.english);
    if (harder) findings.push({ level: 'warning', lang: d.lang, file: d.file, key: 'reading level', message: `reads much harder than the English: ${harder}` });
  }

  const sourceKeys = Object.entries(resources[sourceLang] ?? {}).flatMap(([ns, s]) => Object.keys(s).map((k) => `${ns}:${k}`));
  const languages = codes.map((lang) => {
    // A key with an error (missing, empty, left in English, …) is not counted as translated.
    const bad = new Set(
      stringFindings.filter((f) => f.lang === lang && f.key && f.level === 'error').map((f) => `${f.file.split('/').pop()!.replace('.json', '')}:${f.key}`),
    );
    const missingFiles = Object.keys(resources[sourceLang] ?? {}).filter((ns) => !resources[lang]?.[ns]);
    const done = sourceKeys.filter((k) => !bad.has(k) && !missingFiles.includes(k.split(':')[0])).length;
    const counts = { source: 0, missing: 0, machine: 0, human: 0, reviewed: 0, stale: 0 };
    for (const d of documents.filter((d) => d.lang === lang && d.folder !== 'strings')) {
      counts[d.state]++;
      if (d.stale) counts.stale++;
    }
    return { lang, stringsDone: done, stringsTotal: sourceKeys.length, documents: counts };
  });
  return { findings, documents, languages };
}
