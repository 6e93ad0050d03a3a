// Reads every locales/<lang>/<namespace>.json file from disk and validates it.
// Plain TypeScript (no Astro imports) so unit tests and scripts share it.
// Every problem names the file (and the key) so a translator can fix it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
    if (!statSync(dir).isDirectory()) continue;
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
