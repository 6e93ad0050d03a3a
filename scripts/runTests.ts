// npm test: every check and test, in order, with one closing line that sums
// every runner: "N passed, N failed". Steps that are single checks (types,
// build, translations) count as one test each; Vitest and Playwright report
// their own counts through their JSON reporters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePrerequisites } from './prerequisites.ts';
import { validateHtml } from './lib/htmlValidation.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

// First, in seconds: what the machine must have (installed here as root with
// apt-get, else one message naming each package and the command).
if (!ensurePrerequisites()) process.exit(1);

const out = mkdtempSync(join(tmpdir(), 'privacy-guides-test-'));
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function single(label: string, ok: boolean) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function counted(label: string, ok: boolean, reportFile: string, read: (report: any) => { passed: number; failed: number }) {
  if (!existsSync(reportFile)) {
    single(label, false);
    return;
  }
  const counts = read(JSON.parse(readFileSync(reportFile, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  if (counts.failed > 0 || !ok) failures.push(label);
  if (!ok && counts.failed === 0) failed++; // the runner failed without a failing test (e.g. a crash)
}

single('types (astro check)', run('Types', 'npx', ['astro', 'check']));

const vitestReport = join(out, 'vitest.json');
const unitOk = run('Unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
counted('unit tests', unitOk, vitestReport, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));

single('translations (i18n:check)', run('Translations', 'node', ['scripts/i18nCheck.ts']));

const built = run('Build', 'npx', ['astro', 'build']);
single('build', built);

if (built) {
  // Every built page against the HTML standard (W3C Nu checker): one test per page.
  console.log('\n▶ HTML validation: vnu-jar over dist/');
  try {
    const html = validateHtml('dist');
    for (const line of html.lines) console.log(line);
    console.log(`${html.pages - html.failedPages.length} of ${html.pages} pages valid.`);
    passed += html.pages - html.failedPages.length;
    failed += html.failedPages.length;
    if (html.failedPages.length) failures.push('HTML validation');
  } catch (error) {
    console.log((error as Error).message);
    single('HTML validation', false);
  }

  const pwReport = join(out, 'playwright.json');
  const e2eOk = run('Browser tests', 'npx', ['playwright', 'test'], {
    PW_REPORTER: JSON.stringify([['list'], ['json', { outputFile: pwReport }]]),
  });
  counted('browser tests', e2eOk, pwReport, (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }));
} else {
  console.log('Browser tests skipped: the build failed.');
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
