// The CSV columns of the clinic catalogue: the JSON fields, flattened
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

interface Row {
  slug: string;
  lang: string;
  tag: string;
  title: string;
  summary: string;
  url: string;
  shortUrl: string;
  qr: string;
  sms: { text: string; characters: number; encoding: string; segments: number };
  email: { subject: string; body: string };
  lastReviewed: string;
  nextReview: string;
  status: string;
}

export function csvRow(r: Row): Record<(typeof csvColumns)[number], string | number> {
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
