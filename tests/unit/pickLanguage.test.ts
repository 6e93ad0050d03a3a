import { describe, expect, it } from 'vitest';
import { languageFromQuery, pickLanguage } from '../../src/lib/pickLanguage.ts';
import { locales } from '../../src/i18n/locales.ts';

const all = locales.map((l) => ({ code: l.code, matches: l.matches }));

describe('short link language choice', () => {
  it('matches regional variants to our languages', () => {
    expect(pickLanguage(['es-MX', 'en-US'], all)).toBe('es');
    expect(pickLanguage(['zh-CN'], all)).toBe('zh-hans');
    expect(pickLanguage(['zh-SG'], all)).toBe('zh-hans');
    expect(pickLanguage(['zh-Hans-US'], all)).toBe('zh-hans');
    expect(pickLanguage(['fil-PH'], all)).toBe('tl');
    expect(pickLanguage(['ar-EG'], all)).toBe('ar');
    expect(pickLanguage(['ko-KR'], all)).toBe('ko');
  });

  it('takes the first browser language that has a translation', () => {
    expect(pickLanguage(['qaa-QM', 'vi-VN', 'es'], all)).toBe('vi');
  });

  it('falls back to English when nothing matches or the translation is missing', () => {
    expect(pickLanguage(['qaa-QM'], all)).toBe('en');
    expect(pickLanguage(['es-MX'], all.filter((c) => c.code !== 'es'))).toBe('en');
    expect(pickLanguage([], all)).toBe('en');
  });

  it('does not send Traditional Chinese readers to Simplified Chinese', () => {
    expect(pickLanguage(['zh-TW', 'en'], all)).toBe('en');
    expect(pickLanguage(['zh-Hant'], all)).toBe('en');
  });

  it('does not confuse prefixes (es is not "e" + "s")', () => {
    expect(pickLanguage(['esperanto'], all)).toBe('en');
  });
});

describe('?lang= on short links', () => {
  const codes = ['en', 'es', 'zh-hans'];
  it('takes a registered code, in any case, and nothing else', () => {
    expect(languageFromQuery('?lang=es', codes)).toBe('es');
    expect(languageFromQuery('?lang=ZH-Hans', codes)).toBe('zh-hans');
    for (const hostile of ['?lang=qaa', '?lang=https://evil.example', '?lang=//evil.example', '?lang=es/../../x', '?lang=<script>', '?lang=', '', '?x=es']) {
      expect(languageFromQuery(hostile, codes), hostile).toBeUndefined();
    }
  });
});
