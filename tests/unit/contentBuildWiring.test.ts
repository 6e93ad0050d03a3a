// The content checks are wired into the real build: `astro sync` (the content
// step of every build) on a copy of the project with planted broken guides
// stops, and its message names each file and problem. A 30 February date
// matters most here: Astro's own date parsing would quietly make it 2 March.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../src/lib/projectCopy.ts';

const root = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'guides-wiring-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a build with broken guides', () => {
  it('stops at the content step, naming every file and problem', () => {
    copyProject(root, copy);
    const guide = readFileSync(join(root, 'content/guides/en/telehealth-privacy.mdx'), 'utf8');
    writeFileSync(
      join(copy, 'content/guides/en/telehealth-privacy.mdx'),
      guide.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30'),
    );
    mkdirSync(join(copy, 'content/guides/qaa'));
    writeFileSync(join(copy, 'content/guides/qaa/telehealth-privacy.mdx'), guide);

    const result = spawnSync(join(copy, 'node_modules/.bin/astro'), ['sync'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('content/guides/en/telehealth-privacy.mdx: "lastReviewed" must be a real date written as YYYY-MM-DD');
    expect(output).toContain('content/guides/qaa/telehealth-privacy.mdx: "qaa" is not a registered language code');
  }, 120_000);
});

describe('a build after the English of a guide changed', () => {
  const stale = mkdtempSync(join(tmpdir(), 'guides-stale-'));
  afterAll(() => rmSync(stale, { recursive: true, force: true }));

  it('shows readers of the translation that the English was updated, with its date and a link', () => {
    copyProject(root, stale);
    const file = join(stale, 'content/guides/en/telehealth-privacy.mdx');
    const english = readFileSync(file, 'utf8');
    writeFileSync(file, english.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2026-11-30').replace(/\n## /, '\nA new sentence the translations do not have yet.\n\n## '));
    const result = spawnSync(join(stale, 'node_modules/.bin/astro'), ['build'], {
      cwd: stale,
      encoding: 'utf8',
      // A production build, as npm run build makes: under Vitest NODE_ENV is "test", and Astro
      // would build in development mode, re-reading every translation for every page.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      timeout: 240_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const page = readFileSync(join(stale, 'dist/es/telehealth-privacy/index.html'), 'utf8');
    expect(page).toMatch(/data-stale[^>]*>La página en inglés se actualizó el <bdi><time datetime="2026-11-30">30 de noviembre de 2026<\/time><\/bdi>/);
    expect(page).toContain('href="/en/telehealth-privacy/"');
    const arabic = readFileSync(join(stale, 'dist/ar/telehealth-privacy/index.html'), 'utf8');
    expect(arabic).toMatch(/data-stale[^>]*>[^<]*<bdi><time datetime="2026-11-30">/);
    // A guide whose English did not change says nothing of the kind.
    expect(readFileSync(join(stale, 'dist/es/telehealth-apps/index.html'), 'utf8')).not.toContain('data-stale');
  }, 240_000);
});
