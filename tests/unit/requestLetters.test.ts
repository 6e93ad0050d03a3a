// Letter assembly from choices: pure, so every language's letter is the same
// structure with its own words, and what the reader ticks reads the same in
// English. Uses the real locale files.
import { describe, expect, it } from 'vitest';
import { cleanValue, letterLines, letterText, segmentsOf } from '../../src/lib/requestLetters.ts';
import { rawTemplate } from '../../src/lib/letterTemplate.ts';
import { useTranslations } from '../../src/i18n/i18n.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const raw = (lang: string) => {
  const t = useTranslations(lang);
  return (key: string) => rawTemplate(t, key);
};
const values = { name: 'Ana Reyes', recipient: 'Blue Plan', phone: '555-0100', address: 'PO Box 12.', today: 'December 1, 2026' };

describe('letter assembly', () => {
  it('puts only the ticked choices into the letter, in order', () => {
    const text = letterText(letterLines('clinic', raw('en')), values, new Set(['otherAddress', 'cellOnly']), '____');
    expect(text).toContain('Call or text me only on my cell phone: 555-0100.');
    expect(text).toContain('Send mail only to this address: PO Box 12.');
    expect(text.indexOf('Call or text me only on my cell phone: 555-0100.')).toBeLessThan(text.indexOf('Send mail only to this address: PO Box 12.'));
    expect(text.join('\n')).not.toContain('Do not leave voicemail');
    expect(text.join('\n')).not.toContain('..');
  });

  it('carries the danger statement in a plan letter only when it is chosen, and never in a clinic letter', () => {
    const plan = letterLines('plan', raw('en'));
    expect(letterText(plan, values, new Set(['danger']), '____').join('\n')).toContain('could put me in danger');
    expect(letterText(plan, values, new Set(['cellOnly']), '____').join('\n')).not.toContain('danger');
    expect(letterLines('clinic', raw('en')).lines.some((l) => l.choice === 'danger')).toBe(false);
  });

  it('has the same lines, choices and values in every language', () => {
    for (const kind of ['clinic', 'plan', 'selfPay'] as const) {
      const shape = (lang: string) => {
        const l = letterLines(kind, raw(lang));
        return [l.subject, ...l.lines].map((line) => [line.choice ?? '', line.segments.filter((s) => 'value' in s).map((s) => ('value' in s ? s.value : '')).sort().join(',')].join(':'));
      };
      for (const lang of localeCodes) expect(shape(lang), `${kind} in ${lang}`).toEqual(shape('en'));
    }
  });

  it('cites the rule each letter rests on', () => {
    for (const kind of ['clinic', 'plan', 'selfPay'] as const) {
      expect(letterLines(kind, raw('en')).lines.some((l) => l.segments.some((s) => 'value' in s && s.value === 'citation')), kind).toBe(true);
    }
  });
});

describe('typed values', () => {
  it('lose a final full stop when the sentence puts its own after them', () => {
    expect(cleanValue('PO Box 12.', '.')).toBe('PO Box 12');
    expect(cleanValue('PO Box 12.', undefined)).toBe('PO Box 12.');
    expect(cleanValue('  Ana   Reyes ', ' ')).toBe('Ana Reyes');
  });

  it('are isolated: numbers, emails and citations left to right, names by their own letters', () => {
    expect(segmentsOf('Tel: {{phone}}. {{name}} {{citation}}', 'x')).toEqual([
      { text: 'Tel: ' },
      { value: 'phone', dir: 'ltr' },
      { text: '. ' },
      { value: 'name', dir: 'auto' },
      { text: ' ' },
      { value: 'citation', dir: 'ltr' },
    ]);
  });

  it('an unknown placeholder in a translation is an error naming the key', () => {
    expect(() => segmentsOf('Hola {{nombre}}', 'tools:letters.nameLine')).toThrow(/tools:letters\.nameLine: unknown placeholder \{\{nombre\}\}/);
  });
});

describe('numbers inside translated sentences', () => {
  it('are isolated when joined by hyphens, dots or spaces, so "555-0100" cannot show as "0100-555"', async () => {
    const { isolateNumbers } = await import('../../src/lib/isolateNumbers.ts');
    expect(isolateNumbers('هاتفي المحمول 555-0100)')).toEqual([{ text: 'هاتفي المحمول ' }, { text: '555-0100', number: true }, { text: ')' }]);
    expect(isolateNumbers('Press 3 times')).toEqual([{ text: 'Press 3 times' }]);
  });
});
