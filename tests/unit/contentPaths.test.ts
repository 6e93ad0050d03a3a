import { describe, expect, it } from 'vitest';
import { parseContentPath } from '../../src/lib/contentPaths.ts';
import { sourceHash } from '../../src/lib/sourceHash.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

describe('content paths', () => {
  it('reads language and slug from content/guides/<lang>/<slug>.mdx', () => {
    expect(parseContentPath('es/telehealth-privacy.mdx', 'content/guides', localeCodes)).toEqual({
      lang: 'es',
      slug: 'telehealth-privacy',
    });
  });

  it('rejects a guide under an unregistered language folder, naming the file', () => {
    expect(() => parseContentPath('qaa/telehealth-privacy.mdx', 'content/guides', localeCodes)).toThrow(
      /^content\/guides\/qaa\/telehealth-privacy\.mdx: "qaa" is not a registered language code/,
    );
  });

  it('rejects slugs that are not lowercase English words', () => {
    expect(() => parseContentPath('en/Telehealth_Privacy.mdx', 'content/guides', localeCodes)).toThrow(/slug/);
  });
});

describe('source hash', () => {
  const guide = { title: 'T', description: 'D', summary: 'S', body: 'Body' };
  it('changes when the words change, not when only whitespace at the ends does', () => {
    expect(sourceHash(guide)).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash({ ...guide, body: '\nBody\n' })).toBe(sourceHash(guide));
    expect(sourceHash({ ...guide, body: 'Body changed' })).not.toBe(sourceHash(guide));
    expect(sourceHash({ ...guide, title: 'T2' })).not.toBe(sourceHash(guide));
  });
});
