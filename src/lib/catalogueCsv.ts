// The clinic catalogue's row, and its CSV columns: the JSON fields, flattened
// (sms.text → sms_text). Names are part of the published API (version 1).
export const csvColumns = [
  'slug',
  'lang',
  'tag',
  'title',
  'summary',
  'url',
  'shortUrl',
  'qr',
  'sms_text',
  'sms_characters',
  'sms_encoding',
  'sms_segments',
  'email_subject',
  'email_body',
  'lastReviewed',
  'nextReview',
  'status',
] as const;

/** One guide in one language, as the catalogue publishes it (JSON and CSV). */
export interface CatalogueRow {
  slug: string;
  lang: string;
  /** BCP-47 tag, for systems that store languages that way. */
  tag: string;
  title: string;
  summary: string;
  url: string;
  shortUrl: string;
  qr: string;
  sms: { text: string; characters: number; encoding: 'GSM-7' | 'UCS-2'; segments: number };
  email: { subject: string; body: string };
  lastReviewed: string;
  nextReview: string;
  /** source (English), machine, human, reviewed, or missing (the English is shown under a notice). */
  status: 'source' | 'machine' | 'human' | 'reviewed' | 'missing';
}

export function csvRow(r: CatalogueRow): Record<(typeof csvColumns)[number], string | number> {
  return {
    slug: r.slug,
    lang: r.lang,
    tag: r.tag,
    title: r.title,
    summary: r.summary,
    url: r.url,
    shortUrl: r.shortUrl,
    qr: r.qr,
    sms_text: r.sms.text,
    sms_characters: r.sms.characters,
    sms_encoding: r.sms.encoding,
    sms_segments: r.sms.segments,
    email_subject: r.email.subject,
    email_body: r.email.body,
    lastReviewed: r.lastReviewed,
    nextReview: r.nextReview,
    status: r.status,
  };
}
