// Which English file a translated file comes from, its fingerprint now, and
// the words a review of it covers. Shared by i18n:record and i18n:diff.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import { parseLocaleFile } from './loadLocaleFiles.ts';
import { glossaryHash, hashOf, stringsHash } from './translationCheck.ts';
import { countWords } from './translationReview.ts';

export type SourceKind = 'guides' | 'pages' | 'glossary' | 'strings';

export interface TranslatedFile {
  kind: SourceKind;
  lang: string;
  /** Guide or page slug, "glossary", or the strings namespace. */
  name: string;
  /** Project-relative path of the translated file. */
  file: string;
  /** Project-relative path of its English source. */
  englishFile: string;
}

/** Work out what a translated file is from its path, or say why it is not one. */
export function describeTranslatedFile(file: string, sourceLang = 'en'): TranslatedFile {
  let m = /^content\/(guides|pages)\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  if (m) return { kind: m[1] as SourceKind, lang: m[2], name: m[3], file, englishFile: `content/${m[1]}/${sourceLang}/${m[3]}.mdx` };
  m = /^content\/glossary\/([^/]+)\.json$/.exec(file);
  if (m) return { kind: 'glossary', lang: m[1], name: 'glossary', file, englishFile: `content/glossary/${sourceLang}.json` };
  m = /^locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (m) return { kind: 'strings', lang: m[1], name: m[2], file, englishFile: `locales/${sourceLang}/${m[2]}.json` };
  throw new Error(`${file}: not a translated file (expected content/guides/<lang>/<slug>.mdx, content/pages/<lang>/<slug>.mdx, content/glossary/<lang>.json or locales/<lang>/<namespace>.json)`);
}

/** sourceHash of an English file's contents: the same fingerprint i18n:check compares. */
export function fingerprint(kind: SourceKind, file: string, text: string): string {
  if (kind === 'glossary') return glossaryHash(text);
  if (kind === 'strings') return stringsHash(parseLocaleFile(file, text));
  const { data, body } = parseFrontmatter(file, text);
  return hashOf({ lang: '', slug: '', file, data, body });
}

/** English words a reviewer reads: prose for guides and pages, terms and definitions, string values. */
export function reviewWords(kind: SourceKind, file: string, text: string): number {
  if (kind === 'guides' || kind === 'pages') {
    const { data, body } = parseFrontmatter(file, text);
    // Link targets and tags are not words to translate.
    const prose = body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, ' ');
    return countWords([data.title, data.description, data.summary, prose].filter((x) => typeof x === 'string').join(' '));
  }
  if (kind === 'glossary') {
    const data = JSON.parse(text) as { terms: { term: string; definition: string }[] };
    return countWords(data.terms.map((t) => `${t.term} ${t.definition}`).join(' '));
  }
  return countWords(Object.values(parseLocaleFile(file, text)).join(' '));
}

export function readProjectFile(root: string, file: string): string {
  const path = join(root, file);
  if (!existsSync(path)) throw new Error(`${file}: no such file`);
  return readFileSync(path, 'utf8');
}
