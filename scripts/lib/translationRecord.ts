// Write a review record into a translated file (a guide or page's frontmatter,
// the word list's JSON) or into locales/<lang>.translation.yaml for a strings
// file. Pure: text in, text out. npm run i18n:record uses it.
import yaml from 'js-yaml';
import type { ReviewRecord } from '../../src/lib/translationReview.ts';

export interface RecordInput {
  status?: 'machine' | 'human' | 'reviewed';
  sourceHash: string;
  review: Omit<ReviewRecord, 'date'> & { date: string };
}

function reviewYaml(r: RecordInput['review'], indent: string): string[] {
  const lines = [
    `${indent}review:`,
    `${indent}  date: ${r.date}`,
    `${indent}  by: ${JSON.stringify(r.by)}`,
    `${indent}  words: ${r.words}`,
    `${indent}  critical: ${r.critical}`,
    `${indent}  major: ${r.major}`,
    `${indent}  minor: ${r.minor}`,
    `${indent}  sourceHash: "${r.sourceHash}"`,
  ];
  if (r.corrected) lines.push(`${indent}  corrected: { critical: ${r.corrected.critical}, major: ${r.corrected.major}, minor: ${r.corrected.minor} }`);
  return lines;
}

/** Replace the `translation:` block of an .mdx file's frontmatter, keeping status and reviewedBy unless given. */
export function withFrontmatterRecord(file: string, text: string, input: RecordInput): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  const lines = match[1].split('\n');
  const start = lines.findIndex((l) => l === 'translation:');
  if (start === -1) throw new Error(`${file}: no "translation:" block in the frontmatter`);
  let end = start + 1;
  while (end < lines.length && /^\s/.test(lines[end])) end++;
  const old = (yaml.load(lines.slice(start, end).join('\n'), { schema: yaml.CORE_SCHEMA }) as { translation: Record<string, unknown> }).translation ?? {};
  const status = input.status ?? (old.status as string);
  if (!status || status === 'source') throw new Error(`${file}: is an English source, not a translation`);
  const block = ['translation:', `  status: ${status}`, `  sourceHash: "${input.sourceHash}"`];
  if (old.reviewedBy && status === 'reviewed') block.push(`  reviewedBy: ${JSON.stringify(old.reviewedBy)}`);
  block.push(...reviewYaml(input.review, '  '));
  const front = [...lines.slice(0, start), ...block, ...lines.slice(end)].join('\n');
  return `---\n${front}\n---\n${text.slice(match[0].length)}`;
}

/** Set the word list's translation block. */
export function withGlossaryRecord(file: string, text: string, input: RecordInput): string {
  const data = JSON.parse(text) as { translation?: Record<string, unknown>; terms: unknown };
  const old = data.translation ?? {};
  const translation: Record<string, unknown> = { status: input.status ?? old.status ?? 'machine', sourceHash: input.sourceHash };
  if (old.reviewedBy && translation.status === 'reviewed') translation.reviewedBy = old.reviewedBy;
  translation.review = input.review;
  if (translation.status === 'source') throw new Error(`${file}: is the English source, not a translation`);
  return JSON.stringify({ translation, terms: data.terms }, null, 2) + '\n';
}

/** Set one namespace's record in locales/<lang>.translation.yaml (text may be empty for a new file). */
export function withStringsRecord(lang: string, text: string, namespace: string, input: RecordInput): string {
  const data = ((text.trim() ? yaml.load(text, { schema: yaml.CORE_SCHEMA }) : {}) ?? {}) as {
    strings?: Record<string, Record<string, unknown>>;
    keepEnglish?: Record<string, string>;
  };
  const strings = { ...(data.strings ?? {}) };
  const old = strings[namespace] ?? {};
  strings[namespace] = { status: input.status ?? old.status ?? 'machine', sourceHash: input.sourceHash, review: input.review };
  const ordered = Object.fromEntries(Object.keys(strings).sort().map((k) => [k, strings[k]]));
  const header = `# Who made each locales/${lang}/*.json file and its independent review, and strings kept in\n# English on purpose (keepEnglish: "namespace:key": reason). See TRANSLATING.md. Written by npm run i18n:record.\n`;
  const body = yaml.dump({ strings: ordered, ...(data.keepEnglish ? { keepEnglish: data.keepEnglish } : {}) }, { lineWidth: 120, quotingType: '"', forceQuotes: false });
  // Hashes of digits only would read back as numbers: quote every hash.
  return header + body.replace(/^(\s+sourceHash: )'?([0-9a-f]{12})'?$/gm, '$1"$2"');
}
