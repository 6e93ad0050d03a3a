// Content collections. The schemas live in src/lib/contentSchemas.ts; before
// Astro loads a folder, checkContentFolder() reads every raw file in it and
// stops the build listing each problem with its file: a missing field, a date
// that is not a real day, a source without https, a file in a language folder
// that is not registered or in the wrong place. Nothing is skipped quietly.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { localeCodes } from './i18n/locales.ts';
import { contentId, parseContentPath } from './lib/contentPaths.ts';
import {
  checkContentFolder,
  checkGlossaryFolder,
  glossarySchema,
  guideSchema,
  pageSchema,
} from './lib/contentSchemas.ts';

/** Wrap a loader so the raw files are checked first, with our messages. */
function checkedFirst(loader: Loader, check: () => void): Loader {
  return {
    ...loader,
    load: async (context) => {
      check();
      return loader.load(context);
    },
  };
}

function languageFolders(folder: 'guides' | 'pages'): Loader {
  const loader = glob({
    pattern: '**/*',
    base: `./content/${folder}`,
    generateId: ({ entry }) => contentId(parseContentPath(entry, `content/${folder}`, localeCodes)),
  });
  return checkedFirst(loader, () => checkContentFolder(process.cwd(), folder, localeCodes));
}

const guides = defineCollection({ loader: languageFolders('guides'), schema: guideSchema });

const pages = defineCollection({ loader: languageFolders('pages'), schema: pageSchema });

const glossary = defineCollection({
  loader: checkedFirst(
    glob({ pattern: '*.json', base: './content/glossary', generateId: ({ entry }) => entry.replace(/\.json$/, '') }),
    () => checkGlossaryFolder(process.cwd(), localeCodes),
  ),
  schema: glossarySchema,
});

export const collections = { guides, pages, glossary };
