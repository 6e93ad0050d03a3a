// npm run i18n:check [-- <lang>] — every language against English (or one):
// missing, extra, empty and left-in-English strings, placeholders, markup,
// guides missing or stale, review records missing or failing, fixed terms.
// Errors exit 1.
import { translationReport } from '../src/lib/translationReport.ts';
import { formatFinding } from '../src/lib/translationCheck.ts';
import { isLocaleCode, localeCodes } from '../src/i18n/locales.ts';

const only = process.argv[2];
if (only && !isLocaleCode(only)) {
  console.error(`i18n:check: "${only}" is not a registered language code (known: ${localeCodes.join(', ')}; see src/i18n/locales.ts)`);
  process.exit(2);
}
const report = translationReport(process.cwd(), localeCodes);
const findings = only ? report.findings.filter((f) => f.lang === only) : report.findings;
for (const f of findings) console.log(formatFinding(f));
const errors = findings.filter((f) => f.level === 'error').length;
const warnings = findings.length - errors;
console.log(`i18n:check: ${errors} error(s), ${warnings} warning(s) in ${only ? `"${only}"` : `${localeCodes.length} languages`}.`);
process.exit(errors ? 1 : 0);
