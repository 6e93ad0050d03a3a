import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationReport } from '../../src/lib/translationReport.ts';
import { formatFinding, placeholdersOf } from '../../src/lib/translationCheck.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'translations');
const report = translationReport(root, ['en', 'es']);
const lines = report.findings.map(formatFinding);
const has = (pattern: RegExp) => expect(lines.some((l) => pattern.test(l)), `${pattern} in\n${lines.join('\n')}`).toBe(true);

describe('i18n:check on planted mistakes', () => {
  it('reports a missing key as an error naming file and key', () => {
    has(/^error +locales\/es\/common\.json \[bye\]: missing/);
  });

  it('reports a placeholder that differs from English', () => {
    has(/^error +locales\/es\/common\.json \[hello\]: placeholders differ from English: expected \{\{name\}\}, found \{\{nombre\}\}/);
  });

  it('reports markup, empty strings and extra keys', () => {
    has(/\[plain\]: contains markup/);
    has(/\[blank\]: empty string/);
    has(/\[extra\]: extra key not in English/);
  });

  it('warns about a stale guide and a missing one, without failing for them', () => {
    has(/^warning content\/guides\/es\/a\.mdx \[translation\.sourceHash\]: stale/);
    has(/^warning content\/guides\/es\/b\.mdx: not translated yet/);
    has(/^warning content\/glossary\/es\.json: not translated yet/);
    expect(report.findings.filter((f) => f.level === 'error' && f.file.startsWith('content/'))).toEqual([]);
    has(/stale: .*npm run i18n:diff -- es a/);
  });

  it('passes a correct translation', () => {
    expect(lines.some((l) => l.includes('[count]'))).toBe(false);
  });

  it('summarises each language', () => {
    const es = report.languages.find((l) => l.lang === 'es')!;
    expect(es.stringsTotal).toBe(5);
    expect(es.stringsDone).toBe(1); // only "count" is right
    expect(es.documents).toMatchObject({ stale: 1, missing: 2, machine: 1 }); // b.mdx and the word list are missing
  });
});

describe('placeholders', () => {
  it('reads {{name}} placeholders, spaces allowed', () => {
    expect(placeholdersOf('Hi {{ name }}, {{count}} and {{name}}')).toEqual(['count', 'name']);
  });
});
