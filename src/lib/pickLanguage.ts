// Short links (/go/<slug>/) open the guide in the reader's language: the
// first of the browser's languages that has a translation, else English.

export interface Candidate {
  code: string;
  /** Lowercase browser-language prefixes that mean this locale (from the registry). */
  matches: string[];
}

/** Does a browser language ("es-MX", "zh-Hans-CN", "fil") mean this candidate? */
function means(browserLang: string, candidate: Candidate): boolean {
  const tag = browserLang.toLowerCase().replace(/_/g, '-');
  return candidate.matches.some((m) => tag === m || tag.startsWith(`${m}-`));
}

/**
 * @param browserLangs navigator.languages, most preferred first
 * @param available languages that have this guide, with their match lists
 * @param fallback used when nothing matches
 */
export function pickLanguage(browserLangs: readonly string[], available: readonly Candidate[], fallback = 'en'): string {
  for (const browserLang of browserLangs) {
    // Traditional Chinese readers should not be sent to Simplified Chinese.
    if (/^zh-(hant|tw|hk|mo)/i.test(browserLang)) continue;
    // Prefer the most specific match: "zh-hans" before a bare "zh".
    const hit = available
      .map((c) => ({ c, len: Math.max(0, ...c.matches.filter((m) => means(browserLang, { ...c, matches: [m] })).map((m) => m.length)) }))
      .filter((x) => x.len > 0)
      .sort((a, b) => b.len - a.len)[0];
    if (hit) return hit.c.code;
  }
  return fallback;
}

/**
 * `/go/<slug>/?lang=<code>` for systems that know the patient's language: a
 * registered code (exactly, any case) is used; anything else (an unknown code,
 * a URL, script) is ignored and the browser's languages decide as usual.
 * Only ever returns one of the given codes, so the site never redirects off itself.
 */
export function languageFromQuery(search: string, codes: readonly string[]): string | undefined {
  const asked = new URLSearchParams(search).get('lang');
  if (!asked) return undefined;
  const code = asked.trim().toLowerCase();
  return codes.find((c) => c === code);
}
