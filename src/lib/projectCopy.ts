// A working copy of the project in another folder, sharing node_modules by a
// link: for tests that plant broken files and run the real build step, and
// for the benchmark's synthetic builds. The original is never touched.
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads; everything else (dist, .astro, tests, .git) stays behind. */
export const buildInputs = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'locales', 'public'];

export function copyProject(root: string, dir: string): void {
  for (const item of buildInputs) cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}
