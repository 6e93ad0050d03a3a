import { describe, expect, it } from 'vitest';
import { readability, textBlocks } from '../../src/lib/readability.ts';

describe('readability', () => {
  it('counts headings and list items as sentences', () => {
    const r = readability('## Before your visit\n\n- Find a quiet room\n- Close the door\n\nUse headphones. Turn the screen away.');
    expect(r.sentences).toBe(5);
    expect(r.words).toBe(16);
  });

  it('reads link text, not URLs, and skips MDX import lines', () => {
    expect(textBlocks("import X from './x';\n\nSee [the word list](../glossary/#hipaa).")).toEqual(['See the word list.']);
  });

  it('scores plain text low and dense legal text high', () => {
    const plain = readability('You can ask. They must say yes. It is your right. Ask in writing if they want.');
    const dense = readability(
      'Covered entities must accommodate reasonable requests by individuals to receive communications of protected health information by alternative means or at alternative locations.',
    );
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(14);
  });
});
