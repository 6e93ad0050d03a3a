// How hard a translation reads next to its English. Sentences and words are
// counted by ICU (Intl.Segmenter), which knows every script we ship (Chinese
// and Korean included). Spanish gets a validated formula, Fernández-Huerta
// (the Spanish adaptation of Flesch reading ease; syllables from the `hyphen`
// package's Spanish patterns), compared with Flesch reading ease of the English
// (syllables from `syllable`). Elsewhere no validated formula is at hand, so
// words per sentence are compared with the English.
import hyphenEs from 'hyphen/es/index.js';
import { syllable } from 'syllable';
import { textBlocks } from './readability.ts';

export interface ReadingMeasure {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  /** Reading ease, 0-100 (higher is easier): Flesch for English, Fernández-Huerta for Spanish. */
  ease?: number;
}

const segmenters = new Map<string, { sentence: Intl.Segmenter; word: Intl.Segmenter }>();
function segmentersFor(tag: string) {
  let s = segmenters.get(tag);
  if (!s) {
    s = { sentence: new Intl.Segmenter(tag, { granularity: 'sentence' }), word: new Intl.Segmenter(tag, { granularity: 'word' }) };
    segmenters.set(tag, s);
  }
  return s;
}

/** Spanish syllables: the hyphenation points of the Spanish patterns, plus one. */
function spanishSyllables(word: string): number {
  return hyphenEs.hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: 1 }).split('\u00ad').length;
}

export function readingMeasure(markdown: string, tag: string): ReadingMeasure {
  const { sentence, word } = segmentersFor(tag);
  let sentences = 0;
  const words: string[] = [];
  // Headings and list items end a sentence even without a full stop.
  for (const block of textBlocks(markdown)) {
    for (const s of sentence.segment(block)) {
      const inSentence = [...word.segment(s.segment)].filter((w) => w.isWordLike).map((w) => w.segment);
      if (!inSentence.length) continue;
      sentences++;
      words.push(...inSentence);
    }
  }
  const wordsPerSentence = sentences ? words.length / sentences : 0;
  const base = tag.split('-')[0];
  let ease: number | undefined;
  if (words.length && (base === 'es' || base === 'en')) {
    const syllables = words.reduce((n, w) => n + (base === 'es' ? spanishSyllables(w) : Math.max(1, syllable(w))), 0);
    const perWord = syllables / words.length;
    ease = base === 'es' ? 206.84 - 60 * perWord - 1.02 * wordsPerSentence : 206.835 - 84.6 * perWord - 1.015 * wordsPerSentence;
  }
  return { sentences, words: words.length, wordsPerSentence, ease };
}

/** Where a translation reads much harder than its English, why; else undefined. */
export function readsHarder(translated: ReadingMeasure, english: ReadingMeasure): string | undefined {
  if (translated.ease !== undefined && english.ease !== undefined && translated.ease < english.ease - 20) {
    return `reading ease ${translated.ease.toFixed(0)} (Fernández-Huerta) against ${english.ease.toFixed(0)} for the English (Flesch): shorter sentences and plainer words would help`;
  }
  if (english.sentences && translated.sentences < english.sentences * 0.7) {
    return `${translated.sentences} sentences where the English has ${english.sentences}: long sentences are harder to read; split them as the English does`;
  }
  return undefined;
}
