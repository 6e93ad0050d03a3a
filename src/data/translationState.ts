// Each translated document's state as i18n:check sees it (who made it, whether
// the English changed since), read once per build for the notices on pages.
import { localeCodes } from '../i18n/locales.ts';
import { translationReport, type TranslationReport } from '../lib/translationReport.ts';
import type { DocumentStatus } from '../lib/translationCheck.ts';

let cached: TranslationReport | undefined;

/** The whole report (in `astro dev`, read afresh on every call so edits show). */
export function currentTranslationReport(): TranslationReport {
  if (import.meta.env.DEV) return translationReport(process.cwd(), localeCodes);
  return (cached ??= translationReport(process.cwd(), localeCodes));
}

export function documentState(lang: string, folder: DocumentStatus['folder'], slug: string): DocumentStatus | undefined {
  return currentTranslationReport().documents.find((d) => d.lang === lang && d.folder === folder && d.slug === slug);
}
