// Case- and diacritic-insensitive matching needs a folded copy of the text that still
// knows where each folded character came from, so replacements land on the original.

export interface Folded {
  text: string;
  /** The index in the original string of index `i` of `text` (`i` may be text.length). */
  at(i: number): number;
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII = /[^\x00-\x7f]/g;
const identity = (i: number) => i;

// Each character folds on its own, so its folding is worked out once and remembered; the
// cache is bounded by the characters that occur, capped against unusual input.
const folds = new Map<string, string>();
const MAX_CACHED = 65_536;

function foldChar(ch: string): string {
  let folded = folds.get(ch);
  if (folded === undefined) {
    folded = ch
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2019\u2018\u02bc]/g, "'");
    if (folds.size < MAX_CACHED) folds.set(ch, folded);
  }
  return folded;
}

/** Lower case without diacritics: "Müller" -> "muller"; curly apostrophes made straight. */
export function fold(original: string): Folded {
  // Most text is plain ASCII: folding is lower-casing and every index stays where it was.
  if (ASCII.test(original)) return { text: original.toLowerCase(), at: identity };
  let text = '';
  // One entry per UTF-16 unit, as regular expressions count them; needed only once a
  // character folds to more or fewer units than it had (or is outside the BMP).
  let origin: number[] | null = null;
  let from = 0;
  NOT_ASCII.lastIndex = 0;
  for (let m = NOT_ASCII.exec(original); m; m = NOT_ASCII.exec(original)) {
    const at = m.index;
    // The plain stretch before it folds by lower-casing, index for index.
    if (at > from) {
      text += original.slice(from, at).toLowerCase();
      if (origin) for (let k = from; k < at; k++) origin.push(k);
    }
    const ch = original.codePointAt(at)! > 0xffff ? original.slice(at, at + 2) : original[at]!;
    const folded = foldChar(ch);
    if (!origin && (ch.length !== 1 || folded.length !== 1)) {
      origin = [];
      for (let k = 0; k < at; k++) origin.push(k);
    }
    text += folded;
    if (origin) for (let j = 0; j < folded.length; j++) origin.push(at);
    from = at + ch.length;
    NOT_ASCII.lastIndex = from;
  }
  text += original.slice(from).toLowerCase();
  if (!origin) return { text, at: identity };
  for (let k = from; k <= original.length; k++) origin.push(k);
  const index = origin;
  return { text, at: (k) => index[k]! };
}

export function foldText(s: string): string {
  return fold(s).text;
}
