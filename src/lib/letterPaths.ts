// Where each request letter lives under /<lang>/ (part of the URL contract:
// /tools/request-letter/ is the first one, published before the others).
import type { LetterKind } from './requestLetters.ts';

export const letterPaths: Record<LetterKind, string> = {
  clinic: 'tools/request-letter',
  plan: 'tools/plan-letter',
  selfPay: 'tools/self-pay-letter',
};
