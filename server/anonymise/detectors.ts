// Identifiers recognised by their form: e-mail addresses, Dutch phone numbers, postcodes,
// IBANs (checked mod 97) and BSNs (checked with the 11-test).

export type PatternKind = 'email' | 'phone' | 'postcode' | 'iban' | 'bsn';

export interface Hit {
  start: number;
  end: number;
  kind: PatternKind;
}

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}@.])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// 06-12345678, 06 12 34 56 78, +31 6 12345678, 0031 (0)6-1234 5678, 010-1234567, (020) 123 4567
const SEP = '[\\s.-]?';
const PHONE = new RegExp(
  `${NOT_WORD_BEFORE}(?:` +
    `(?:\\+|00)31${SEP}(?:\\(0\\)${SEP})?[1-9](?:${SEP}\\d){8}` + // international
    `|\\(0\\d{2,3}\\)${SEP}\\d(?:${SEP}\\d){5,6}` + // (area code) number
    `|0[1-9](?:${SEP}\\d){8}` + // national, ten digits
    `)${NOT_WORD_AFTER}`,
  'gu',
);
const POSTCODE = new RegExp(`${NOT_WORD_BEFORE}[1-9]\\d{3}[ \\u00a0]?(?!SA|SD|SS)[A-Z]{2}${NOT_WORD_AFTER}`, 'gu');
const IBAN = new RegExp(`${NOT_WORD_BEFORE}NL\\s?\\d{2}\\s?[A-Z]{4}(?:\\s?\\d){10}${NOT_WORD_AFTER}`, 'giu');
const BSN = new RegExp(`${NOT_WORD_BEFORE}(?:\\d{9}|\\d{3}\\.\\d{3}\\.\\d{3}|\\d{4}\\.\\d{2}\\.\\d{3})${NOT_WORD_AFTER}`, 'gu');

export function ibanValid(raw: string): boolean {
  const s = raw.replace(/\s/g, '').toUpperCase();
  if (!/^NL\d{2}[A-Z]{4}\d{10}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest === 1;
}

/** The Dutch 11-test: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11 (and not 0). */
export function bsnValid(raw: string): boolean {
  const d = raw.replace(/\D/g, '');
  if (d.length !== 9 || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

function collect(text: string, re: RegExp, kind: PatternKind, accept: (s: string) => boolean = () => true): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(re)) if (accept(m[0])) hits.push({ start: m.index, end: m.index + m[0].length, kind });
  return hits;
}

/** Every identifier in `text` by form, longest first where they overlap. */
export function detect(text: string): Hit[] {
  // The cheap tests first: most texts hold no @ and no IBAN prefix.
  return [
    ...(text.includes('@') ? collect(text, EMAIL, 'email') : []),
    ...(/nl\s?\d\d/i.test(text) ? collect(text, IBAN, 'iban', ibanValid) : []),
    ...collect(text, BSN, 'bsn', bsnValid),
    ...collect(text, PHONE, 'phone'),
    ...collect(text, POSTCODE, 'postcode'),
  ];
}
