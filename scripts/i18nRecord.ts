// npm run i18n:record -- --by "<who>" --critical N --major N --minor N [--corrected C,M,m]
//                        [--date YYYY-MM-DD] [--status machine|human|reviewed] <file> [<file> …]
// Writes the independent review record of each translated file: the English
// fingerprint it was checked against and the number of English words, both
// worked out here, and the counts of errors still in the text. The reviewer
// must not be the translator (TRANSLATING.md, "Review").
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocaleCode } from '../src/i18n/locales.ts';
import { describeTranslatedFile, fingerprint, readProjectFile, reviewWords } from '../src/lib/translationSources.ts';
import { withFrontmatterRecord, withGlossaryRecord, withStringsRecord, type RecordInput } from './lib/translationRecord.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    by: { type: 'string' },
    critical: { type: 'string' },
    major: { type: 'string' },
    minor: { type: 'string' },
    corrected: { type: 'string' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    status: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`i18n:record: ${message}`);
  process.exit(2);
}
const count = (name: string, v: string | undefined) => {
  if (v === undefined || !/^\d+$/.test(v)) fail(`--${name} must be a whole number (errors still in the text)`);
  return Number(v);
};
if (!values.by || values.by.trim().length < 3) fail('--by must say who reviewed: "independent machine-assisted review" or "<name>, <credential>"');
if (!positionals.length) fail('name at least one translated file');
if (values.status && !['machine', 'human', 'reviewed'].includes(values.status)) fail('--status must be machine, human or reviewed');
const corrected = values.corrected?.split(',').map((n) => Number(n));
if (corrected && (corrected.length !== 3 || corrected.some((n) => !Number.isInteger(n) || n < 0))) fail('--corrected is three whole numbers: critical,major,minor');

const root = process.cwd();
for (const file of positionals) {
  const t = describeTranslatedFile(file);
  if (!isLocaleCode(t.lang) || t.lang === 'en') fail(`${file}: "${t.lang}" is not a translated language`);
  const english = readProjectFile(root, t.englishFile);
  const hash = fingerprint(t.kind, t.englishFile, english);
  const input: RecordInput = {
    status: values.status as RecordInput['status'],
    sourceHash: hash,
    review: {
      date: values.date!,
      by: values.by!.trim(),
      words: reviewWords(t.kind, t.englishFile, english),
      critical: count('critical', values.critical),
      major: count('major', values.major),
      minor: count('minor', values.minor),
      sourceHash: hash,
      ...(corrected ? { corrected: { critical: corrected[0], major: corrected[1], minor: corrected[2] } } : {}),
    },
  };
  if (t.kind === 'strings') {
    const recordFile = `locales/${t.lang}.translation.yaml`;
    readProjectFile(root, file); // the strings file itself must exist
    const old = existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : '';
    writeFileSync(recordFile, withStringsRecord(t.lang, old, t.name, input));
    console.log(`${recordFile} [strings.${t.name}]: review recorded (${input.review.words} English words, made from ${hash})`);
  } else {
    const text = readProjectFile(root, file);
    writeFileSync(file, t.kind === 'glossary' ? withGlossaryRecord(file, text, input) : withFrontmatterRecord(file, text, input));
    console.log(`${file}: review recorded (${input.review.words} English words, made from ${hash})`);
  }
}
