// npm run validate:html: every built page (dist/, or the folder given) against
// the HTML standard with the W3C Nu checker. npm test runs the same check.
import { validateHtml } from './lib/htmlValidation.ts';

const dir = process.argv[2] ?? 'dist';
const result = validateHtml(dir);
for (const line of result.lines) console.log(line);
console.log(`HTML checker: ${result.pages - result.failedPages.length} of ${result.pages} pages valid${result.failedPages.length ? `; invalid: ${result.failedPages.join(', ')}` : ''}.`);
process.exit(result.failedPages.length ? 1 : 0);
