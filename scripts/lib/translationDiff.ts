// What changed in the English since a translation was made: find the English
// file's version whose fingerprint is the translation's sourceHash in git
// history, and show the changes from it to today's English. Git is reached
// through a small interface so tests can plant any history.
import { spawnSync } from 'node:child_process';
import { fingerprint, type SourceKind } from '../../src/lib/translationSources.ts';
import { parseLocaleFile } from '../../src/lib/loadLocaleFiles.ts';

export interface History {
  /** Commits that touched the file, newest first, with their date. */
  versions(file: string): { commit: string; date: string }[];
  show(commit: string, file: string): string | undefined;
  /** Unified word diff of the file from a commit to the working tree. */
  wordDiff(commit: string, file: string): string;
  isShallow(): boolean;
}

export function gitHistory(root: string): History {
  const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    versions: (file) =>
      git(['log', '--format=%H %cs', '--', file])
        .stdout.split('\n')
        .filter(Boolean)
        .map((l) => {
          const [commit, date] = l.split(' ');
          return { commit, date };
        }),
    show: (commit, file) => {
      const r = git(['show', `${commit}:${file}`]);
      return r.status === 0 ? r.stdout : undefined;
    },
    wordDiff: (commit, file) => git(['diff', '--no-color', '--word-diff=plain', '--unified=1', commit, '--', file]).stdout,
    isShallow: () => git(['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true',
  };
}

export type DiffResult =
  | { found: true; commit: string; date: string; changes: string }
  | { found: false; reason: string };

function keyedChanges(before: Record<string, string>, after: Record<string, string>): string {
  const lines: string[] = [];
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (!(key in before)) lines.push(`+ ${key}: ${after[key]}`);
    else if (!(key in after)) lines.push(`- ${key}: ${before[key]}`);
    else if (before[key] !== after[key]) lines.push(`~ ${key}:\n    was: ${before[key]}\n    now: ${after[key]}`);
  }
  return lines.join('\n') || '(no change in the words)';
}

function glossaryEntries(text: string): Record<string, string> {
  const data = JSON.parse(text) as { terms: { id: string; term: string; definition: string }[] };
  return Object.fromEntries(data.terms.map((t) => [t.id, `${t.term}: ${t.definition}`]));
}

/** The English changes since the version with fingerprint `madeFrom`, or why they cannot be shown. */
export function englishChangesSince(history: History, kind: SourceKind, englishFile: string, madeFrom: string | undefined, currentText: string): DiffResult {
  if (!madeFrom) return { found: false, reason: 'the translation records no sourceHash, so there is no English version to compare with' };
  const versions = history.versions(englishFile);
  for (const v of versions) {
    const text = history.show(v.commit, englishFile);
    if (text === undefined || fingerprint(kind, englishFile, text) !== madeFrom) continue;
    const changes =
      kind === 'strings'
        ? keyedChanges(parseLocaleFile(englishFile, text), parseLocaleFile(englishFile, currentText))
        : kind === 'glossary'
          ? keyedChanges(glossaryEntries(text), glossaryEntries(currentText))
          : history.wordDiff(v.commit, englishFile).split('\n').filter((l) => !/^(diff --git|index |--- |\+\+\+ )/.test(l)).join('\n').trim() || '(no change in the words)';
    return { found: true, commit: v.commit, date: v.date, changes };
  }
  const reason = history.isShallow()
    ? `the git history here is too shallow to hold the English version ${madeFrom} (${versions.length} version(s) searched): run "git fetch --unshallow" and try again`
    : `no version of ${englishFile} in the git history has the fingerprint ${madeFrom} (${versions.length} version(s) searched): compare the whole English file with the translation`;
  return { found: false, reason };
}
