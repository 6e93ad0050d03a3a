// A letter sentence as its raw template ("Name: {{name}}"): i18next hands it
// back unfilled when each placeholder is given as itself. The letter pieces
// are then built from it (requestLetters.ts), so values can be isolated.
import { valueDirection } from './requestLetters.ts';

/** Placeholder values that make i18next hand back the raw template. */
export const rawPlaceholders: Record<string, string> = Object.fromEntries(
  [...Object.keys(valueDirection), 'language'].map((f) => [f, `{{${f}}}`]),
);

export function rawTemplate(t: (key: string, vars?: Record<string, string>) => string, key: string): string {
  return t(key, rawPlaceholders);
}
