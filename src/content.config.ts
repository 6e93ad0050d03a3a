// Content collections. Every field a page relies on is checked here, so a
// broken guide stops the build with the file and the field named.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { localeCodes } from './i18n/locales.ts';
import { contentId, parseContentPath } from './lib/contentPaths.ts';

const isoDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' });

const source = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url().refine((url) => url.startsWith('https://'), { message: 'source links must use https://' }),
});

const translation = z
  .object({
    status: z.enum(['source', 'machine', 'reviewed']),
    /** sourceHash() of the English guide this translation was made from. */
    sourceHash: z.string().regex(/^[0-9a-f]{12}$/).optional(),
    /** Who checked a reviewed translation (a qualified health translator). */
    reviewedBy: z.string().optional(),
  })
  .refine((t) => t.status === 'source' || t.sourceHash, {
    message: 'a translated guide must record translation.sourceHash (run npm run i18n:status to see it)',
    path: ['sourceHash'],
  })
  .refine((t) => t.status !== 'reviewed' || t.reviewedBy, {
    message: 'a reviewed translation must name who reviewed it in translation.reviewedBy',
    path: ['reviewedBy'],
  });

function languageFolders(folder: string) {
  return glob({
    pattern: '*/*.mdx',
    base: `./content/${folder}`,
    generateId: ({ entry }) => contentId(parseContentPath(entry, `content/${folder}`, localeCodes)),
  });
}

const guides = defineCollection({
  loader: languageFolders('guides'),
  schema: z
    .object({
      title: z.string().min(1),
      description: z.string().min(1).max(160, 'must be at most 160 characters (search engines cut the rest)'),
      summary: z.string().min(1),
      topic: z.enum(['telehealth', 'messages', 'contact', 'rights', 'help']),
      /** Position on the home page; lower comes first. */
      order: z.number().int(),
      lastReviewed: isoDate,
      nextReview: isoDate,
      /** Show the quick-exit button on this page. */
      sensitive: z.boolean().default(false),
      sources: z.array(source).min(2, 'cite at least two official sources'),
      translation,
    })
    .refine((g) => g.nextReview > g.lastReviewed, {
      message: 'nextReview must come after lastReviewed',
      path: ['nextReview'],
    }),
});

const pages = defineCollection({
  loader: languageFolders('pages'),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1).max(160),
    lastReviewed: isoDate,
    sensitive: z.boolean().default(false),
    translation,
  }),
});

const glossary = defineCollection({
  loader: glob({
    pattern: '*.json',
    base: './content/glossary',
    generateId: ({ entry }) => {
      const lang = entry.replace(/\.json$/, '');
      if (!localeCodes.includes(lang)) {
        throw new Error(`content/glossary/${entry}: "${lang}" is not a registered language code (known: ${localeCodes.join(', ')})`);
      }
      return lang;
    },
  }),
  schema: z.object({
    terms: z
      .array(
        z.object({
          id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase words joined by hyphens'),
          term: z.string().min(1),
          definition: z.string().min(1),
        }),
      )
      .min(1),
    translation: translation.default({ status: 'source' }),
  }),
});

export const collections = { guides, pages, glossary };
