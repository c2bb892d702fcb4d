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

// The patterns other than e-mail start with a digit, "+", "(" or "NL", never right after a
// letter, digit, "@" or "." (their look-behind). Trying each pattern anchored at only
// those places finds exactly what a scan of the whole text finds, at a fraction of the cost.
const sticky = (re: RegExp) => new RegExp(re.source, `${re.flags.replace('g', '')}y`);
const IBAN_AT = sticky(IBAN);
const BSN_AT = sticky(BSN);
const PHONE_AT = sticky(PHONE);
const POSTCODE_AT = sticky(POSTCODE);

/**
 * Where such a pattern could start: a run of digits (only its first can follow no digit),
 * "+", "(" or "NL". The look-behind is checked apart: a scan without one is much faster.
 */
const STARTS = /\d+|[+(]|nl/gi;
/** ASCII characters a pattern may not follow; after any other the pattern itself judges. */
const BLOCKS_START = new Uint8Array(128);
for (let c = 0; c < 128; c++) BLOCKS_START[c] = /[\p{L}\p{N}@.]/u.test(String.fromCharCode(c)) ? 1 : 0;

const CH_0 = 48;
const CH_3 = 51;
const CH_PLUS = 43;
const CH_PAREN = 40;
const CH_n = 110;
const CH_l = 108;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The order of the kinds where two identifiers take the same stretch. */
export const KIND_ORDER: Record<PatternKind, number> = { email: 0, iban: 1, bsn: 2, phone: 3, postcode: 4 };

/** Tries `re` anchored at `at`; the end of its match (taken or not, as a scan would), or -1. */
function tryAt(text: string, at: number, re: RegExp, kind: PatternKind, hits: { push(hit: Hit): unknown }, accept?: (s: string) => boolean): number {
  re.lastIndex = at;
  // test() rather than exec(): no match object to make, and most tries fail.
  if (!re.test(text)) return -1;
  const end = re.lastIndex;
  if (!accept || accept(text.slice(at, end))) hits.push({ start: at, end, kind });
  return end;
}

/**
 * Adds every identifier in `text` by form to `hits`: of each kind in the order of the text,
 * the kinds mixed (see `detect` for them one kind after the other).
 */
export function detectInto(text: string, hits: { push(hit: Hit): unknown }) {
  // Most texts hold no @: the e-mail pattern has no cheap place to start from.
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) hits.push({ start: m.index, end: m.index + m[0].length, kind: 'email' });
  // Where each pattern's own scan would go on from: matches of one pattern never overlap.
  let ibanFrom = 0;
  let bsnFrom = 0;
  let phoneFrom = 0;
  let postcodeFrom = 0;
  STARTS.lastIndex = 0;
  while (STARTS.test(text)) {
    // Where the match began, from where it ended: "NL", "+", "(" or the first of the digits.
    const end = STARTS.lastIndex;
    const last = text.charCodeAt(end - 1);
    let at = isDigit(last) ? end - 1 : (last | 32) === CH_l ? end - 2 : end - 1;
    if (isDigit(last)) while (at > 0 && isDigit(text.charCodeAt(at - 1))) at--;
    if (at > 0) {
      const before = text.charCodeAt(at - 1);
      if (before < 128 && BLOCKS_START[before]) continue;
    }
    const c = text.charCodeAt(at);
    if ((c | 32) === CH_n) {
      if (at >= ibanFrom) ibanFrom = Math.max(ibanFrom, tryAt(text, at, IBAN_AT, 'iban', hits, ibanValid));
      continue;
    }
    // Each pattern is tried only where its first two or three characters can be.
    const next = text.charCodeAt(at + 1);
    if (c === CH_0 ? isDigit(next) : c === CH_PLUS ? next === CH_3 : c === CH_PAREN && next === CH_0) {
      if (at >= phoneFrom) phoneFrom = Math.max(phoneFrom, tryAt(text, at, PHONE_AT, 'phone', hits));
    }
    if (c === CH_PLUS || c === CH_PAREN || !isDigit(next) || !isDigit(text.charCodeAt(at + 2))) continue;
    if (at >= bsnFrom) bsnFrom = Math.max(bsnFrom, tryAt(text, at, BSN_AT, 'bsn', hits, bsnValid));
    if (c !== CH_0 && isDigit(text.charCodeAt(at + 3)) && at >= postcodeFrom) postcodeFrom = Math.max(postcodeFrom, tryAt(text, at, POSTCODE_AT, 'postcode', hits));
  }
}

/** Every identifier in `text` by form: all e-mail addresses, then IBANs, BSNs, phone numbers, postcodes. */
export function detect(text: string): Hit[] {
  const hits: Hit[] = [];
  detectInto(text, hits);
  return hits.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.start - b.start);
}

/** The scan as the patterns' own global search does it; the reference for `detect`. */
export function detectByScan(text: string): Hit[] {
  return [
    ...(text.includes('@') ? collect(text, EMAIL, 'email') : []),
    ...(/nl\s?\d\d/i.test(text) ? collect(text, IBAN, 'iban', ibanValid) : []),
    ...collect(text, BSN, 'bsn', bsnValid),
    ...collect(text, PHONE, 'phone'),
    ...collect(text, POSTCODE, 'postcode'),
  ];
}
