// Reading level of a guide, measured the way the content issue asks:
// Flesch-Kincaid grade, with headings and list items counted as sentences.
// Syllables come from the `syllable` package and the formula from
// `flesch-kincaid`; this file only turns Markdown/MDX into sentences and words.
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
  wordsPerSentence: number;
}

/** Markdown/MDX body → plain text blocks, one per heading, list item, table cell row or paragraph. */
export function textBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  let inCode = false;
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inCode = !inCode;
      flush();
      continue;
    }
    if (inCode) continue;
    // MDX import/export lines and lone JSX/HTML tag lines carry no reading text.
    if (/^(import|export)\s/.test(line) || /^<\/?[A-Za-z][^>]*>$/.test(line)) {
      flush();
      continue;
    }
    if (line === '' || /^(-{3,}|\*{3,}|\|?\s*:?-{3,})/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/.exec(line);
    if (heading || item) {
      flush();
      blocks.push((heading ?? item)![1]);
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      blocks.push(...line.split('|').map((cell) => cell.trim()).filter(Boolean));
      continue;
    }
    paragraph.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return blocks.map(stripInline).filter((text) => /[\p{L}\p{N}]/u.test(text));
}

function stripInline(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ') // inline JSX/HTML tags
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) → text
    .replace(/[*_`~]+/g, '') // emphasis and code marks
    .replace(/\{[^}]*\}/g, ' ') // MDX expressions
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split a block into sentences at . ! ? followed by a space or the end. */
export function sentencesOf(block: string): string[] {
  return block
    .split(/(?<=[.!?])["')\]]*\s+(?=[^a-z])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function wordsOf(sentence: string): string[] {
  return sentence.split(/[\s/–—]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Syllables in a word. `syllable` gives 0 for numerals ("2023"), which we count as one, as a reader meets them as one unit. */
function syllablesOf(word: string): number {
  const counted = syllable(word);
  return counted > 0 ? counted : 1;
}

export function readability(markdown: string): Readability {
  const sentences = textBlocks(markdown).flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  const counts = { sentence: sentences.length, word: words.length, syllable: syllables };
  return {
    sentences: sentences.length,
    words: words.length,
    syllables,
    grade: sentences.length ? fleschKincaid(counts) : 0,
    wordsPerSentence: sentences.length ? words.length / sentences.length : 0,
  };
}
