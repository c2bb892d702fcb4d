// Labels without zod, so the client can show texts without loading the schema library.

/** A label: a plain text in the default language, or a map of language code to text. */
export type Label = string | Record<string, string>;

/** Text of a label in a language, falling back to the default (first) language. */
export function labelText(value: Label | undefined, language: string, defaultLanguage: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[language] ?? value[defaultLanguage] ?? Object.values(value)[0] ?? '';
}
