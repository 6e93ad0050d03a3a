// One report of every language's translation state, built from the files on
// disk. The i18n:check and i18n:status scripts print it; the status page shows it.
import { loadLocaleFiles } from './loadLocaleFiles.ts';
import {
  checkDocuments,
  checkGlossary,
  checkStrings,
  readContentFolder,
  type DocumentStatus,
  type Finding,
} from './translationCheck.ts';

export interface LanguageSummary {
  lang: string;
  stringsDone: number;
  stringsTotal: number;
  documents: Record<DocumentStatus['state'], number>;
}

export interface TranslationReport {
  findings: Finding[];
  documents: DocumentStatus[];
  languages: LanguageSummary[];
}

export function translationReport(root: string, codes: readonly string[], sourceLang = 'en'): TranslationReport {
  const resources = loadLocaleFiles(root, codes);
  const stringFindings = checkStrings(resources, sourceLang);
  const guides = checkDocuments(readContentFolder(root, 'guides'), 'guides', codes, sourceLang);
  const pages = checkDocuments(readContentFolder(root, 'pages'), 'pages', codes, sourceLang);
  const findings = [...stringFindings, ...guides.findings, ...pages.findings, ...checkGlossary(root, codes, sourceLang)];
  const documents = [...guides.statuses, ...pages.statuses];

  const sourceKeys = Object.entries(resources[sourceLang] ?? {}).flatMap(([ns, s]) => Object.keys(s).map((k) => `${ns}:${k}`));
  const languages = codes.map((lang) => {
    const bad = new Set(
      stringFindings.filter((f) => f.lang === lang && f.key && f.level === 'error').map((f) => `${f.file.split('/').pop()!.replace('.json', '')}:${f.key}`),
    );
    const missingFiles = Object.keys(resources[sourceLang] ?? {}).filter((ns) => !resources[lang]?.[ns]);
    const done = sourceKeys.filter((k) => !bad.has(k) && !missingFiles.includes(k.split(':')[0])).length;
    const counts = { source: 0, missing: 0, stale: 0, machine: 0, reviewed: 0 };
    for (const d of documents.filter((d) => d.lang === lang)) counts[d.state]++;
    return { lang, stringsDone: done, stringsTotal: sourceKeys.length, documents: counts };
  });
  return { findings, documents, languages };
}
