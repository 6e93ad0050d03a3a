// Split an MDX file into its YAML frontmatter and body, for checks and scripts
// that read content outside Astro (content checks, readability, translation
// status). js-yaml with the core schema, like Astro's own frontmatter reader
// but without turning dates into Date objects, so a date is checked as written.
import yaml from 'js-yaml';

export interface ParsedContentFile {
  data: Record<string, unknown>;
  body: string;
}

export function parseFrontmatter(file: string, text: string): ParsedContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter (the file must start with a --- block)`);
  let data: unknown;
  try {
    data = yaml.load(match[1], { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: frontmatter must be a YAML mapping`);
  return { data: data as Record<string, unknown>, body: match[2] };
}
