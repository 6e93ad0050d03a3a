// The independent review record every translated document carries, and the
// rule a translation must pass (TRANSLATING.md, "Review"). MQM-style: errors
// against the English counted by severity, weighted per 1,000 source words.
import { z } from 'zod';

/** Penalty weights per error (MQM-style) and the most a published translation may carry. */
export const severityWeights = { critical: 25, major: 5, minor: 1 } as const;
export const maxPenaltyPer1000 = 5;

const count = z.number().int().min(0);

export const reviewRecord = z
  .object({
    /** The day the review was done. */
    date: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')]),
    /** "independent machine-assisted review", or "<name>, <credential>". Never the translator. */
    by: z.string().min(3),
    /** English source words reviewed. */
    words: z.number().int().positive(),
    /** Errors left in the published text, by severity. */
    critical: count,
    major: count,
    minor: count,
    /** sourceHash of the English the review compared against (must match the translation's). */
    sourceHash: z
      .string({ error: (issue) => (typeof issue.input === 'number' ? 'must be written in quotes ("…"); without them YAML reads it as a number' : undefined) })
      .regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash from npm run i18n:hashes'),
    /** What this review found and corrected (kept for the record; not counted against the text). */
    corrected: z.object({ critical: count, major: count, minor: count }).strict().optional(),
  })
  .strict();

export type ReviewRecord = z.infer<typeof reviewRecord>;

/** Who made a translation: a machine, a person who is not a qualified health translator, or one checked by such a translator. */
export const translationStatuses = ['machine', 'human', 'reviewed'] as const;
export type TranslatedStatus = (typeof translationStatuses)[number];

export function penaltyPer1000(r: Pick<ReviewRecord, 'critical' | 'major' | 'minor' | 'words'>): number {
  const points = r.critical * severityWeights.critical + r.major * severityWeights.major + r.minor * severityWeights.minor;
  return (points * 1000) / r.words;
}

/**
 * Why a translation's review does not let it pass, or [] when it does.
 * `translationHash` is the sourceHash the translation was made from.
 */
export function reviewProblems(review: unknown, translationHash: string | undefined): string[] {
  if (review === undefined || review === null) {
    return ['has no independent review record (translation.review): see TRANSLATING.md, "Review"'];
  }
  const parsed = reviewRecord.safeParse(review);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `translation.review${i.path.length ? '.' + i.path.join('.') : ''}: ${i.message}`);
  }
  const r = parsed.data;
  const problems: string[] = [];
  if (r.critical > 0) problems.push(`review found ${r.critical} critical error(s) still in the text: fix them and review again`);
  if (r.major > 0) problems.push(`review found ${r.major} major error(s) still in the text: fix them and review again`);
  const penalty = penaltyPer1000(r);
  if (penalty > maxPenaltyPer1000) problems.push(`review penalty ${penalty.toFixed(1)} per 1,000 words is above ${maxPenaltyPer1000}`);
  if (translationHash && r.sourceHash !== translationHash) {
    problems.push(`the review was made for an older English text (${r.sourceHash}) than the translation (${translationHash}): review it again`);
  }
  return problems;
}

/** Words in English text as the review counts them (for the record's `words`). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
