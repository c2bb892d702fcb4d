// Case- and diacritic-insensitive matching needs a folded copy of the text that still
// knows where each folded character came from, so replacements land on the original.

/** Lower case without diacritics: "Müller" -> "muller", "Ĳssel" -> "ijssel". */
export function foldText(s: string): string {
  return fold(s).text;
}

export interface Folded {
  text: string;
  /** For each index of `text`, the index in the original string. */
  origin: number[];
}

export function fold(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of original) {
    const folded = ch
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Curly apostrophes count as straight ones ("Jan’s").
      .replace(/[\u2019\u2018\u02bc]/g, "'");
    text += folded;
    // One entry per UTF-16 unit, as regular expressions count them.
    for (let j = 0; j < folded.length; j++) origin.push(i);
    i += ch.length;
  }
  origin.push(i);
  return { text, origin };
}
