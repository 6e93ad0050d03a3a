// What `npm test` needs from the machine beyond npm packages, and what to do
// when something is missing. Pure: the machine is read through a Probe, so
// unit tests can describe any machine. scripts/prerequisites.ts runs it for real.
//
// One place for this logic: npm test calls it first, .ci/run calls npm test,
// npm run screenshots and npm run bench call it too. npm start never does
// (serving the site needs no browser).

export interface Probe {
  env: Record<string, string | undefined>;
  /** Does this file exist? */
  exists(path: string): boolean;
  /** Does this command run and exit 0? */
  runs(command: string, args: string[]): boolean;
  /** Names of the installed fonts that cover this fontconfig language (fc-list :lang=…). */
  fontsFor(fcLang: string): string[];
  isRoot: boolean;
  hasAptGet: boolean;
}

export interface Requirement {
  /** What it is, in words a newcomer knows. */
  what: string;
  /** Why the tests need it. */
  why: string;
  /** The Debian package that provides it. */
  debianPackage: string;
  present(probe: Probe): boolean;
}

/**
 * Scripts that Debian's default fonts (DejaVu: Latin, Cyrillic, Greek, Arabic)
 * lack, for the languages we ship and plan (DESIGN.md: 17 languages). Without
 * real glyphs these pages render as boxes and fail the layout checks, as they
 * would look broken to readers. Keyed by fontconfig language.
 */
export const fontNeeds: { fcLang: string; languages: string; debianPackage: string }[] = [
  { fcLang: 'zh-cn', languages: 'Chinese (Simplified)', debianPackage: 'fonts-noto-cjk' },
  { fcLang: 'zh-tw', languages: 'Chinese (Traditional)', debianPackage: 'fonts-noto-cjk' },
  { fcLang: 'ja', languages: 'Japanese', debianPackage: 'fonts-noto-cjk' },
  { fcLang: 'ko', languages: 'Korean', debianPackage: 'fonts-noto-cjk' },
  // Noto, as Android phones have; the package also covers many other scripts.
  { fcLang: 'hi', languages: 'Hindi (Devanagari)', debianPackage: 'fonts-noto-core' },
];

export const chromiumDefaultPath = '/usr/bin/chromium';

export const requirements: Requirement[] = [
  {
    what: 'Chromium',
    why: 'the browser tests drive it (Playwright cannot download its own browser here)',
    debianPackage: 'chromium',
    present: (p) => (p.env.CHROMIUM_PATH ? p.exists(p.env.CHROMIUM_PATH) : p.exists(chromiumDefaultPath)),
  },
  {
    what: 'a Java runtime',
    why: 'the W3C HTML checker (vnu-jar) runs on it',
    debianPackage: 'default-jre-headless',
    present: (p) => p.runs('java', ['-version']),
  },
  ...fontNeeds.map((f) => ({
    what: `fonts for ${f.languages}`,
    why: 'pages in that script need real glyphs for the layout checks',
    debianPackage: f.debianPackage,
    present: (p: Probe) => p.fontsFor(f.fcLang).length > 0,
  })),
];

export type Plan =
  | { kind: 'ready'; message: string }
  | { kind: 'install'; packages: string[]; message: string }
  | { kind: 'stop'; message: string };

const unique = (xs: string[]) => [...new Set(xs)];

/** Decide what to do on this machine: nothing, install with apt-get, or stop with one clear message. */
export function plan(probe: Probe): Plan {
  // A CHROMIUM_PATH that points nowhere is a typo we must not paper over by installing another browser.
  if (probe.env.CHROMIUM_PATH && !probe.exists(probe.env.CHROMIUM_PATH)) {
    return { kind: 'stop', message: `CHROMIUM_PATH=${probe.env.CHROMIUM_PATH} does not exist: point it at a Chromium binary, or unset it to use ${chromiumDefaultPath}.` };
  }
  const missing = requirements.filter((r) => !r.present(probe));
  if (!missing.length) return { kind: 'ready', message: 'Test prerequisites present: Chromium, Java, fonts for Chinese, Japanese, Korean and Hindi.' };
  const packages = unique(missing.map((r) => r.debianPackage));
  // One entry per package, naming everything it brings ("fonts for Chinese (Simplified), Japanese, …").
  const list = packages.map((p) => {
    const needs = missing.filter((r) => r.debianPackage === p);
    const what = needs[0].what.startsWith('fonts for ') ? `fonts for ${needs.map((r) => r.what.replace(/^fonts for /, '')).join(', ')}` : needs.map((r) => r.what).join(', ');
    return `${p} (${what}: ${needs[0].why})`;
  });
  if (probe.isRoot && probe.hasAptGet) {
    return { kind: 'install', packages, message: `Installing what the tests need with apt-get: ${list.join('; ')}.` };
  }
  const how = probe.hasAptGet ? `sudo apt-get install ${packages.join(' ')}` : `install the Debian packages ${packages.join(' ')} or their equivalents for your system`;
  return {
    kind: 'stop',
    message: `npm test cannot run yet. Missing: ${list.join('; ')}.\nInstall them with: ${how}\n(then run npm test again; CHROMIUM_PATH can point at another Chromium).`,
  };
}
