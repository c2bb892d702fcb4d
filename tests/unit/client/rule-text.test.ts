// Every problem the topic list checker can report reads in Dutch in a Dutch designer.
import { describe, expect, it } from 'vitest';
import { RULE_TEXTS, ruleText } from '../../../client/src/i18n/rule-text.ts';
import { checkTopicListDoc } from '../../../server/contract/topiclist-check.ts';
import { miniObject } from '../../helpers/topiclist-fixtures.ts';

type Doc = Record<string, any>;
const items = (d: Doc): Doc[] => d.levels[0].topics[0].items;
const item = (d: Doc, i: number): Doc => d.levels[0].topics[0].items[i];

// Each breaks the mini topic list in one or a few ways; together they reach every rule.
const broken: ((d: Doc) => void)[] = [
  (d) => (d.id = 'Mini List'),
  (d) => (d.id = 7),
  (d) => delete d.title,
  (d) => (d.languages = []),
  (d) => (d.languages = ['nl', 'nl', 'english!']),
  (d) => (d.title = { nl: 'Titel', de: 'Titel' }),
  (d) => (d.title = { en: 'Title' }),
  (d) => (d.title = ''),
  (d) => (d.title = 5),
  (d) => (d.levels[0].label = { nl: ' ', en: 'Chain' }),
  (d) => (d.levels = []),
  (d) => (d.levels[0].topics = []),
  (d) => (d.levels[0].topics[0].items = []),
  (d) => (d.levels[0].id = 'x'.repeat(101)),
  (d) => (d.levels[0].id = '-chain'),
  (d) => (d.levels[0].id = 12),
  (d) => d.levels.push({ ...d.levels[0], topics: [{ ...d.levels[0].topics[0], items: [{ id: 'other', type: 'open', prompt: 'x' }] }] }),
  (d) => d.levels[0].topics.push({ ...d.levels[0].topics[0], items: [{ id: 'other', type: 'open', prompt: 'x' }] }),
  (d) => items(d).push({ ...item(d, 0) }),
  (d) => d.dimensions.push({ ...d.dimensions[0] }),
  (d) => (d.scales.satisfaction = { min: 5, max: 1 }),
  (d) => (d.scales.satisfaction = { min: 0, max: 200 }),
  (d) => (d.scales.satisfaction = { min: 1.5, max: 'five' }),
  (d) => (d.scales.satisfaction.allow = ['na', 'na', 'maybe']),
  (d) => (d.scales.satisfaction.labels = { x: 'x', 9: 'negen' }),
  (d) => delete item(d, 1).scale,
  (d) => (item(d, 1).scale = 'agreement'),
  (d) => (item(d, 1).dimension = 'speed'),
  (d) => ((d.dimensions = []), (item(d, 1).dimension = 'speed'), (item(d, 1).scale = 'none'), (d.scales = {})),
  (d) => Object.assign(item(d, 0), { scale: 'satisfaction', dimension: 'trust', options: [{ id: 'a', label: 'A' }], min: 1 }),
  (d) => items(d).push({ id: 'pick', type: 'choice', prompt: 'Kies' }, { id: 'many', type: 'multi', prompt: 'Kies', options: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }),
  (d) => items(d).push({ id: 'count', type: 'number', prompt: 'Hoeveel?', min: 10, max: 2 }),
  (d) => items(d).push({ id: 'odd', type: 'colour', prompt: 'Welke?' }),
  (d) => (item(d, 0).colour = 'red'),
  (d) => delete item(d, 0).prompt,
  (d) => (d.levels[0].topics = 5),
  (d) => (d.scales = []),
  (d) => (items(d)[0] = 'item' as never),
  (d) => (item(d, 1).min = 'x'),
  (d) => (item(d, 0).probes = 'x'),
];

function messages(): string[] {
  const all = new Set<string>();
  for (const breakIt of broken) {
    const doc = miniObject();
    breakIt(doc);
    const result = checkTopicListDoc(doc);
    expect(result.ok, `${breakIt}`).toBe(false);
    for (const issue of result.issues) all.add(issue.message);
  }
  const top = checkTopicListDoc('not a map');
  for (const issue of top.issues) all.add(issue.message);
  return [...all];
}

describe('topic list problems in the UI language', () => {
  const found = messages();

  it('renders every problem the checker reports in Dutch, and leaves English as it is', () => {
    const untranslated = found.filter((m) => ruleText(m, 'nl') === m);
    expect(untranslated).toEqual([]);
    for (const m of found) expect(ruleText(m, 'en')).toBe(m);
  });

  it('reaches every pattern, so none has drifted from the checker’s wording', () => {
    const unused = RULE_TEXTS.filter(([pattern]) => !found.some((m) => pattern.test(m))).map(([pattern]) => String(pattern));
    expect(unused).toEqual([]);
  });

  it('keeps names and numbers and translates what is around them', () => {
    expect(ruleText('duplicate item id "chain-trust" (first used at levels[0].topics[0].items[1].id)', 'nl')).toBe(
      'vraag-id "chain-trust" komt twee keer voor (eerst bij levels[0].topics[0].items[1].id)',
    );
    expect(ruleText('unknown dimension "speed" (known: trust, clarity)', 'nl')).toBe('onbekende dimensie "speed" (bekend: trust, clarity)');
    expect(ruleText('unknown scale "none" (none are declared)', 'nl')).toBe('onbekende schaal "none" (er zijn er geen)');
    expect(ruleText('Invalid input: expected array, received string', 'nl')).toBe('hier hoort een lijst, maar het is een tekst');
    expect(ruleText('Vul een id in.', 'nl')).toBe('Vul een id in.');
  });
});
