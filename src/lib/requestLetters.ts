// The three request letters, as data: which sentences each has, which the
// reader chooses, and which free-text values they hold. The same description
// builds the English copy (the one a clinic or plan acts on) and the reader's
// language, at build time with blanks and in the browser as the reader types.
// Pure: strings come in through a translate function; values are plain text.

export type LetterKind = 'clinic' | 'plan' | 'selfPay';

/** Free-text values: only numbers, addresses, names and dates are typed, never prose. */
export const letterValues = ['name', 'dob', 'recipient', 'memberId', 'phone', 'address', 'email', 'service', 'serviceDate'] as const;
export type LetterValue = (typeof letterValues)[number];

/** How each value is isolated in right-to-left text: numbers, emails and dates keep left-to-right order. */
export const valueDirection: Record<Placeholder, 'ltr' | 'auto'> = {
  name: 'auto',
  dob: 'ltr',
  recipient: 'auto',
  memberId: 'ltr',
  phone: 'ltr',
  address: 'auto',
  email: 'ltr',
  service: 'auto',
  serviceDate: 'ltr',
  today: 'auto',
  citation: 'ltr',
  signature: 'auto',
  how: 'auto',
};

/** Structured choices: each is one sentence in every language, with at most one typed value. */
export const contactChoices = [
  { id: 'cellOnly', value: 'phone' },
  { id: 'otherAddress', value: 'address' },
  { id: 'sealedEnvelope' },
  { id: 'email', value: 'email' },
  { id: 'portalOnly' },
  { id: 'noVoicemail' },
  { id: 'noHomeCalls' },
  { id: 'noHomeMail' },
] as const satisfies readonly { id: string; value?: LetterValue }[];
export type ChoiceId = (typeof contactChoices)[number]['id'] | 'danger';

export interface LetterSpec {
  kind: LetterKind;
  /** Values asked for in the form, in order. */
  values: LetterValue[];
  /** Choices the reader can tick, in order. */
  choices: ChoiceId[];
  /** Sentence keys (tools:letters.<kind>.<key>) before the choices, after them, and the closing. */
  opening: string[];
  closing: string[];
}

export const letterSpecs: Record<LetterKind, LetterSpec> = {
  clinic: {
    kind: 'clinic',
    values: ['name', 'dob', 'recipient', 'phone', 'address', 'email'],
    choices: contactChoices.map((c) => c.id),
    opening: ['body1'],
    closing: ['body2', 'body3'],
  },
  plan: {
    kind: 'plan',
    values: ['name', 'dob', 'recipient', 'memberId', 'phone', 'address', 'email'],
    choices: [...contactChoices.map((c) => c.id), 'danger'],
    opening: ['body1'],
    closing: ['body2', 'body3'],
  },
  selfPay: {
    kind: 'selfPay',
    values: ['name', 'dob', 'recipient', 'service', 'serviceDate'],
    choices: [],
    opening: ['body1', 'body2'],
    closing: ['body3', 'body4'],
  },
};

/** A piece of a sentence: words, or a value that is isolated in right-to-left text. */
export type Placeholder = LetterValue | 'today' | 'citation' | 'signature' | 'how';
export type Segment = { text: string } | { value: Placeholder; dir: 'ltr' | 'auto' };

/** Split a template with {{placeholders}} into text and value segments. Unknown placeholders are an error. */
export function segmentsOf(template: string, where: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    const name = m[1] as Placeholder;
    if (!(name in valueDirection)) throw new Error(`${where}: unknown placeholder {{${m[1]}}} (known: ${Object.keys(valueDirection).join(', ')})`);
    out.push({ value: name, dir: valueDirection[name] });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  return out;
}

/**
 * A typed value as it goes into a sentence: trimmed, and without a final full
 * stop when the sentence puts its own right after it ("PO Box 12." + "." would print "..").
 */
export function cleanValue(value: string, nextText: string | undefined): string {
  const v = value.trim().replace(/\s+/g, ' ');
  return nextText && /^[.。۔]/.test(nextText) ? v.replace(/[.。۔]+$/, '') : v;
}

export interface LetterLine {
  /** tools:letters.<kind>.<key>, or tools:letters.choice.<id> for a choice. */
  key: string;
  choice?: ChoiceId;
  segments: Segment[];
}

export interface AssembledLetter {
  subject: LetterLine;
  lines: LetterLine[];
}

/** Every line of a letter in one language, in order: a choice line carries its choice id. */
export function letterLines(kind: LetterKind, raw: (key: string) => string): AssembledLetter {
  const spec = letterSpecs[kind];
  const line = (key: string, choice?: ChoiceId): LetterLine => ({ key, choice, segments: segmentsOf(raw(key), key) });
  const prefix = `tools:letters.${kind}`;
  return {
    subject: line(`${prefix}.subject`),
    lines: [
      line('tools:letters.dateLine'),
      line('tools:letters.toLine'),
      ...spec.opening.map((k) => line(`${prefix}.${k}`)),
      ...spec.choices.map((c) => line(c === 'danger' ? `${prefix}.danger` : `tools:letters.choice.${c}`, c)),
      ...spec.closing.map((k) => line(`${prefix}.${k}`)),
      ...(kind === 'plan' ? [line('tools:letters.memberLine')] : []),
      line('tools:letters.nameLine'),
      line('tools:letters.dobLine'),
      line('tools:letters.signatureLine'),
    ],
  };
}

/** The letter as plain text with the reader's values and choices: what prints, line by line (for tests and copying). */
export function letterText(letter: AssembledLetter, values: Partial<Record<string, string>>, chosen: ReadonlySet<ChoiceId>, blank: string): string[] {
  const render = (l: LetterLine) =>
    l.segments
      .map((s, i) => {
        if ('text' in s) return s.text;
        const next = l.segments[i + 1];
        const v = cleanValue(values[s.value] ?? '', next && 'text' in next ? next.text : undefined);
        return v || blank;
      })
      .join('');
  return [render(letter.subject), ...letter.lines.filter((l) => !l.choice || chosen.has(l.choice)).map(render)];
}
