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
    mkdirSync(join(copy, 'content/guides/xx'));
    writeFileSync(join(copy, 'content/guides/xx/telehealth-privacy.mdx'), guide);

    const result = spawnSync(join(copy, 'node_modules/.bin/astro'), ['sync'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 120_000,
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain('content/guides/en/telehealth-privacy.mdx: "lastReviewed" must be a real date written as YYYY-MM-DD');
    expect(output).toContain('content/guides/xx/telehealth-privacy.mdx: "xx" is not a registered language code');
  }, 120_000);
});
