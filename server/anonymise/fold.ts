// Case- and diacritic-insensitive matching needs a folded copy of the text that still
// knows where each folded character came from, so replacements land on the original.

export interface Folded {
  text: string;
  /** The index in the original string of index `i` of `text` (`i` may be text.length). */
  at(i: number): number;
}

const ASCII = /^[\x00-\x7f]*$/;
const identity = (i: number) => i;

/** Lower case without diacritics: "Müller" -> "muller"; curly apostrophes made straight. */
export function fold(original: string): Folded {
  // Most text is plain ASCII: folding is lower-casing and every index stays where it was.
  if (ASCII.test(original)) return { text: original.toLowerCase(), at: identity };
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of original) {
    const folded = ch
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\u2019\u2018\u02bc]/g, "'");
    text += folded;
    // One entry per UTF-16 unit, as regular expressions count them.
    for (let j = 0; j < folded.length; j++) origin.push(i);
    i += ch.length;
  }
  origin.push(i);
  return { text, at: (k) => origin[k]! };
}

export function foldText(s: string): string {
  return fold(s).text;
}
