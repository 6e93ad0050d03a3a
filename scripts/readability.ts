// npm run readability [-- file.mdx …]: print each English guide's reading level.
// The same measure the tests enforce (fail above grade 8, aim for 6).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readability } from '../src/lib/readability.ts';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('content/guides/en').filter((f) => f.endsWith('.mdx')).map((f) => join('content/guides/en', f));

for (const file of files) {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const r = readability(body);
  console.log(
    `${file}: grade ${r.grade.toFixed(1)}, ${r.wordsPerSentence.toFixed(1)} words/sentence, ${r.sentences} sentences, ${r.words} words`,
  );
}
