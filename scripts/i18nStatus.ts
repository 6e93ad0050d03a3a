// npm run i18n:status [-- --files] — a table per language: strings done, and
// guides, pages and the word list by who made them and how many are out of
// date. The site shows the same at /<lang>/translation-status/.
import { translationReport } from '../src/lib/translationReport.ts';
import { locales } from '../src/i18n/locales.ts';
import { penaltyPer1000 } from '../src/lib/translationReview.ts';

const report = translationReport(process.cwd(), locales.map((l) => l.code));
const rows = report.languages.map((l) => {
  const locale = locales.find((x) => x.code === l.lang)!;
  return {
    language: `${locale.englishName} (${l.lang})`,
    strings: `${l.stringsDone}/${l.stringsTotal}`,
    reviewed: l.documents.reviewed,
    human: l.documents.human,
    machine: l.documents.machine,
    'out of date': l.documents.stale,
    missing: l.documents.missing,
    source: l.documents.source,
  };
});
console.table(rows);
if (process.argv.includes('--files')) {
  for (const d of report.documents.filter((d) => d.state !== 'source')) {
    const r = d.review;
    const review = r ? `review ${r.critical}/${r.major}/${r.minor} in ${r.words} words (${penaltyPer1000(r).toFixed(1)} per 1,000)` : 'no review';
    console.log(`${d.state.padEnd(8)} ${d.stale ? 'out of date' : 'current    '} ${review.padEnd(46)} ${d.file}`);
  }
}
