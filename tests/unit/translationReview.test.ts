// The translator's checks added for trust: strings left in English, a language
// with no strings folder, review records (missing, failing, made for an older
// English), fixed terms, and what changed in the English (i18n:diff) with and
// without the history to show it. Each case is planted in a small project
// written to a temporary folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { translationReport } from '../../src/lib/translationReport.ts';
import { formatFinding, hashOf, stringsHash } from '../../src/lib/translationCheck.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { penaltyPer1000, reviewProblems } from '../../src/lib/translationReview.ts';
import { termProblems } from '../../src/lib/translationTerms.ts';
import { englishChangesSince, gitHistory } from '../../scripts/lib/translationDiff.ts';
import { withFrontmatterRecord, withStringsRecord } from '../../scripts/lib/translationRecord.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'translation-review-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const englishGuide = `---
title: Your rights
description: What you can ask for.
summary: You can ask for your records.
translation:
  status: source
---

Your clinic must answer. Use the patient portal.
`;
const englishHash = hashOf({ lang: 'en', slug: 'a', file: 'a.mdx', ...parseFrontmatter('a.mdx', englishGuide) });

function spanishGuide(translation: string, body = 'Su clínica debe responder. Use el portal del paciente.') {
  return `---
title: Sus derechos
description: Lo que puede pedir.
summary: Puede pedir su expediente.
translation:
${translation}
---

${body}
`;
}

const review = (over: Record<string, string | number> = {}) => {
  const r = { date: '2026-12-01', by: 'independent machine-assisted review', words: 400, critical: 0, major: 0, minor: 1, sourceHash: `"${englishHash}"`, ...over };
  return Object.entries(r)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join('\n');
};

const englishStrings = { 'site.name': 'Private Health Guides', 'nav.home': 'Home', blank: '________', brand: 'HIPAA', subject: '{{title}}' };

function base(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'locales/en/common.json': JSON.stringify(englishStrings),
    'locales/es/common.json': JSON.stringify({ 'site.name': 'Guías', 'nav.home': 'Inicio', blank: '________', brand: 'HIPAA', subject: '{{title}}' }),
    'locales/es.translation.yaml': `strings:\n  common:\n    status: machine\n    sourceHash: "${stringsHash(englishStrings)}"\n    review:\n${review({ sourceHash: `"${stringsHash(englishStrings)}"`, words: 10, minor: 0 }).replace(/^ {4}/gm, '      ')}\n`,
    'locales/en.terms.yaml': 'patient-portal: patient portal\n',
    'locales/es.terms.yaml': 'patient-portal:\n  use: portal del paciente\n  avoid: [portal de pacientes]\n',
    'content/guides/en/a.mdx': englishGuide,
    'content/glossary/en.json': JSON.stringify({ terms: [{ id: 'hipaa', term: 'HIPAA', definition: 'A privacy law.' }] }),
    'content/guides/es/a.mdx': spanishGuide(`  status: machine\n  sourceHash: "${englishHash}"\n  review:\n${review()}`),
    ...extra,
  };
}

const lines = (root: string, codes = ['en', 'es']) => translationReport(root, codes).findings.map(formatFinding);

describe('a translation that passes', () => {
  it('has no errors', () => {
    expect(lines(project(base())).filter((l) => l.startsWith('error'))).toEqual([]);
  });
});

describe('strings left in English', () => {
  it('are named key by key, and not counted as translated; names and blanks are not reported', () => {
    const root = project(base({ 'locales/es/common.json': JSON.stringify({ ...englishStrings, 'nav.home': 'Inicio' }) }));
    const found = lines(root).filter((l) => l.includes('same as the English'));
    expect(found).toEqual([expect.stringMatching(/^error +locales\/es\/common\.json \[site\.name\]: same as the English \("Private Health Guides"\)/)]);
    expect(translationReport(root, ['en', 'es']).languages.find((l) => l.lang === 'es')!.stringsDone).toBe(4);
  });

  it('may be kept in English on purpose, with the reason in the language record', () => {
    const root = project(
      base({
        'locales/es/common.json': JSON.stringify({ ...englishStrings, 'nav.home': 'Inicio' }),
        'locales/es.translation.yaml': base()['locales/es.translation.yaml'] + 'keepEnglish:\n  "common:site.name": the brand name stays English\n',
      }),
    );
    expect(lines(root).filter((l) => l.includes('same as the English'))).toEqual([]);
  });
});

describe('a registered language', () => {
  it('without a strings folder is an error', () => {
    const files = base();
    delete files['locales/es/common.json'];
    expect(lines(project(files))).toContainEqual(expect.stringMatching(/^error +locales\/es\/: missing: "es" is registered/));
  });
});

describe('review records', () => {
  it('a missing record is an error', () => {
    const root = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: machine\n  sourceHash: "${englishHash}"`) }));
    expect(lines(root)).toContainEqual(expect.stringMatching(/^error +content\/guides\/es\/a\.mdx \[translation\.review\]: has no independent review record/));
  });

  it('a strings file without a record is an error naming the record file', () => {
    const root = project(base({ 'locales/es.translation.yaml': 'strings: {}\n' }));
    expect(lines(root)).toContainEqual(expect.stringMatching(/^error +locales\/es\.translation\.yaml \[strings\.common\]: no record for locales\/es\/common\.json/));
  });

  it('fails on a critical or major error, or more than 5 penalty points per 1,000 words', () => {
    expect(reviewProblems({ date: '2026-12-01', by: 'x reviewer', words: 400, critical: 1, major: 0, minor: 0, sourceHash: englishHash }, englishHash)).toEqual([
      'review found 1 critical error(s) still in the text: fix them and review again',
      'review penalty 62.5 per 1,000 words is above 5',
    ]);
    expect(reviewProblems({ date: '2026-12-01', by: 'x reviewer', words: 1000, critical: 0, major: 1, minor: 0, sourceHash: englishHash }, englishHash)).toEqual([
      'review found 1 major error(s) still in the text: fix them and review again',
    ]);
    expect(penaltyPer1000({ critical: 0, major: 0, minor: 3, words: 500 })).toBe(6);
    const root = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: machine\n  sourceHash: "${englishHash}"\n  review:\n${review({ minor: 3, words: 500 })}`) }));
    expect(lines(root)).toContainEqual(expect.stringMatching(/a\.mdx \[translation\.review\]: review penalty 6\.0 per 1,000 words is above 5/));
  });

  it('made for an older English than the translation is an error', () => {
    const root = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: machine\n  sourceHash: "${englishHash}"\n  review:\n${review({ sourceHash: '"0123456789ab"' })}`) }));
    expect(lines(root)).toContainEqual(expect.stringMatching(/the review was made for an older English text \(0123456789ab\) than the translation/));
  });

  it('accepts the three states, and a reviewed one only with reviewedBy', () => {
    for (const status of ['machine', 'human']) {
      const root = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: ${status}\n  sourceHash: "${englishHash}"\n  review:\n${review()}`) }));
      expect(lines(root).filter((l) => l.startsWith('error'))).toEqual([]);
    }
    const unnamed = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: reviewed\n  sourceHash: "${englishHash}"\n  review:\n${review()}`) }));
    expect(lines(unnamed)).toContainEqual(expect.stringMatching(/\[translation\.reviewedBy\]: "reviewed" means a qualified health translator/));
    const named = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: reviewed\n  reviewedBy: "Ana Pérez, CHI-Spanish"\n  sourceHash: "${englishHash}"\n  review:\n${review()}`) }));
    expect(lines(named).filter((l) => l.startsWith('error'))).toEqual([]);
    const root = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: volunteer\n  sourceHash: "${englishHash}"\n  review:\n${review()}`) }));
    expect(lines(root)).toContainEqual(expect.stringMatching(/\[translation\.status\]: must be one of "machine", "human", "reviewed"/));
  });

  it('i18n:record writes a record the check accepts, keeping the rest of the file', () => {
    const text = spanishGuide(`  status: human\n  sourceHash: "000000000000"`);
    const written = withFrontmatterRecord('a.mdx', text, {
      sourceHash: englishHash,
      review: { date: '2026-12-01', by: 'Ana Pérez, certified medical interpreter', words: 12, critical: 0, major: 0, minor: 0, sourceHash: englishHash },
    });
    expect(written).toContain('title: Sus derechos');
    expect(written).toContain('  status: human\n');
    expect(written.endsWith('Su clínica debe responder. Use el portal del paciente.\n')).toBe(true);
    const root = project(base({ 'content/guides/es/a.mdx': written }));
    expect(lines(root).filter((l) => l.startsWith('error'))).toEqual([]);
    const yaml = withStringsRecord('es', '', 'common', { sourceHash: '123456789012', review: { date: '2026-12-01', by: 'someone', words: 3, critical: 0, major: 0, minor: 0, sourceHash: '123456789012' } });
    expect(yaml).toContain('sourceHash: "123456789012"'); // digits only, still quoted
  });
});

describe('fixed terms', () => {
  const en = { 'patient-portal': { use: 'patient portal', avoid: [] } };
  const es = { 'patient-portal': { use: 'portal del paciente', avoid: ['portal de pacientes'] } };

  it('warn on a known wrong variant, on two renderings, and on a term left out', () => {
    expect(termProblems('Use el portal de pacientes.', 'Use the patient portal.', es, en)).toEqual([
      'uses "portal de pacientes" for "patient portal"; the fixed term is "portal del paciente"',
    ]);
    expect(termProblems('El portal del paciente… el portal de pacientes.', 'The patient portal.', es, en)).toEqual([
      'renders "patient portal" two ways: "portal del paciente" and "portal de pacientes"; use "portal del paciente" throughout',
    ]);
    expect(termProblems('Use su cuenta.', 'Use the patient portal.', es, en)).toEqual(['the English uses "patient portal" but the fixed term "portal del paciente" does not appear']);
    expect(termProblems('Use el Portal del Paciente.', 'Use the patient portal.', es, en)).toEqual([]);
  });

  it('do not count a variant that is part of the fixed term, and read Arabic without vowel marks or article', () => {
    const ar = { interpreter: { use: 'مترجم فوري', forms: ['مترجمون فوريون'], avoid: ['مترجم'] } };
    const enI = { interpreter: { use: 'interpreter', avoid: [] } };
    expect(termProblems('اطلب المترجم الفوري.', 'Ask for an interpreter.', ar, enI)).toEqual([]);
    expect(termProblems('المترجمون الفوريون يحفظون أسرارك.', 'Interpreters keep your secrets.', ar, enI)).toEqual([]);
    expect(termProblems('اطلب مترجمًا.', 'Ask for an interpreter.', ar, enI)).toEqual(['uses "مترجم" for "interpreter"; the fixed term is "مترجم فوري"']);
  });

  it('are checked in every translated guide (a warning, naming the file)', () => {
    const root = project(base({ 'content/guides/es/a.mdx': spanishGuide(`  status: machine\n  sourceHash: "${englishHash}"\n  review:\n${review()}`, 'Su clínica debe responder. Use el portal de pacientes.') }));
    expect(lines(root)).toContainEqual('warning content/guides/es/a.mdx [terms]: uses "portal de pacientes" for "patient portal"; the fixed term is "portal del paciente"');
  });
});

describe('what changed in the English (i18n:diff)', () => {
  const git = (root: string, ...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' });

  it('shows the English edits since the version the translation was made from', () => {
    const root = project(base());
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'first');
    const edited = englishGuide.replace('Your clinic must answer.', 'Your clinic must answer within 30 days.');
    writeFileSync(join(root, 'content/guides/en/a.mdx'), edited);
    git(root, 'commit', '-qam', 'English changed');
    const report = translationReport(root, ['en', 'es']);
    const doc = report.documents.find((d) => d.lang === 'es' && d.slug === 'a')!;
    expect(doc.stale).toBe(true);
    const result = englishChangesSince(gitHistory(root), 'guides', doc.englishFile, doc.madeFrom, edited);
    expect(result.found).toBe(true);
    if (result.found) expect(result.changes).toMatch(/\{\+[^+]*within 30 days\.\+\}/);
  });

  it('says plainly when no version in the history has the fingerprint', () => {
    const root = project(base());
    git(root, 'init', '-q');
    writeFileSync(join(root, 'content/guides/en/a.mdx'), englishGuide.replace('answer', 'reply'));
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'only the new English');
    const result = englishChangesSince(gitHistory(root), 'guides', 'content/guides/en/a.mdx', englishHash, englishGuide);
    expect(result).toEqual({ found: false, reason: expect.stringContaining(`no version of content/guides/en/a.mdx in the git history has the fingerprint ${englishHash} (1 version(s) searched)`) });
  });

  it('says the history is too shallow when it is', () => {
    const shallow = { versions: () => [], show: () => undefined, wordDiff: () => '', isShallow: () => true };
    const result = englishChangesSince(shallow, 'guides', 'content/guides/en/a.mdx', englishHash, englishGuide);
    expect(result).toEqual({ found: false, reason: expect.stringContaining('too shallow') });
  });

  it('shows strings changes key by key', () => {
    const before = JSON.stringify({ a: 'One', b: 'Two' });
    const after = JSON.stringify({ a: 'One!', c: 'Three' });
    const history = { versions: () => [{ commit: 'abc', date: '2026-11-01' }], show: () => before, wordDiff: () => '', isShallow: () => false };
    const result = englishChangesSince(history, 'strings', 'locales/en/common.json', stringsHash({ a: 'One', b: 'Two' }), after);
    expect(result).toEqual({ found: true, commit: 'abc', date: '2026-11-01', changes: '~ a:\n    was: One\n    now: One!\n- b: Two\n+ c: Three' });
  });
});
