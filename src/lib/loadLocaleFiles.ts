// Reads every locales/<lang>/<namespace>.json file from disk and validates it.
// Plain TypeScript (no Astro imports) so unit tests and scripts share it.
// Every problem names the file (and the key) so a translator can fix it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import yaml from 'js-yaml';
import { join, relative } from 'node:path';

/** namespace → flat key → string */
export type Namespaces = Record<string, Record<string, string>>;
/** language code → namespaces */
export type LocaleResources = Record<string, Namespaces>;

export class LocaleFileError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'LocaleFileError';
    this.file = file;
  }
}

/** Parse one locale file's text. Keys are flat ("footer.notLegalAdvice") and values are strings. */
export function parseLocaleFile(file: string, text: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LocaleFileError(file, `is not valid JSON (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new LocaleFileError(file, 'must hold one JSON object of "key": "string" pairs');
  }
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') {
      throw new LocaleFileError(file, `key "${key}" must be a string, found ${Array.isArray(value) ? 'array' : typeof value}`);
    }
    strings[key] = value;
  }
  return strings;
}

/**
 * Load locales/<lang>/<namespace>.json for every language folder.
 * A folder whose name is not a registered language code is an error, not ignored.
 */
export function loadLocaleFiles(root: string, knownCodes: readonly string[]): LocaleResources {
  const localesDir = join(root, 'locales');
  const resources: LocaleResources = {};
  for (const code of readdirSync(localesDir).sort()) {
    const dir = join(localesDir, code);
    if (!statSync(dir).isDirectory()) {
      // Beside the folders, only each language's translation record (loadStringRecords)
      // and its fixed terms (translationTerms.ts) may sit here.
      const record = /^(.+)\.(translation|terms)\.yaml$/.exec(code);
      if (!record || !knownCodes.includes(record[1])) {
        throw new LocaleFileError(
          relative(root, dir),
          'only language folders, <code>.translation.yaml records and <code>.terms.yaml term lists belong in locales/ (for a registered language code)',
        );
      }
      continue;
    }
    const shown = relative(root, dir);
    if (!knownCodes.includes(code)) {
      throw new LocaleFileError(
        shown,
        `"${code}" is not a registered language code (known: ${knownCodes.join(', ')}). Add it to src/i18n/locales.ts first.`,
      );
    }
    resources[code] = {};
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (!name.endsWith('.json')) {
        throw new LocaleFileError(relative(root, file), 'only <namespace>.json files belong in a language folder');
      }
      resources[code][name.slice(0, -'.json'.length)] = parseLocaleFile(relative(root, file), readFileSync(file, 'utf8'));
    }
  }
  return resources;
}

/**
 * Read locales/<lang>.translation.yaml for each language: the record of who made
 * each strings file, its review, and strings kept in English on purpose.
 * Missing files give undefined (i18n:check reports them); broken ones throw.
 */
export function loadStringRecords(root: string, codes: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const code of codes) {
    const file = join(root, 'locales', `${code}.translation.yaml`);
    if (!existsSync(file)) continue;
    let data: unknown;
    try {
      data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
    } catch (error) {
      throw new LocaleFileError(relative(root, file), `is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new LocaleFileError(relative(root, file), 'must hold a "strings:" map');
    const unknown = Object.keys(data).filter((k) => k !== 'strings' && k !== 'keepEnglish');
    if (unknown.length) throw new LocaleFileError(relative(root, file), `unknown field(s) ${unknown.join(', ')} (expected strings, keepEnglish)`);
    out[code] = data;
  }
  return out;
}
