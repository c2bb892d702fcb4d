import { describe, expect, it } from 'vitest';
import { bsnValid, detect, ibanValid } from '../../server/anonymise/detectors.ts';
import { nameTerms, Scrubber } from '../../server/anonymise/scrubber.ts';

// Invented people and places.
const terms = [
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
