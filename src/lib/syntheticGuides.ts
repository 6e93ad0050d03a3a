// Synthetic guides for the build-scaling benchmark: the same text for our
// site and for the Starlight comparison, so both build the same pages.
// Deterministic (no randomness), about 450 words each, shaped like a real
// guide: headings, lists, a link out, varied words so the search index grows
// as it would with real content.

const words = (
  'privacy clinic visit video phone message portal record letter doctor nurse interpreter family ' +
  'password device screen private room headphones link email text reminder address insurance ' +
  'request right copy notice complaint safety browser history update account plan provider ' +
  'appointment pharmacy result report caller voicemail schedule consent language helper'
).split(' ');

function sentence(seed: number, length: number): string {
  const picked = Array.from({ length }, (_, i) => words[(seed * 7 + i * 13 + ((seed >> 3) % 5)) % words.length]);
  const text = picked.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number): string {
  return Array.from({ length: 5 }, (_, i) => sentence(seed + i, 8 + ((seed + i) % 5))).join(' ');
}

/** The Markdown body of synthetic guide number `index`. */
export function syntheticBody(index: number): string {
  const parts: string[] = [];
  for (let section = 0; section < 4; section++) {
    const seed = index * 31 + section * 11;
    parts.push(`## ${sentence(seed, 3).slice(0, -1)} ${section + 1}`, '', paragraph(seed), '');
    parts.push(...Array.from({ length: 4 }, (_, i) => `- ${sentence(seed + i * 3, 7)}`), '');
  }
  parts.push('## What you can do', '', paragraph(index + 5), '');
  parts.push('Read more at [HHS](https://www.hhs.gov/hipaa/for-individuals/index.html).', '');
  return parts.join('\n');
}

export const syntheticTitle = (index: number) => `Synthetic guide ${index + 1}`;

function quoted(value: string): string {
  return JSON.stringify(value);
}

/** The words of synthetic guide `index`, as sourceHash() reads them. */
export function syntheticHashable(index: number) {
  return { title: syntheticTitle(index), description: sentence(index, 10), summary: paragraph(index), body: syntheticBody(index) };
}

/** A whole .mdx file for our site (content/guides/<lang>/synthetic-<n>.mdx). */
export function syntheticGuideForSite(index: number, lang: string, sourceHash: string): string {
  const translation = lang === 'en' ? '  status: source' : `  status: machine\n  sourceHash: ${quoted(sourceHash)}`;
  return [
    '---',
    `title: ${quoted(syntheticTitle(index))}`,
    `description: ${quoted(sentence(index, 10))}`,
    `summary: ${quoted(paragraph(index))}`,
    'topic: telehealth',
    `order: ${100 + index}`,
    'lastReviewed: 2026-11-24',
    'nextReview: 2027-05-24',
    'sources:',
    '  - title: Your rights under HIPAA',
    '    publisher: HHS Office for Civil Rights',
    '    url: https://www.hhs.gov/hipaa/for-individuals/index.html',
    '  - title: Telehealth privacy for patients',
    '    publisher: HHS',
    '    url: https://telehealth.hhs.gov/patients/telehealth-privacy-for-patients',
    'translation:',
    translation,
    '---',
    '',
    syntheticBody(index),
  ].join('\n');
}

/** The same guide as a Starlight docs page (src/content/docs/<lang>/synthetic-<n>.mdx). */
export function syntheticGuideForStarlight(index: number): string {
  return ['---', `title: ${quoted(syntheticTitle(index))}`, `description: ${quoted(sentence(index, 10))}`, '---', '', syntheticBody(index)].join('\n');
}

/** How many English guides give about `pages` guide pages across `languages` languages. */
export function guidesFor(pages: number, languages: number): number {
  return Math.max(1, Math.round(pages / languages));
}
