// npm run urls:update — rewrite published-urls.txt from the built site.
// The file is the URL contract clinics rely on: tests fail when a listed URL
// stops resolving. Update it on purpose, after a build, when pages are added;
// never remove a line (move the page and add a redirect instead).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { builtPages } from '../tests/e2e/support/builtPages.ts';
import { localeCodes } from '../src/i18n/locales.ts';

const file = 'published-urls.txt';
const before = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];
// Pages, plus the files clinics' systems read (the catalogue API and the feeds, DESIGN.md's URL contract).
const systemFiles = ['/api/v1/guides.json', '/api/v1/guides.csv', '/api/v1/guides.schema.json', ...localeCodes.map((l) => `/${l}/feed.xml`)];
const now = [...builtPages().filter((u) => u !== '/404.html'), ...systemFiles.filter((u) => existsSync(`dist${u}`))];
const merged = [...new Set([...before, ...now])].sort();
writeFileSync(file, `# Every published URL. Tests fail if one stops resolving. Add, never remove (redirect instead).\n${merged.join('\n')}\n`);
console.log(`${file}: ${merged.length} URLs (${merged.length - before.length} new)`);
