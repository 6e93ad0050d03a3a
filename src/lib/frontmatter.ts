// Split an MDX file into its YAML frontmatter and body, for checks and scripts
// that read content outside Astro (readability, translation status).
import { parse } from 'yaml';

export interface ParsedContentFile {
  data: Record<string, unknown>;
  body: string;
}

export function parseFrontmatter(file: string, text: string): ParsedContentFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter (the file must start with a --- block)`);
  let data: unknown;
  try {
    data = parse(match[1]);
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML (${(error as Error).message})`);
  }
  if (data === null || typeof data !== 'object') throw new Error(`${file}: frontmatter must be a YAML mapping`);
  return { data: data as Record<string, unknown>, body: match[2] };
}
