// The designer's editing operations: pure functions on a topic list, checked against the
// contract (every operation on a valid list that should keep it valid does).
import { describe, expect, it } from 'vitest';
import * as ops from '../../../client/src/designer/doc-ops.ts';
import { issuesLeft, issuesUnder, isUnder } from '../../../client/src/designer/issues.ts';
import { checkTopicListDoc } from '../../../server/contract/topiclist-check.ts';
import { formatPath, ITEM_TYPES, LANGUAGE, SPECIAL_ANSWERS, type TopicList } from '../../../server/contract/topiclist.ts';

const base = (): TopicList => ({
  id: 'pilot',
  title: { nl: 'Pilot', en: 'Pilot' },
  languages: ['nl', 'en'],
  scales: { satisfaction: { min: 1, max: 5, labels: { 1: { nl: 'Slecht', en: 'Bad' } }, allow: ['na'] } },
  dimensions: [
    { id: 'trust', label: { nl: 'Vertrouwen', en: 'Trust' } },
    { id: 'speed', label: { nl: 'Snelheid', en: 'Speed' } },
  ],
  levels: [
    {
      id: 'individual',
      label: { nl: 'Individueel', en: 'Individual' },
      topics: [
        {
          id: 'decisiveness',
          label: 'Daadkracht',
          items: [
            { id: 'open-1', type: 'open', prompt: { nl: 'Vertel', en: 'Tell' } },
            { id: 'rating', type: 'scale', scale: 'satisfaction', dimension: 'trust', prompt: { nl: 'Hoe?', en: 'How?' } },
          ],
        },
        { id: 'focus', label: { nl: 'Focus', en: 'Focus' }, items: [{ id: 'pick', type: 'choice', prompt: 'Kies', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] }] },
      ],
    },
  ],
});

const frozen = () => deepFreeze(base());
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
const valid = (doc: TopicList) => checkTopicListDoc(doc).issues;
const item = (l: number, t: number, i: number) => ({ kind: 'item' as const, level: l, topic: t, item: i });

describe('designer document operations', () => {
  it('keeps its copies of the contract values equal to the contract', () => {
    expect(ops.ITEM_TYPES).toEqual(ITEM_TYPES);
    expect(ops.SPECIALS).toEqual(SPECIAL_ANSWERS);
    expect(ops.LANGUAGE_CODE.source).toBe(LANGUAGE.source);
    for (const path of [[], ['levels', 0, 'topics', 1, 'items', 2, 'prompt'], ['scales', 'x', 'labels', '3']]) {
      expect(ops.formatPath(path)).toBe(formatPath(path));
    }
    expect(valid(base())).toEqual([]);
  });

  it('slugifies labels into ids, accents and long texts included', () => {
    expect(ops.slugify('Één keer, overleg!')).toBe('een-keer-overleg');
    expect(ops.slugify('  Straße & Ærø  ')).toBe('strasse-aero');
    expect(ops.slugify('???')).toBe('');
    const long = ops.slugify('Hoe tevreden bent u over de samenwerking met de politie in uw regio?');
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toBe('hoe-tevreden-bent-u-over-de-samenwerking');
  });

  it('proposes unique ids, numbered when the label gives none', () => {
    expect(ops.uniqueId('focus', ['focus', 'focus-2'])).toBe('focus-3');
    expect(ops.proposeId('Focus', 'topic', [])).toBe('focus');
    expect(ops.proposeId('', 'item', ['item-1'])).toBe('item-2');
    const doc = frozen();
    expect(ops.takenIds(doc, item(0, 1, 0))).toEqual(['open-1', 'rating']);
    expect(ops.takenIds(doc, { kind: 'topic', level: 0, topic: 0 })).toEqual(['focus']);
    expect(ops.proposedId(doc, { kind: 'topic', level: 0, topic: 1 })).toBe('focus');
  });

  it('sets a label text per language; a plain text becomes a map, an empty text removes the language', () => {
    expect(ops.setLabelText('Daadkracht', 'en', 'Decisiveness', ['nl', 'en'])).toEqual({ nl: 'Daadkracht', en: 'Decisiveness' });
    expect(ops.setLabelText({ en: 'B' }, 'nl', 'A', ['nl', 'en'])).toEqual({ nl: 'A', en: 'B' });
    expect(ops.setLabelText({ nl: 'A', en: 'B' }, 'en', '', ['nl', 'en'])).toEqual({ nl: 'A' });
    expect(ops.setLabelText('x', '', 'y', [])).toBe('y');
    expect(ops.missingTranslations({ nl: 'A' }, ['nl', 'en', 'de'])).toEqual(['en', 'de']);
    expect(ops.missingTranslations('Daadkracht', ['nl', 'en'])).toEqual(['en']);

    const doc = frozen();
    const topic = { kind: 'topic' as const, level: 0, topic: 0 };
    const next = ops.setLabelAt(doc, topic, 'label', 'en', 'Decisiveness');
    expect(next.levels[0]!.topics[0]!.label).toEqual({ nl: 'Daadkracht', en: 'Decisiveness' });
    expect(next.levels[0]!.topics[1]).toBe(doc.levels[0]!.topics[1]);
    const hinted = ops.setLabelAt(doc, item(0, 0, 0), 'hint', 'nl', 'Rustig');
    expect(ops.setLabelAt(hinted, item(0, 0, 0), 'hint', 'nl', '', true).levels[0]!.topics[0]!.items[0]).not.toHaveProperty('hint');
  });

  it('adds, reorders and removes languages, keeping plain texts in the language they were in', () => {
    const doc = frozen();
    expect(ops.addLanguage(doc, 'de').languages).toEqual(['nl', 'en', 'de']);
    expect(ops.addLanguage(doc, 'en')).toBe(doc);
    const swapped = ops.moveLanguage(doc, 1, 0);
    expect(swapped.languages).toEqual(['en', 'nl']);
    expect(swapped.levels[0]!.topics[0]!.label).toEqual({ nl: 'Daadkracht' });
    const removed = ops.removeLanguage(doc, 'en');
    expect(removed.languages).toEqual(['nl']);
    expect(removed.title).toEqual({ nl: 'Pilot' });
    expect(removed.scales!.satisfaction!.labels).toEqual({ 1: { nl: 'Slecht' } });
    expect(valid(removed)).toEqual([]);
    expect(ops.countTexts(doc, 'en')).toBe(8);
    expect(ops.countTexts(doc, 'nl')).toBe(12);
  });

  it('inserts levels, topics and items with proposed ids', () => {
    const doc = frozen();
    const level = ops.addLevel(doc);
    expect(level.ref).toEqual({ kind: 'level', level: 1 });
    expect(level.doc.levels[1]).toEqual({ id: 'level-1', label: {}, topics: [] });
    const topic = ops.addTopic(level.doc, 1);
    expect(topic.ref).toEqual({ kind: 'topic', level: 1, topic: 0 });
    const scaleItem = ops.addItem(topic.doc, 1, 0, 'scale');
    expect(ops.getAt(scaleItem.doc, scaleItem.ref)).toEqual({ id: 'item-1', type: 'scale', prompt: {}, scale: 'satisfaction' });
    const choice = ops.addItem(scaleItem.doc, 1, 0, 'choice', 0);
    expect(choice.ref.item).toBe(0);
    expect(ops.getAt(choice.doc, choice.ref)).toMatchObject({ id: 'item-2', options: [{ id: 'option-1' }, { id: 'option-2' }] });
    expect(ops.addTopic(doc, 7).doc).toBe(doc);
    const option = ops.addOption(doc, item(0, 1, 0));
    expect(option.ref.option).toBe(2);
    expect(ops.getAt(option.doc, option.ref)).toEqual({ id: 'option-1', label: {} });
  });

  it('removes elements; a removed dimension leaves the items that used it', () => {
    const doc = frozen();
    expect(ops.removeAt(doc, item(0, 0, 0)).levels[0]!.topics[0]!.items.map((i) => i.id)).toEqual(['rating']);
    const noTrust = ops.removeAt(doc, { kind: 'dimension', dimension: 0 });
    expect(noTrust.dimensions!.map((d) => d.id)).toEqual(['speed']);
    expect(noTrust.levels[0]!.topics[0]!.items[1]).not.toHaveProperty('dimension');
    expect(valid(noTrust)).toEqual([]);
    const noScale = ops.removeAt(doc, { kind: 'scale', scale: 'satisfaction' });
    expect(noScale).not.toHaveProperty('scales');
    expect(valid(noScale).map((i) => i.path)).toEqual(['levels[0].topics[0].items[1].scale']);
  });

  it('moves elements among their siblings and items to other topics', () => {
    const doc = frozen();
    const moved = ops.moveAt(doc, item(0, 0, 0), 1);
    expect(moved.ref).toEqual(item(0, 0, 1));
    expect(moved.doc.levels[0]!.topics[0]!.items.map((i) => i.id)).toEqual(['rating', 'open-1']);
    expect(ops.moveAt(doc, item(0, 0, 1), 9).doc).toBe(doc);
    const topics = ops.moveAt(doc, { kind: 'topic', level: 0, topic: 1 }, 0).doc.levels[0]!.topics.map((t) => t.id);
    expect(topics).toEqual(['focus', 'decisiveness']);
    const dims = ops.moveAt(doc, { kind: 'dimension', dimension: 1 }, 0).doc.dimensions!.map((d) => d.id);
    expect(dims).toEqual(['speed', 'trust']);
    const across = ops.moveItemToTopic(doc, item(0, 0, 1), 0, 1);
    expect(across.ref).toEqual(item(0, 1, 1));
    expect(across.doc.levels[0]!.topics.map((t) => t.items.map((i) => i.id))).toEqual([['open-1'], ['pick', 'rating']]);
    expect(ops.moveIndex(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });

  it('duplicates with new ids: item ids stay unique in the whole list', () => {
    const doc = frozen();
    const copy = ops.duplicateAt(doc, item(0, 0, 0));
    expect(copy.ref).toEqual(item(0, 0, 1));
    expect(copy.doc.levels[0]!.topics[0]!.items.map((i) => i.id)).toEqual(['open-1', 'open-2', 'rating']);
    const topic = ops.duplicateAt(doc, { kind: 'topic', level: 0, topic: 0 });
    expect(topic.doc.levels[0]!.topics.map((t) => t.id)).toEqual(['decisiveness', 'decisiveness-2', 'focus']);
    expect(topic.doc.levels[0]!.topics[1]!.items.map((i) => i.id)).toEqual(['open-2', 'rating-2']);
    const level = ops.duplicateAt(doc, { kind: 'level', level: 0 });
    expect(valid(level.doc)).toEqual([]);
    expect(level.doc.levels[0]).toBe(doc.levels[0]);
  });

  it('retypes items: keys of the old type go, defaults of the new type come', () => {
    const doc = frozen();
    const open = ops.setItemType(doc, item(0, 0, 1), 'open');
    expect(open.levels[0]!.topics[0]!.items[1]).toEqual({ id: 'rating', type: 'open', prompt: { nl: 'Hoe?', en: 'How?' } });
    const back = ops.setItemType(open, item(0, 0, 1), 'scale');
    expect(back.levels[0]!.topics[0]!.items[1]).toMatchObject({ type: 'scale', scale: 'satisfaction' });
    const multi = ops.setItemType(doc, item(0, 1, 0), 'multi');
    expect(multi.levels[0]!.topics[1]!.items[0]!.options).toBe(doc.levels[0]!.topics[1]!.items[0]!.options);
    const number = ops.setItemType(ops.setField(doc, item(0, 0, 0), 'min', 0), item(0, 0, 0), 'number');
    expect(number.levels[0]!.topics[0]!.items[0]).toMatchObject({ type: 'number', min: 0 });
    for (const type of ops.ITEM_TYPES) expect(valid(ops.setItemType(doc, item(0, 0, 1), type)).filter((i) => !i.path.includes('options'))).toEqual([]);
  });

  it('renames scales and dimensions along with the items that use them', () => {
    const doc = frozen();
    const scale = ops.setId(doc, { kind: 'scale', scale: 'satisfaction' }, 'likert');
    expect(Object.keys(scale.scales!)).toEqual(['likert']);
    expect(scale.levels[0]!.topics[0]!.items[1]!.scale).toBe('likert');
    expect(ops.renameScale(doc, 'satisfaction', '')).toBe(doc);
    const dim = ops.setId(doc, { kind: 'dimension', dimension: 0 }, 'confidence');
    expect(dim.levels[0]!.topics[0]!.items[1]!.dimension).toBe('confidence');
    const clash = ops.setId(doc, { kind: 'dimension', dimension: 0 }, 'speed');
    expect(clash.levels[0]!.topics[0]!.items[1]!.dimension).toBe('trust');
  });

  it('edits scales: point labels, specials, a new scale', () => {
    const doc = frozen();
    const labelled = ops.setScalePointLabel(doc, 'satisfaction', 5, 'nl', 'Goed');
    expect(labelled.scales!.satisfaction!.labels).toEqual({ 1: { nl: 'Slecht', en: 'Bad' }, 5: { nl: 'Goed' } });
    let cleared = ops.setScalePointLabel(doc, 'satisfaction', 1, 'nl', '');
    cleared = ops.setScalePointLabel(cleared, 'satisfaction', 1, 'en', '');
    expect(cleared.scales!.satisfaction).not.toHaveProperty('labels');
    expect(ops.setSpecial(doc, 'satisfaction', 'dk', true).scales!.satisfaction!.allow).toEqual(['na', 'dk']);
    expect(ops.setSpecial(doc, 'satisfaction', 'na', false).scales!.satisfaction).not.toHaveProperty('allow');
    const added = ops.addScale(doc);
    expect(added.ref).toEqual({ kind: 'scale', scale: 'scale-1' });
    expect(added.doc.scales!['scale-1']).toEqual({ min: 1, max: 5 });
  });

  it('names elements by scope for remembering new ones, and knows which hold work', () => {
    const doc = frozen();
    expect(ops.identity(doc, { kind: 'topic', level: 0, topic: 1 })).toBe('topic@individual#focus');
    expect(ops.identity(doc, item(0, 0, 1))).toBe('item#rating');
    expect(ops.hasContent(doc, { kind: 'level', level: 0 })).toBe(true);
    expect(ops.hasContent(ops.addLevel(doc).doc, { kind: 'level', level: 1 })).toBe(false);
    expect(ops.hasContent(doc, { kind: 'scale', scale: 'satisfaction' })).toBe(true);
    expect(ops.usage(doc, 'dimension', 'trust')).toBe(1);
  });

  it('probes: add, edit, remove', () => {
    const doc = frozen();
    let next = ops.addProbe(doc, item(0, 0, 0));
    next = ops.setLabelAt(next, item(0, 0, 0), ['probes', 0], 'nl', 'Waarom?');
    expect(next.levels[0]!.topics[0]!.items[0]!.probes).toEqual([{ nl: 'Waarom?' }]);
    expect(ops.removeProbe(next, item(0, 0, 0), 0).levels[0]!.topics[0]!.items[0]).not.toHaveProperty('probes');
  });
});

describe('designer problem placement', () => {
  const issues = [
    { path: 'levels[0].label', message: 'a' },
    { path: 'levels[0].topics[1].items[0].prompt.en', message: 'b' },
    { path: 'levels[0].topics', message: 'c' },
    { path: 'levels[10].id', message: 'd' },
  ];

  it('finds the problems under a path, and those no inner field takes', () => {
    expect(isUnder('levels[0].topics[1]', 'levels[0]')).toBe(true);
    expect(isUnder('levels[10]', 'levels[1]')).toBe(false);
    expect(issuesUnder(issues, 'levels[0]').map((i) => i.message)).toEqual(['a', 'b', 'c']);
    expect(issuesLeft(issues, 'levels[0]', ['levels[0].label', 'levels[0].topics[0]', 'levels[0].topics[1]']).map((i) => i.message)).toEqual(['c']);
  });
});
