// npm run i18n:status — a table per language: strings done, guides and pages
// machine-translated, reviewed, stale or missing. The site shows the same
// numbers at /<lang>/translation-status/.
import { translationReport } from '../src/lib/translationReport.ts';
import { locales } from '../src/i18n/locales.ts';

const report = translationReport(process.cwd(), locales.map((l) => l.code));
const rows = report.languages.map((l) => {
  const locale = locales.find((x) => x.code === l.lang)!;
  return {
    language: `${locale.englishName} (${l.lang})`,
    strings: `${l.stringsDone}/${l.stringsTotal}`,
    reviewed: l.documents.reviewed,
    machine: l.documents.machine,
    stale: l.documents.stale,
    missing: l.documents.missing,
    source: l.documents.source,
  };
});
console.table(rows);
if (process.argv.includes('--files')) {
  for (const d of report.documents.filter((d) => d.state !== 'source')) console.log(`${d.state.padEnd(8)} ${d.file}`);
}
