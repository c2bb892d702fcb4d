import { describe, expect, it } from 'vitest';
import { bsnValid, detect, detectByScan, ibanValid } from '../../server/anonymise/detectors.ts';
import { fold, foldText } from '../../server/anonymise/fold.ts';
import { nameTerms, PATTERN_LABELS, Scrubber, type Term } from '../../server/anonymise/scrubber.ts';

// Invented people and places.
const terms: Term[] = [
  ...nameTerms('Mirjam Zwanenburg-Oudshoorn', 'r1'),
  ...nameTerms('José van der Berg', 'r2'),
  { text: 'Kees Bakker', category: 'persoon' as const, key: 'colleague-1' },
  { text: 'Heerlerbaan', category: 'plaats' as const, key: 'place-1' },
];

describe('detectors', () => {
  it.each([
    ['mail naar m.zwanenburg@voorbeeld-mail.nl graag', 'email'],
    ['bel 06-12345678 morgen', 'phone'],
    ['bel 06 12 34 56 78 morgen', 'phone'],
    ['bel +31 6 12345678 morgen', 'phone'],
    ['bel 0031 6 1234 5678 morgen', 'phone'],
    ['bel +31(0)6-12345678 morgen', 'phone'],
    ['bel 010-1234567 morgen', 'phone'],
    ['bel (020) 123 4567 morgen', 'phone'],
    ['woont op 6411 AB nu', 'postcode'],
    ['woont op 6411AB nu', 'postcode'],
    ['rekening NL91 ABNA 0417 1643 00 ok', 'iban'],
    ['rekening NL91ABNA0417164300 ok', 'iban'],
    ['bsn 111222333 bekend', 'bsn'],
    ['bsn 111.222.333 bekend', 'bsn'],
  ])('finds %j as %s', (text, kind) => {
    expect(detect(text).map((h) => h.kind)).toContain(kind);
  });

  it('leaves alone what only looks like an identifier', () => {
    expect(detect('bsn 123456789 is ongeldig').filter((h) => h.kind === 'bsn')).toEqual([]);
    expect(ibanValid('NL91 ABNA 0417 1643 01')).toBe(false);
    expect(detect('in 2019 werkten 1234 mensen mee')).toEqual([]);
    expect(detect('dossier 12 van 2024, 5 gesprekken')).toEqual([]);
  });

  it('checks BSNs with the 11-test and IBANs with mod 97', () => {
    expect(bsnValid('111222333')).toBe(true);
    expect(bsnValid('123456782')).toBe(true);
    expect(bsnValid('123456789')).toBe(false);
    expect(ibanValid('NL91ABNA0417164300')).toBe(true);
  });
});

describe('scrubber', () => {
  it('replaces names case- and diacritic-insensitively, whole words, with possessives, consistently', () => {
    const s = new Scrubber(terms);
    const a = s.scrub('Mirjam belde. Jose VAN DER BERG kwam later; José’s collega Kees Bakker ook.');
    expect(a.text).toBe('[persoon 1] belde. [persoon 2] kwam later; [persoon 2] collega [persoon 3] ook.');
    const b = s.scrub('Volgens zwanenburg en oudshoorns team (Heerlerbaan) klopte het. Mirjams dossier.');
    expect(b.text).toBe('Volgens [persoon 1] en [persoon 1] team ([plaats 1]) klopte het. [persoon 1] dossier.');
  });

  it('keeps words that merely contain a name', () => {
    const s = new Scrubber(nameTerms('Jan Berg', 'r3'));
    expect(s.scrub('In januari in de bergen, met Jan.').text).toBe('In januari in de bergen, met [persoon 1].');
  });

  it('replaces identifiers by category and lists every replacement in place', () => {
    const s = new Scrubber(terms);
    const text = 'Mail m.zwanenburg@voorbeeld-mail.nl of bel 06-98765432; postcode 6411 AB; BSN 111.222.333; IBAN NL91ABNA0417164300.';
    const r = s.scrub(text);
    expect(r.text).toBe('Mail [e-mailadres] of bel [telefoonnummer]; postcode [postcode]; BSN [BSN]; IBAN [IBAN].');
    expect(r.replacements.map((x) => text.slice(x.start, x.end))).toEqual([
      'm.zwanenburg@voorbeeld-mail.nl',
      '06-98765432',
      '6411 AB',
      '111.222.333',
      'NL91ABNA0417164300',
    ]);
  });
});

// A small deterministic generator: the same texts on every run.
function texts(seed: number, count: number, words: string[], seps: string[]): string[] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => {
    let text = '';
    for (let n = Math.floor(next() * 14); n > 0; n--) text += pick(words) + pick(seps);
    return text;
  });
}

const PIECES = [
  '06-12345678', '06 12 34 56 78', '+31 6 12345678', '0031 (0)6-1234 5678', '010-1234567', '(020) 123 4567', '6411 AB', '6411AB', '1234 SA',
  'NL91 ABNA 0417 1643 00', 'nl91abna0417164300', 'NL91ABNA0417164301', '111222333', '111.222.333', '1112.22.333', '123456782', '123456789',
  '2019', '1234', 'x@y.nl', 'm.zwanenburg@voorbeeld-mail.nl', 'a@b', '@', '.', ',', '-', '(', '+', '0', '06', 'A1', '1A', 'é', '\u0301', '😀', '٣', 'Ⅻ',
  'Mirjam', 'mirjams', 'Mírjam’s', 'ZWANENBURG', 'oudshoorn', 'José', 'jose', 'van', 'der', 'Berg', 'bergen', 'januari', 'Jan', "Jan's", 'Kees', 'Bakker',
  'Heerlerbaan', 'heerlerbaan-aanpak', 'Ødegård', 'odegard', 'ﬁnn', 'finn', 'zoë', 'ZOE', 'VT-2023-004512', 'vt-2023-004512s', 'de', 'het',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '', ', ', '. ', '-', "'", '’', '@', '.', '/'];

describe('detectors, tried only where an identifier can start', () => {
  it('find exactly what a scan of the whole text finds', () => {
    for (const text of texts(7, 5000, PIECES, SEPARATORS)) expect(detect(text), JSON.stringify(text)).toEqual(detectByScan(text));
  });
});

/** The scrubber as one expression over the folded text, scanned from start to end. */
function referenceScrub(list: Term[]) {
  const unique = new Map<string, Term>();
  for (const t of list) {
    const folded = foldText(t.text.trim());
    if (folded.length >= 2 && !unique.has(folded)) unique.set(folded, t);
  }
  const alternatives = [...unique.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?:'s|s)?(?![\\p{L}\\p{N}])`, 'gu');
  const labels = new Map<string, string>();
  const counters = new Map<string, number>();
  return (text: string) => {
    const found: { start: number; end: number; label: string | (() => string) }[] = detectByScan(text).map((h) => ({ start: h.start, end: h.end, label: PATTERN_LABELS[h.kind] }));
    const folded = fold(text);
    for (const m of folded.text.matchAll(pattern)) {
      const term = unique.get(m[1]!.replace(/\s+/g, ' '))!;
      const label = () => {
        const id = `${term.category}\u0000${term.key}`;
        if (!labels.has(id)) labels.set(id, `[${term.category} ${counters.set(term.category, (counters.get(term.category) ?? 0) + 1).get(term.category)}]`);
        return labels.get(id)!;
      };
      found.push({ start: folded.at(m.index), end: folded.at(m.index + m[0].length), label });
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let at = 0;
    for (const r of found) {
      if (r.start < at) continue;
      out += text.slice(at, r.start) + (typeof r.label === 'string' ? r.label : r.label());
      at = r.end;
    }
    return out + text.slice(at);
  };
}

describe('scrubber, with the terms grouped by their first two characters', () => {
  const lists: Term[][] = [
    terms,
    [...nameTerms('Jan de Berg', 'a'), ...nameTerms('Jan', 'b'), ...nameTerms('Jansen', 'c'), { text: 'VT-2023-004512', category: 'overig', key: 'd' }],
    [...nameTerms('Ødegård Zoë', 'a'), { text: 'ﬁnn', category: 'overig', key: 'b' }, { text: '2019 x', category: 'overig', key: 'c' }],
    // White space other than a space in a term: the one expression scans instead.
    [...terms, { text: 'A\tB', category: 'overig', key: 'tab' }],
  ];
  it.each(lists.map((list, i) => [i, list] as const))('list %i: the same text as one expression over the whole text', (i, list) => {
    const reference = referenceScrub(list);
    const scrubber = new Scrubber(list);
    for (const text of texts(11 + i, 3000, PIECES, SEPARATORS)) {
      const expected = reference(text);
      expect(scrubber.scrubText(text), JSON.stringify(text)).toBe(expected);
    }
  });

  it('scrubText gives the text scrub gives, with the same pseudonyms', () => {
    const a = new Scrubber(terms);
    const b = new Scrubber(terms);
    for (const text of texts(5, 2000, PIECES, SEPARATORS)) expect(b.scrubText(text)).toBe(a.scrub(text).text);
  });

  it('finds every name of a long list, and places replacements right after characters that fold to more than one', () => {
    const people = Array.from({ length: 400 }, (_, i) => nameTerms(`Persoon${i} Achternaam${i}`, `p${i}`)).flat();
    const s = new Scrubber(people);
    expect(s.scrub('Persoon7 sprak met achternaam399; persoon12s collega.').text).toBe('[persoon 1] sprak met [persoon 2]; [persoon 3] collega.');
    const t = new Scrubber(nameTerms('Zoë Odegard', 'z'));
    expect(t.scrub('ﬁ😀 Ödegård’s ﬁle, ZOË.').text).toBe('ﬁ😀 [persoon 1] ﬁle, [persoon 1].');
  });
});
