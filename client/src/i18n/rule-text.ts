// Problems the topic list checker finds (server/contract/topiclist.ts, topiclist-check.ts)
// in the UI language. The checker writes them in English, as the API and file uploads give
// them; the designer shows them in Dutch when the UI is Dutch. A message no pattern knows
// (a new rule, or one already in the UI language) is shown as it is.
import { getLocale, type Locale } from './locale.ts';

const WHAT: Record<string, string> = {
  language: 'taal',
  'dimension id': 'dimensie-id',
  'level id': 'niveau-id',
  'topic id in this level': 'topic-id in dit niveau',
  'item id': 'vraag-id',
  'special answer': 'speciaal antwoord',
  'option id': 'optie-id',
};
/** zod's names of kinds of value. */
const KIND: Record<string, string> = {
  array: 'een lijst',
  record: 'een map',
  object: 'een map',
  map: 'een map',
  string: 'een tekst',
  number: 'een getal',
  boolean: 'waar of onwaar',
  null: 'leeg (null)',
  undefined: 'niets',
};
const kind = (k: string) => KIND[k] ?? k;
const known = (suffix: string) => (suffix === ' (none are declared)' ? ' (er zijn er geen)' : suffix.replace(/^ \(known: /, ' (bekend: '));

type Render = (...parts: string[]) => string;

/** English pattern, Dutch text; exported for the test that runs every rule. */
export const RULE_TEXTS: [RegExp, Render][] = [
  [/^must be a text id$/, () => 'moet een tekst-id zijn'],
  [/^ids are at most 100 characters$/, () => 'een id heeft hoogstens 100 tekens'],
  [/^ids use letters, digits, "_", "-" and "\." and start with a letter or digit$/, () => 'een id bestaat uit letters, cijfers, "_", "-" en "." en begint met een letter of cijfer'],
  [/^a label is a non-empty text or a map of language code to non-empty text$/, () => 'een label is een niet-lege tekst, of per taalcode een niet-lege tekst'],
  [/^a label must not be empty$/, () => 'een label mag niet leeg zijn'],
  [/^(min|max) must be a whole number$/, (bound) => `${bound} moet een geheel getal zijn`],
  [/^allowed specials are "na" and "dk"$/, () => 'de speciale antwoorden zijn "na" en "dk"'],
  [/^type must be one of (.+)$/, (list) => `het soort vraag is een van: ${list}`],
  [/^a topic needs at least one item$/, () => 'een topic heeft minstens één vraag nodig'],
  [/^a level needs at least one topic$/, () => 'een niveau heeft minstens één topic nodig'],
  [/^id must be a text$/, () => 'de id moet een tekst zijn'],
  [/^a topic list id uses only a-z, 0-9 and "-"$/, () => 'de id van een topiclijst bestaat alleen uit a-z, 0-9 en "-"'],
  [/^a language is a code such as "nl" or "en"$/, () => 'een taal is een code zoals "nl" of "en"'],
  [/^at least one language is needed; the first is the default$/, () => 'er is minstens één taal nodig; de eerste is de standaardtaal'],
  [/^a topic list needs at least one level$/, () => 'een topiclijst heeft minstens één niveau nodig'],
  [/^language "(.*)" is not in languages \((.*)\)$/, (lang, list) => `de taal "${lang}" staat niet bij de talen (${list})`],
  [/^label has no text in the default language "(.*)"$/, (lang) => `het label heeft geen tekst in de standaardtaal "${lang}"`],
  [/^duplicate (.+?) "(.*)" \(first used at (.*)\)$/, (what, id, at) => `${WHAT[what] ?? what} "${id}" komt twee keer voor (eerst bij ${at})`],
  [/^max \((.*)\) must be greater than min \((.*)\)$/, (max, min) => `max (${max}) moet groter zijn dan min (${min})`],
  [/^a scale has at most 101 points$/, () => 'een schaal heeft hoogstens 101 punten'],
  [/^scale label key "(.*)" is not a whole number$/, (key) => `het schaalpunt "${key}" van een label is geen geheel getal`],
  [/^scale label (.*) is outside (.*)$/, (point, range) => `het label van schaalpunt ${point} valt buiten ${range}`],
  [/^a scale item needs "scale", the id of one of the scales$/, () => 'een schaalvraag heeft "scale" nodig: de id van een van de schalen'],
  [/^unknown scale "(.*)"( \(.*\))$/, (scale, rest) => `onbekende schaal "${scale}"${known(rest)}`],
  [/^only scale items take "(scale|dimension)" \(this item is (.*)\)$/, (field, type) => `alleen schaalvragen hebben "${field}" (deze vraag is ${type})`],
  [/^unknown dimension "(.*)"( \(.*\))$/, (dimension, rest) => `onbekende dimensie "${dimension}"${known(rest)}`],
  [/^a (.+) item needs at least one option in "options"$/, (type) => `een vraag van het soort ${type} heeft minstens één antwoordoptie nodig in "options"`],
  [/^only choice and multi items take "options" \(this item is (.*)\)$/, (type) => `alleen vragen van het soort choice of multi hebben "options" (deze vraag is ${type})`],
  [/^only number items take "(min|max)" \(this item is (.*)\)$/, (bound, type) => `alleen getalvragen hebben "${bound}" (deze vraag is ${type})`],
  [/^max \((.*)\) must not be below min \((.*)\)$/, (max, min) => `max (${max}) mag niet lager zijn dan min (${min})`],
  [/^unknown key "(.*)"$/, (key) => `onbekende sleutel "${key}"`],
  [/^"(.*)" is required$/, (key) => `"${key}" ontbreekt`],
  [/^a topic list is a map with id, title, languages and levels$/, () => 'een topiclijst is een map met id, title, languages en levels'],
  // zod's own, where the format names no message of its own
  [/^Invalid input: expected (\w+), received (\w+)$/, (expected, received) => `hier hoort ${kind(expected)}, maar het is ${kind(received)}`],
];

/** A checker problem in the UI language. */
export function ruleText(message: string, locale: Locale = getLocale()): string {
  if (locale !== 'nl') return message;
  for (const [pattern, render] of RULE_TEXTS) {
    const m = pattern.exec(message);
    if (m) return render(...m.slice(1));
  }
  return message;
}
