// The rule each letter rests on, as printed in every language (never translated).
import type { LetterKind } from './requestLetters.ts';

export const letterCitations: Record<LetterKind, string> = {
  clinic: '45 CFR 164.522(b)',
  plan: '45 CFR 164.522(b)',
  selfPay: '45 CFR 164.522(a)(1)(vi)',
};
