// Checks (and, as root with apt-get, installs) what the tests need from the
// machine: Chromium, a Java runtime for the HTML checker, and fonts for the
// scripts Debian's default fonts lack. The decisions live in lib/prerequisites.ts.
// `npm run prerequisites` runs it alone; npm test runs it first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plan, type Probe } from './lib/prerequisites.ts';

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function machineProbe(): Probe {
  const hasFcList = onPath('fc-list');
  return {
    env: process.env,
    exists: existsSync,
    runs: (command, args) => {
      const r = spawnSync(command, args, { stdio: 'ignore' });
      return !r.error && r.status === 0;
    },
    // Without fontconfig there are no fonts Chromium could use either.
    fontsFor: (fcLang) =>
      hasFcList ? spawnSync('fc-list', [`:lang=${fcLang}`, 'family'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean) : [],
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
  };
}

function aptInstall(packages: string[]): void {
  const log = join(mkdtempSync(join(tmpdir(), 'prerequisites-')), 'apt.log');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...packages]]) {
    const r = spawnSync('apt-get', args, { env, encoding: 'utf8' });
    writeFileSync(log, (existsSync(log) ? readFileSync(log, 'utf8') : '') + r.stdout + r.stderr);
    if (r.status !== 0) {
      const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n');
      throw new Error(`apt-get ${args[0]} failed (exit ${r.status}); the last lines of ${log}:\n${tail}`);
    }
  }
}

/** Returns true when the machine is ready; prints one line either way. */
export function ensurePrerequisites(): boolean {
  const first = plan(machineProbe());
  if (first.kind === 'ready') {
    console.log(first.message);
    return true;
  }
  console.log(first.message);
  if (first.kind === 'stop') return false;
  try {
    aptInstall(first.packages);
  } catch (error) {
    console.error((error as Error).message);
    return false;
  }
  const after = plan(machineProbe());
  if (after.kind !== 'ready') {
    console.error(`Still missing after installing ${first.packages.join(' ')}: ${after.message}`);
    return false;
  }
  return true;
}

if (import.meta.main) process.exit(ensurePrerequisites() ? 0 : 1);
