// Each translated document's state as i18n:check sees it (who made it, whether
// the English changed since), read once per build for the notices on pages.
import { localeCodes } from '../i18n/locales.ts';
import { translationReport, type TranslationReport } from '../lib/translationReport.ts';
import type { DocumentStatus } from '../lib/translationCheck.ts';

let cached: { report: TranslationReport; at: number } | undefined;

/**
 * The whole report, read once per build. In development (`astro dev`) it is read
 * again when more than two seconds old, so a translator's edit shows on the next
 * page load without reading every file for every page of a build.
 */
export function currentTranslationReport(): TranslationReport {
  const now = Date.now();
  if (!cached || (import.meta.env.DEV && now - cached.at > 2000)) cached = { report: translationReport(process.cwd(), localeCodes), at: now };
  return cached.report;
}

export function documentState(lang: string, folder: DocumentStatus['folder'], slug: string): DocumentStatus | undefined {
  return currentTranslationReport().documents.find((d) => d.lang === lang && d.folder === folder && d.slug === slug);
}
