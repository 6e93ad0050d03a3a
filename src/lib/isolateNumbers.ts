// Numbers written inside a sentence ("my cell phone 555-0100") as pieces to
// isolate: after Arabic letters the bidi algorithm would show "0100-555".
export type TextPiece = { text: string; number?: true };

export function isolateNumbers(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let last = 0;
  // A run of digits joined by hyphens, dots, spaces or brackets: phone numbers, citations, dates.
  for (const m of text.matchAll(/\d[\d\-.()/ ]*\d/g)) {
    if (!/[\-.()/ ]/.test(m[0])) continue; // a plain number keeps its order anyway
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[0], number: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
