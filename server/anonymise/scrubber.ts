// The one anonymisation pipeline for free text: names from the identity table and the
// study's redaction list become consistent bracketed pseudonyms ("[persoon 3]"), and
// identifiers recognised by form become their category ("[e-mailadres]").
import { detect, type PatternKind } from './detectors.ts';
import { fold } from './fold.ts';

export type TermCategory = 'persoon' | 'plaats' | 'organisatie' | 'overig';

export interface Term {
  /** What to find, e.g. a full name or a place. */
  text: string;
  category: TermCategory;
  /** Terms with the same key share one pseudonym (the parts of one person's name). */
  key: string;
}

export interface Replacement {
  start: number;
  end: number;
  original: string;
  replacement: string;
  kind: TermCategory | PatternKind;
}

export const PATTERN_LABELS: Record<PatternKind, string> = {
  email: '[e-mailadres]',
  phone: '[telefoonnummer]',
  postcode: '[postcode]',
  iban: '[IBAN]',
  bsn: '[BSN]',
};

// Particles of Dutch names are not names by themselves.
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ter', 'ten', 'te', 'la', 'le', 'du', 'da', 'di', 'von', 'op', 'in', "'t"]);

/** A person's name as terms: the whole name and each part of three letters or more. */
export function nameTerms(name: string, key: string, category: TermCategory = 'persoon'): Term[] {
  const whole = name.trim().replace(/\s+/g, ' ');
  if (!whole) return [];
  const parts = whole.split(/[\s-]+/).filter((p) => p.length >= 3 && !PARTICLES.has(p.toLowerCase()));
  return [whole, ...parts.filter((p) => p !== whole)].map((text) => ({ text, category, key }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces consistently across every text it is given: make one per export, so the same
 * original gets the same pseudonym in every file of that export.
 */
export class Scrubber {
  private readonly pattern: RegExp | null;
  private readonly keyOf = new Map<string, Term>();
  private readonly labels = new Map<string, string>();
  private readonly counters = new Map<TermCategory, number>();

  constructor(terms: Term[]) {
    const unique = new Map<string, Term>();
    for (const t of terms) {
      const folded = fold(t.text.trim()).text;
      if (folded.length >= 2 && !unique.has(folded)) unique.set(folded, t);
    }
    for (const [folded, t] of unique) this.keyOf.set(folded, t);
    // Longest first, so "Mirjam Zwanenburg" wins over "Mirjam"; possessives ("Jans",
    // "Jan's") and whole words only.
    const alternatives = [...unique.keys()].sort((a, b) => b.length - a.length).map((k) => escape(k).replace(/ /g, '\\s+'));
    this.pattern = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?:'s|s)?(?![\\p{L}\\p{N}])`, 'gu')
      : null;
  }

  /** The pseudonym of a term: numbered per category in order of first appearance. */
  private labelFor(term: Term): string {
    const id = `${term.category}\u0000${term.key}`;
    let label = this.labels.get(id);
    if (!label) {
      const n = (this.counters.get(term.category) ?? 0) + 1;
      this.counters.set(term.category, n);
      label = `[${term.category} ${n}]`;
      this.labels.set(id, label);
    }
    return label;
  }

  /** The text with every identifier replaced, and what was replaced where. */
  scrub(text: string): { text: string; replacements: Replacement[] } {
    const found: Replacement[] = [];
    // Every identifier recognised by form has a digit or an @: most notes have neither.
    const hits = /[\d@]/.test(text) ? detect(text) : [];
    for (const hit of hits) {
      found.push({ start: hit.start, end: hit.end, original: text.slice(hit.start, hit.end), replacement: PATTERN_LABELS[hit.kind], kind: hit.kind });
    }
    if (this.pattern) {
      const folded = fold(text);
      for (const m of folded.text.matchAll(this.pattern)) {
        const term = this.keyOf.get(m[1]!.replace(/\s+/g, ' '))!;
        const start = folded.at(m.index);
        const end = folded.at(m.index + m[0].length);
        found.push({ start, end, original: text.slice(start, end), replacement: '', kind: term.category, term } as Replacement & { term: Term });
      }
    }
    // Overlaps: the earliest wins, then the longest.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Replacement[] = [];
    let at = 0;
    for (const r of found) {
      if (r.start < at) continue;
      const term = (r as Replacement & { term?: Term }).term;
      kept.push({ start: r.start, end: r.end, original: r.original, kind: r.kind, replacement: term ? this.labelFor(term) : r.replacement });
      at = r.end;
    }
    let out = '';
    let last = 0;
    for (const r of kept) {
      out += text.slice(last, r.start) + r.replacement;
      last = r.end;
    }
    return { text: out + text.slice(last), replacements: kept };
  }
}
