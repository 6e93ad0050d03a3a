// A short fingerprint of an English guide's words. A translation records the
// fingerprint of the English text it was made from; when the English changes,
// the fingerprints differ and the translation is reported as stale.
// Only what readers read counts: title, description, summary and body, so a
// new review date alone does not make every translation stale.
import { createHash } from 'node:crypto';

export interface HashableGuide {
  title: string;
  description: string;
  summary: string;
  body: string;
}

export function sourceHash(guide: HashableGuide): string {
  const text = [guide.title, guide.description, guide.summary, guide.body.trim()].join('\n\u0000\n');
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 12);
}
