// Fills the request letter's sentences. The same code runs at build time
// (blanks, for readers without JavaScript or who print to write by hand) and
// in the browser (the reader's words, as they type). Only text is produced:
// the browser puts it in with textContent, never as markup.

export const letterFields = ['name', 'dob', 'provider', 'contactHow', 'avoid', 'date', 'blank'] as const;
export type LetterField = (typeof letterFields)[number];

/** Placeholder values that make i18next hand back the raw template. */
export const rawPlaceholders: Record<LetterField, string> = Object.fromEntries(
  letterFields.map((f) => [f, `{{${f}}}`]),
) as Record<LetterField, string>;

export function fillTemplate(template: string, values: Partial<Record<string, string>>, blank: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const value = key === 'blank' ? '' : (values[key] ?? '').trim();
    return value === '' ? blank : value;
  });
}
