// Where content files live and what their paths mean. Used by the content
// loaders (to reject files in unknown language folders) and by the checks.

export interface GuidePath {
  lang: string;
  slug: string;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Turn "es/telehealth-privacy.mdx" (relative to a content folder) into its
 * language and slug, or throw an error that names the file.
 */
export function parseContentPath(entry: string, folder: string, knownCodes: readonly string[]): GuidePath {
  const shown = `${folder}/${entry}`;
  const match = /^([^/]+)\/([^/]+)\.mdx$/.exec(entry);
  if (!match) {
    throw new Error(`${shown}: content files must sit at ${folder}/<lang>/<slug>.mdx`);
  }
  const [, lang, slug] = match;
  if (!knownCodes.includes(lang)) {
    throw new Error(
      `${shown}: "${lang}" is not a registered language code (known: ${knownCodes.join(', ')}). ` +
        'Add the language to src/i18n/locales.ts or move the file.',
    );
  }
  if (!slugPattern.test(slug)) {
    throw new Error(`${shown}: the slug "${slug}" must be lowercase English words joined by hyphens`);
  }
  return { lang, slug };
}

export function contentId(path: GuidePath): string {
  return `${path.lang}/${path.slug}`;
}

export function splitContentId(id: string): GuidePath {
  const [lang, slug] = id.split('/');
  return { lang, slug };
}
