// What a guide, a page and a word list must hold. The content collections
// (src/content.config.ts) use these schemas, and checkContentFolder() runs
// them on the raw files before Astro loads anything, so a broken file stops
// the build with every problem named, file by file. Plain zod, no Astro
// imports, so unit tests reach it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { z } from 'zod';
import { parseContentPath } from './contentPaths.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { reviewRecord } from './translationReview.ts';
import { toolIds } from './tools.ts';

/**
 * A calendar date written YYYY-MM-DD. A YAML parser may already have turned
 * it into a Date; as text it must be a real day, because `new Date()` would
 * quietly turn 2026-02-30 into March 2.
 */
export const calendarDate = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'must be a real date written as YYYY-MM-DD' }),
  z
    .string()
    .refine(
      (s) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        if (!match) return false;
        const date = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
      },
      { message: 'must be a real date written as YYYY-MM-DD' },
    )
    .transform((s) => new Date(`${s}T00:00:00Z`)),
], { error: 'must be a real date written as YYYY-MM-DD' });

const source = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ error: 'must be a full web address' }).refine((url) => url.startsWith('https://'), {
    message: 'source links must use https://',
  }),
});

export const translationBlock = z
  .object({
    /** source (English) | machine | human (a person, not a qualified health translator) | reviewed (a qualified health translator). */
    status: z.enum(['source', 'machine', 'human', 'reviewed']),
    /** sourceHash() of the English text this translation was made from. */
    sourceHash: z
      .string({
        // A hash of digits only, such as 691921068229, is a number to YAML.
        error: (issue) => (typeof issue.input === 'number' ? 'must be written in quotes ("…"); without them YAML reads it as a number' : undefined),
      })
      .regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash from npm run i18n:hashes')
      .optional(),
    /** Who checked a reviewed translation (a qualified health translator). */
    reviewedBy: z.string().optional(),
    /** The independent review (npm run i18n:check requires it on every translation). */
    review: reviewRecord.optional(),
  })
  .strict()
  .refine((t) => t.status === 'source' || t.sourceHash, {
    message: 'a translated file must record translation.sourceHash (npm run i18n:hashes shows it)',
    path: ['sourceHash'],
  })
  .refine((t) => t.status !== 'reviewed' || t.reviewedBy, {
    message: 'a reviewed translation must name who reviewed it in translation.reviewedBy',
    path: ['reviewedBy'],
  });

export const guideSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1).max(160, 'must be at most 160 characters (search engines cut the rest)'),
    summary: z.string().min(1),
    topic: z.enum(['telehealth', 'messages', 'contact', 'rights', 'help']),
    /** Position on the home page; lower comes first. */
    order: z.number().int(),
    lastReviewed: calendarDate,
    nextReview: calendarDate,
    /** Show the quick-exit button on this page. */
    sensitive: z.boolean().default(false),
    sources: z.array(source).min(2, 'cite at least two official sources'),
    /** Tools linked at the end of the guide (in the English file; every language shows them). */
    tools: z.array(z.enum(toolIds)).optional(),
    translation: translationBlock,
  })
  .strict()
  .refine((g) => g.nextReview > g.lastReviewed, {
    message: 'nextReview must come after lastReviewed',
    path: ['nextReview'],
  });

export const pageSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1).max(160, 'must be at most 160 characters (search engines cut the rest)'),
    lastReviewed: calendarDate,
    sensitive: z.boolean().default(false),
    translation: translationBlock,
  })
  .strict();

export const glossarySchema = z
  .object({
    terms: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase words joined by hyphens'),
          term: z.string().min(1),
          definition: z.string().min(1),
        }),
      )
      .min(1),
    /** The day the English word list was last checked or changed (translations that are out of date show it). */
    lastReviewed: calendarDate.optional(),
    translation: translationBlock.default({ status: 'source' }),
  })
  .strict();

export class ContentFileError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} problem(s) in content files:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentFileError';
    this.problems = problems;
  }
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function describeIssues(file: string, error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
    if (issue.code === 'unrecognized_keys') return `${file}: unknown field(s) ${issue.keys.join(', ')} (check the spelling)`;
    return `${file}: ${field ? `"${field}" ` : ''}${missing ? 'is missing' : issue.message}`;
  });
}

/** Problems with one guide or page file (empty when it is fine). */
export function contentFileProblems(file: string, text: string, kind: 'guides' | 'pages'): string[] {
  let data: Record<string, unknown>;
  try {
    data = parseFrontmatter(file, text).data;
  } catch (error) {
    return [(error as Error).message];
  }
  const result = (kind === 'guides' ? guideSchema : pageSchema).safeParse(data);
  return result.success ? [] : describeIssues(file, result.error, data);
}

/** Problems with one word list (content/glossary/<lang>.json). */
export function glossaryFileProblems(file: string, text: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`${file}: is not valid JSON (${(error as Error).message})`];
  }
  const result = glossarySchema.safeParse(data);
  return result.success ? [] : describeIssues(file, result.error, data);
}

/**
 * Check every file under content/<folder>/ of the project at `root`: each must
 * sit at <lang>/<slug>.mdx in a registered language and pass its schema.
 * A file anywhere else is an error, never skipped. Throws one error listing
 * every problem.
 */
export function checkContentFolder(root: string, folder: 'guides' | 'pages', knownCodes: readonly string[]): void {
  const base = join(root, 'content', folder);
  const problems: string[] = [];
  const entries = readdirSync(base, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split(sep).join('/'))
    .filter((entry) => !statSync(join(base, entry)).isDirectory())
    .sort();
  for (const entry of entries) {
    const file = `content/${folder}/${entry}`;
    try {
      parseContentPath(entry, `content/${folder}`, knownCodes);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    problems.push(...contentFileProblems(file, readFileSync(join(base, entry), 'utf8'), folder));
  }
  if (problems.length) throw new ContentFileError(problems);
}

/** Check every content/glossary/<lang>.json file of the project at `root`. */
export function checkGlossaryFolder(root: string, knownCodes: readonly string[]): void {
  const base = join(root, 'content', 'glossary');
  const problems: string[] = [];
  for (const name of readdirSync(base).sort()) {
    const file = `content/glossary/${name}`;
    const lang = name.replace(/\.json$/, '');
    if (!name.endsWith('.json')) problems.push(`${file}: only <lang>.json word lists belong in content/glossary`);
    else if (!knownCodes.includes(lang)) {
      problems.push(`${file}: "${lang}" is not a registered language code (known: ${knownCodes.join(', ')})`);
    } else problems.push(...glossaryFileProblems(file, readFileSync(join(base, name), 'utf8')));
  }
  if (problems.length) throw new ContentFileError(problems);
}
