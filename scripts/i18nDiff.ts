// npm run i18n:diff -- <lang> [<name>]
// What changed in the English since each out-of-date translation of <lang> was
// made (or since the one named: a guide or page slug, "glossary", or a strings
// namespace such as "common"), found in git history by the translation's sourceHash.
import { isLocaleCode, localeCodes } from '../src/i18n/locales.ts';
import { translationReport } from '../src/lib/translationReport.ts';
import { readProjectFile } from '../src/lib/translationSources.ts';
import { englishChangesSince, gitHistory } from './lib/translationDiff.ts';

const [lang, name] = process.argv.slice(2);
if (!lang || !isLocaleCode(lang) || lang === 'en') {
  console.error(`Usage: npm run i18n:diff -- <lang> [<name>]; <lang> is one of ${localeCodes.filter((c) => c !== 'en').join(', ')}`);
  process.exit(2);
}
const root = process.cwd();
const report = translationReport(root, localeCodes);
const all = report.documents.filter((d) => d.lang === lang && d.state !== 'missing' && d.state !== 'source');
const chosen = name ? all.filter((d) => d.slug === name) : all.filter((d) => d.stale);
if (name && !chosen.length) {
  console.error(`${lang} has no translation called "${name}". Names: ${[...new Set(all.map((d) => d.slug))].join(', ')}`);
  process.exit(2);
}
if (!chosen.length) {
  console.log(`Every ${lang} translation was made from the current English: nothing to show.`);
  process.exit(0);
}
const history = gitHistory(root);
for (const d of chosen) {
  console.log(`\n== ${d.file} (from ${d.englishFile}) ==`);
  if (!d.stale) {
    console.log('Up to date: made from the current English.');
    continue;
  }
  const result = englishChangesSince(history, d.folder, d.englishFile, d.madeFrom, readProjectFile(root, d.englishFile));
  if (result.found) {
    console.log(`The English since ${result.date} (commit ${result.commit.slice(0, 10)}), [-removed-] {+added+}:\n`);
    console.log(result.changes);
  } else {
    console.log(`Cannot show what changed: ${result.reason}.`);
  }
}
