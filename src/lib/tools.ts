// The printable tools, for the home page and for guides that link them
// (a guide lists tool ids in its English frontmatter: `tools: [language-card]`).
export const toolIds = ['visit-checklist', 'request-letter', 'plan-letter', 'self-pay-letter', 'language-card'] as const;
export type ToolId = (typeof toolIds)[number];

/** Path under /<lang>/, and the locale keys of its link text and one-line hint. */
export const tools: Record<ToolId, { path: string; label: string; hint: string }> = {
  'visit-checklist': { path: 'tools/visit-checklist', label: 'home:tool.checklist', hint: 'home:tool.checklistHint' },
  'request-letter': { path: 'tools/request-letter', label: 'home:tool.letter', hint: 'home:tool.letterHint' },
  'plan-letter': { path: 'tools/plan-letter', label: 'tools:letters.kind.plan', hint: 'tools:letters.plan.description' },
  'self-pay-letter': { path: 'tools/self-pay-letter', label: 'tools:letters.kind.selfPay', hint: 'tools:letters.selfPay.description' },
  'language-card': { path: 'tools/language-card', label: 'tools:card.title', hint: 'tools:card.description' },
};
