// npm run i18n:hashes — the source hash of every English guide, page and the
// glossary. A translation records the hash of the English text it was made from.
import { readFileSync } from 'node:fs';
import { glossaryHash, hashOf, readContentFolder } from '../src/lib/translationCheck.ts';

for (const folder of ['guides', 'pages']) {
  for (const f of readContentFolder(process.cwd(), folder).filter((f) => f.lang === 'en')) console.log(`${f.file} ${hashOf(f)}`);
}
console.log(`content/glossary/en.json ${glossaryHash(readFileSync('content/glossary/en.json', 'utf8'))}`);
