// npm run i18n:check — every language against English: missing, extra and
// empty strings, placeholders, markup, guides missing or stale. Errors exit 1.
import { translationReport } from '../src/lib/translationReport.ts';
import { formatFinding } from '../src/lib/translationCheck.ts';
import { localeCodes } from '../src/i18n/locales.ts';

const report = translationReport(process.cwd(), localeCodes);
for (const f of report.findings) console.log(formatFinding(f));
const errors = report.findings.filter((f) => f.level === 'error').length;
const warnings = report.findings.length - errors;
console.log(`i18n:check: ${errors} error(s), ${warnings} warning(s) in ${localeCodes.length} languages.`);
process.exit(errors ? 1 : 0);
