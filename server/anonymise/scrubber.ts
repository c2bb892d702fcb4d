// The one anonymisation pipeline for free text: names from the identity table and the
// study's redaction list become consistent bracketed pseudonyms ("[persoon 3]"), and
// identifiers recognised by form become their category ("[e-mailadres]").
import { detectInto, KIND_ORDER, type PatternKind } from './detectors.ts';
import { fold, type Folded } from './fold.ts';

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

/** A stretch to replace: by form (`term` absent) or a term of the list. */
interface Hit {
  start: number;
  end: number;
  kind: TermCategory | PatternKind;
  term?: Term;
}

const SPACE = /^\s$/u;
const isSpace = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));
/** ASCII letters and digits: a term never starts right after one. */
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
/** A term's first two characters as one number; a space stands for any run of white space. */
const pairKey = (first: number, second: number) => first * 65_536 + (isSpace(second) ? 32 : second);

/**
 * Replaces consistently across every text it is given: make one per export, so the same
 * original gets the same pseudonym in every file of that export.
 */
export class Scrubber {
  /** All terms in one expression, longest first: the rule every other lookup must agree with. */
  private readonly pattern: RegExp | null;
  /**
   * The same alternatives grouped by their first two characters, each group anchored: at a
   * place in the text only the group of its two characters can match, and tried there in the
   * same order it picks what the one expression would. Null when a term does not fit (white
   * space first, or second other than a space), and then the one expression scans.
   */
  private readonly byPair: Map<number, RegExp> | null;
  /** Where some group could start, found by the engine's own fast scan (no look-behind). */
  private readonly starts: RegExp | null;
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
    const ordered = [...unique.keys()].sort((a, b) => b.length - a.length);
    const alternative = (k: string) => escape(k).replace(/ /g, '\\s+');
    const expression = (alternatives: string[], flags: string) =>
      new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?:'s|s)?(?![\\p{L}\\p{N}])`, flags);
    this.pattern = ordered.length ? expression(ordered.map(alternative), 'gu') : null;
    const groups = new Map<number, string[]>();
    let fits = true;
    for (const k of ordered) {
      const first = k.charCodeAt(0);
      const second = k.charCodeAt(1);
      // A space in a term matches any white space; other white space only itself.
      if (isSpace(first) || (isSpace(second) && second !== 32)) fits = false;
      const key = pairKey(first, second);
      const group = groups.get(key);
      if (group) group.push(alternative(k));
      else groups.set(key, [alternative(k)]);
    }
    this.byPair = fits ? new Map([...groups].map(([key, alternatives]) => [key, expression(alternatives, 'uy')])) : null;
    // Code units spelled out and no u flag, so a pair is matched unit by unit, as it is keyed.
    const unit = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
    this.starts = fits && groups.size ? new RegExp([...groups.keys()].map((key) => unit(Math.floor(key / 65_536)) + (key % 65_536 === 32 ? '\\s' : unit(key % 65_536))).join('|'), 'g') : null;
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

  private termHit(m: RegExpExecArray, folded: Folded): Hit {
    const term = this.keyOf.get(m[1]!.replace(/\s+/g, ' '))!;
    return { start: folded.at(m.index), end: folded.at(m.index + m[0].length), kind: term.category, term };
  }

  /** Where terms of the list occur, in the order a scan of the whole text finds them. */
  private findTerms(text: string, found: Hit[]) {
    if (!this.pattern) return;
    const folded = fold(text);
    const f = folded.text;
    if (!this.byPair) {
      for (const m of f.matchAll(this.pattern)) found.push(this.termHit(m, folded));
      return;
    }
    // test() rather than exec() where the match itself is not needed: nothing to allocate.
    const starts = this.starts!;
    starts.lastIndex = 0;
    while (starts.test(f)) {
      // Every alternative of `starts` is two units long.
      const at = starts.lastIndex - 2;
      starts.lastIndex = at + 1;
      const before = at > 0 ? f.charCodeAt(at - 1) : 32;
      if (before < 128 && WORD[before]) continue;
      // The expression reads whole code points: it never starts inside a surrogate pair.
      if ((before & 0xfc00) === 0xd800 && (f.charCodeAt(at) & 0xfc00) === 0xdc00) continue;
      const re = this.byPair.get(pairKey(f.charCodeAt(at), f.charCodeAt(at + 1)))!;
      re.lastIndex = at;
      if (!re.test(f)) continue;
      re.lastIndex = at;
      const hit = re.exec(f)!;
      found.push(this.termHit(hit, folded));
      starts.lastIndex = at + hit[0].length;
    }
  }

  /** Every stretch to replace, earliest first and the longest where they overlap. */
  private find(text: string): Hit[] {
    const found: Hit[] = [];
    detectInto(text, found);
    this.findTerms(text, found);
    // Where two take the same stretch: identifiers by form in their kinds' order, then terms.
    if (found.length > 1) found.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b));
    const kept: Hit[] = [];
    let at = 0;
    for (const r of found) {
      if (r.start < at) continue;
      kept.push(r);
      at = r.end;
    }
    return kept;
  }

  private replacementOf(hit: Hit): string {
    return hit.term ? this.labelFor(hit.term) : PATTERN_LABELS[hit.kind as PatternKind];
  }

  /** The text with every identifier replaced, and what was replaced where. */
  scrub(text: string): { text: string; replacements: Replacement[] } {
    const replacements = this.find(text).map((h) => ({ start: h.start, end: h.end, original: text.slice(h.start, h.end), kind: h.kind, replacement: this.replacementOf(h) }));
    let out = '';
    let last = 0;
    for (const r of replacements) {
      out += text.slice(last, r.start) + r.replacement;
      last = r.end;
    }
    return { text: out + text.slice(last), replacements };
  }

  /** Only the text with every identifier replaced: the same as `scrub(text).text`. */
  scrubText(text: string): string {
    const hits = this.find(text);
    if (hits.length === 0) return text;
    let out = '';
    let last = 0;
    for (const h of hits) {
      out += text.slice(last, h.start) + this.replacementOf(h);
      last = h.end;
    }
    return out + text.slice(last);
  }
}

const rank = (hit: Hit) => (hit.term ? 5 : KIND_ORDER[hit.kind as PatternKind]);
