import { describe, expect, it } from 'vitest';
import type { Item, Topic, TopicList } from '../../server/contract/topiclist.ts';
import { breakingChanges, diffTopicLists, type TopicListChange } from '../../server/contract/topiclist-diff.ts';
import { parseTopicList } from '../../server/topiclist/parse.ts';
import { studyYaml } from '../helpers/topiclist-fixtures.ts';

// Two levels that both have a topic "satisfaction" (topic ids are unique per level only).
const base = (): TopicList => ({
  id: 'diff-test',
  title: { nl: 'Vergelijken', en: 'Comparing' },
  languages: ['nl', 'en'],
  scales: {
    sat: { min: 1, max: 5, labels: { 1: 'Slecht', 5: 'Goed' }, allow: ['na'] },
    extent: { min: 1, max: 4 },
  },
  dimensions: [
    { id: 'trust', label: 'Vertrouwen' },
    { id: 'clarity', label: 'Duidelijkheid' },
  ],
  levels: [
    {
      id: 'individual',
      label: 'Individueel',
      topics: [
        {
          id: 'intro',
          label: 'Inleiding',
          items: [
            { id: 'open-a', type: 'open', prompt: 'Vertel', hint: 'Kort', probes: ['Waarom?'] },
            { id: 'trust-i', type: 'scale', scale: 'sat', dimension: 'trust', prompt: 'Tevreden?' },
            { id: 'count', type: 'number', prompt: 'Hoeveel?', min: 0, max: 10 },
          ],
        },
        { id: 'satisfaction', label: 'Tevredenheid', items: [{ id: 'clarity-i', type: 'scale', scale: 'sat', dimension: 'clarity', prompt: 'Duidelijk?' }] },
      ],
    },
    {
      id: 'chain',
      label: 'Keten',
      topics: [
        {
          id: 'focus',
          label: 'Focus',
          items: [
            {
              id: 'focus-choice',
              type: 'choice',
              prompt: 'Focus?',
              options: [
                { id: 'offender', label: 'Dader' },
                { id: 'victim', label: 'Slachtoffer' },
                { id: 'both', label: 'Beide' },
              ],
            },
            { id: 'extent-c', type: 'scale', scale: 'extent', prompt: 'Mate?' },
          ],
        },
        { id: 'satisfaction', label: 'Tevredenheid', items: [{ id: 'trust-c', type: 'scale', scale: 'sat', dimension: 'trust', prompt: 'Tevreden keten?' }] },
      ],
    },
  ],
});

const edit = (change: (list: TopicList) => void): TopicList => {
  const list = base();
  change(list);
  return list;
};
const level = (list: TopicList, id: string) => list.levels.find((l) => l.id === id)!;
const topic = (list: TopicList, levelId: string, id: string): Topic => level(list, levelId).topics.find((t) => t.id === id)!;
const item = (list: TopicList, id: string): Item => list.levels.flatMap((l) => l.topics.flatMap((t) => t.items)).find((i) => i.id === id)!;
const original = (id: string) => item(base(), id);
const I = (levelId: string, topicId: string, itemId: string) => ({ levelId, topicId, itemId });

const cases: [string, TopicList, TopicListChange[]][] = [
  ['a new title', edit((l) => (l.title = { nl: 'Vergelijking', en: 'Comparing' })), [{ kind: 'title.changed', breaking: false, from: { nl: 'Vergelijken', en: 'Comparing' }, to: { nl: 'Vergelijking', en: 'Comparing' } }]],
  ['a description added', edit((l) => (l.description = 'Over versies')), [{ kind: 'description.changed', breaking: false, to: 'Over versies' }]],
  ['fewer languages', edit((l) => (l.languages = ['nl'])), [{ kind: 'languages.changed', breaking: false, from: ['nl', 'en'], to: ['nl'] }]],
  [
    'an item added',
    edit((l) => topic(l, 'individual', 'intro').items.push({ id: 'open-b', type: 'open', prompt: 'Nog iets?' })),
    [{ kind: 'item.added', breaking: false, ...I('individual', 'intro', 'open-b'), to: { id: 'open-b', type: 'open', prompt: 'Nog iets?' } }],
  ],
  [
    'an item removed',
    edit((l) => topic(l, 'individual', 'intro').items.splice(2, 1)),
    [{ kind: 'item.removed', breaking: true, ...I('individual', 'intro', 'count'), from: original('count') }],
  ],
  [
    'an item moved to a topic of another level',
    edit((l) => topic(l, 'chain', 'focus').items.push(...topic(l, 'individual', 'intro').items.splice(0, 1))),
    [
      {
        kind: 'item.moved',
        breaking: false,
        ...I('chain', 'focus', 'open-a'),
        from: { levelId: 'individual', topicId: 'intro', index: 0 },
        to: { levelId: 'chain', topicId: 'focus', index: 2 },
      },
    ],
  ],
  [
    'two items swapped: one counts as moved',
    edit((l) => {
      const [open, trust, count] = topic(l, 'individual', 'intro').items;
      topic(l, 'individual', 'intro').items = [trust!, open!, count!];
    }),
    [
      {
        kind: 'item.moved',
        breaking: false,
        ...I('individual', 'intro', 'open-a'),
        from: { levelId: 'individual', topicId: 'intro', index: 0 },
        to: { levelId: 'individual', topicId: 'intro', index: 1 },
      },
    ],
  ],
  [
    'an item relabelled: prompt, hint and probes',
    edit((l) => {
      const open = item(l, 'open-a');
      open.prompt = { nl: 'Vertel eens', en: 'Tell me' };
      delete open.hint;
      open.probes = ['Waarom?', 'Hoe?'];
    }),
    [{ kind: 'item.relabelled', breaking: false, ...I('individual', 'intro', 'open-a'), from: { prompt: 'Vertel', hint: 'Kort', probes: ['Waarom?'] }, to: { prompt: { nl: 'Vertel eens', en: 'Tell me' }, probes: ['Waarom?', 'Hoe?'] } }],
  ],
  [
    'an item retyped (its bounds go with the old type)',
    edit((l) => {
      const count = item(l, 'count');
      count.type = 'open';
      delete count.min;
      delete count.max;
    }),
    [{ kind: 'item.retyped', breaking: true, ...I('individual', 'intro', 'count'), from: 'number', to: 'open' }],
  ],
  ['an item on another scale', edit((l) => (item(l, 'trust-i').scale = 'extent')), [{ kind: 'item.scale_changed', breaking: true, ...I('individual', 'intro', 'trust-i'), from: 'sat', to: 'extent' }]],
  [
    'an item in another dimension',
    edit((l) => (item(l, 'clarity-i').dimension = 'trust')),
    [{ kind: 'item.dimension_changed', breaking: true, ...I('individual', 'satisfaction', 'clarity-i'), from: 'clarity', to: 'trust' }],
  ],
  [
    'options removed, relabelled and added',
    edit((l) => {
      item(l, 'focus-choice').options = [
        { id: 'offender', label: 'Dader' },
        { id: 'victim', label: 'Slachtoffer of gezin' },
        { id: 'neither', label: 'Geen van beide' },
      ];
    }),
    [
      { kind: 'option.removed', breaking: true, ...I('chain', 'focus', 'focus-choice'), optionId: 'both', from: { id: 'both', label: 'Beide' } },
      { kind: 'option.relabelled', breaking: false, ...I('chain', 'focus', 'focus-choice'), optionId: 'victim', from: 'Slachtoffer', to: 'Slachtoffer of gezin' },
      { kind: 'option.added', breaking: false, ...I('chain', 'focus', 'focus-choice'), optionId: 'neither', to: { id: 'neither', label: 'Geen van beide' } },
    ],
  ],
  [
    'options reordered',
    edit((l) => item(l, 'focus-choice').options!.unshift(...item(l, 'focus-choice').options!.splice(2, 1))),
    [{ kind: 'option.moved', breaking: false, ...I('chain', 'focus', 'focus-choice'), optionId: 'both', from: { index: 2 }, to: { index: 0 } }],
  ],
  ['number bounds', edit((l) => (item(l, 'count').max = 20)), [{ kind: 'item.bounds_changed', breaking: false, ...I('individual', 'intro', 'count'), from: { min: 0, max: 10 }, to: { min: 0, max: 20 } }]],
  [
    'the range of a scale items use',
    edit((l) => (l.scales!.sat!.max = 7)),
    [{ kind: 'scale.range_changed', breaking: true, scaleId: 'sat', from: { min: 1, max: 5 }, to: { min: 1, max: 7 } }],
  ],
  [
    'the range of a scale no item keeps using',
    edit((l) => {
      l.scales!.extent!.max = 5;
      const extent = item(l, 'extent-c');
      extent.type = 'open';
      delete extent.scale;
    }),
    [
      { kind: 'scale.range_changed', breaking: false, scaleId: 'extent', from: { min: 1, max: 4 }, to: { min: 1, max: 5 } },
      { kind: 'item.retyped', breaking: true, ...I('chain', 'focus', 'extent-c'), from: 'scale', to: 'open' },
    ],
  ],
  ['special answers allowed', edit((l) => (l.scales!.sat!.allow = ['na', 'dk'])), [{ kind: 'scale.specials_changed', breaking: true, scaleId: 'sat', from: ['na'], to: ['na', 'dk'] }]],
  [
    'scale point labels',
    edit((l) => (l.scales!.sat!.labels = { 1: 'Slecht', 5: 'Zeer goed' })),
    [{ kind: 'scale.relabelled', breaking: false, scaleId: 'sat', from: { labels: { 1: 'Slecht', 5: 'Goed' } }, to: { labels: { 1: 'Slecht', 5: 'Zeer goed' } } }],
  ],
  ['a scale added', edit((l) => (l.scales!.yesno = { min: 0, max: 1 })), [{ kind: 'scale.added', breaking: false, scaleId: 'yesno', to: { min: 0, max: 1 } }]],
  [
    'a scale removed, its item on another one',
    edit((l) => {
      delete l.scales!.extent;
      item(l, 'extent-c').scale = 'sat';
    }),
    [
      { kind: 'scale.removed', breaking: false, scaleId: 'extent', from: { min: 1, max: 4 } },
      { kind: 'item.scale_changed', breaking: true, ...I('chain', 'focus', 'extent-c'), from: 'extent', to: 'sat' },
    ],
  ],
  [
    'a dimension removed, its item out of the matrix',
    edit((l) => {
      l.dimensions!.splice(1, 1);
      delete item(l, 'clarity-i').dimension;
    }),
    [
      { kind: 'dimension.removed', breaking: true, dimensionId: 'clarity', from: { id: 'clarity', label: 'Duidelijkheid' } },
      { kind: 'item.dimension_changed', breaking: true, ...I('individual', 'satisfaction', 'clarity-i'), from: 'clarity' },
    ],
  ],
  [
    'dimensions added, relabelled and reordered',
    edit((l) => {
      l.dimensions = [
        { id: 'clarity', label: 'Duidelijkheid' },
        { id: 'trust', label: { nl: 'Vertrouwen', en: 'Trust' } },
        { id: 'agreements', label: 'Afspraken' },
      ];
    }),
    [
      // Of two swapped, the first counts as moved.
      { kind: 'dimension.moved', breaking: false, dimensionId: 'trust', from: { index: 0 }, to: { index: 1 } },
      { kind: 'dimension.relabelled', breaking: false, dimensionId: 'trust', from: { label: 'Vertrouwen' }, to: { label: { nl: 'Vertrouwen', en: 'Trust' } } },
      { kind: 'dimension.added', breaking: false, dimensionId: 'agreements', to: { id: 'agreements', label: 'Afspraken' } },
    ],
  ],
  [
    'a level added in between: nothing else moves',
    edit((l) => l.levels.splice(1, 0, { id: 'organisation', label: 'Organisatie', topics: [{ id: 'powers', label: 'Bevoegdheden', items: [{ id: 'powers-open', type: 'open', prompt: 'Wie mag wat?' }] }] })),
    [
      { kind: 'level.added', breaking: false, levelId: 'organisation', to: { id: 'organisation', label: 'Organisatie' } },
      { kind: 'topic.added', breaking: false, levelId: 'organisation', topicId: 'powers', to: { id: 'powers', label: 'Bevoegdheden' } },
      { kind: 'item.added', breaking: false, ...I('organisation', 'powers', 'powers-open'), to: { id: 'powers-open', type: 'open', prompt: 'Wie mag wat?' } },
    ],
  ],
  [
    'a level removed with its topics and items',
    edit((l) => l.levels.pop()),
    [
      { kind: 'level.removed', breaking: true, levelId: 'chain', from: { id: 'chain', label: 'Keten' } },
      { kind: 'topic.removed', breaking: false, levelId: 'chain', topicId: 'focus', from: { id: 'focus', label: 'Focus' } },
      { kind: 'topic.removed', breaking: false, levelId: 'chain', topicId: 'satisfaction', from: { id: 'satisfaction', label: 'Tevredenheid' } },
      { kind: 'item.removed', breaking: true, ...I('chain', 'focus', 'focus-choice'), from: original('focus-choice') },
      { kind: 'item.removed', breaking: true, ...I('chain', 'focus', 'extent-c'), from: original('extent-c') },
      { kind: 'item.removed', breaking: true, ...I('chain', 'satisfaction', 'trust-c'), from: original('trust-c') },
    ],
  ],
  [
    'levels swapped and one relabelled',
    edit((l) => {
      l.levels.reverse();
      level(l, 'chain').label = 'Ketenniveau';
    }),
    [
      { kind: 'level.relabelled', breaking: false, levelId: 'chain', from: { label: 'Keten' }, to: { label: 'Ketenniveau' } },
      { kind: 'level.moved', breaking: false, levelId: 'individual', from: { index: 0 }, to: { index: 1 } },
    ],
  ],
  [
    'a topic moved to another level, its items with it',
    edit((l) => level(l, 'individual').topics.push(...level(l, 'chain').topics.splice(0, 1))),
    [{ kind: 'topic.moved', breaking: false, levelId: 'individual', topicId: 'focus', from: { levelId: 'chain', index: 0 }, to: { levelId: 'individual', index: 2 } }],
  ],
  [
    'one of two same-named topics removed',
    edit((l) => level(l, 'individual').topics.pop()),
    [
      { kind: 'topic.removed', breaking: false, levelId: 'individual', topicId: 'satisfaction', from: { id: 'satisfaction', label: 'Tevredenheid' } },
      { kind: 'item.removed', breaking: true, ...I('individual', 'satisfaction', 'clarity-i'), from: original('clarity-i') },
    ],
  ],
  [
    'a topic relabelled and described',
    edit((l) => Object.assign(topic(l, 'chain', 'satisfaction'), { label: 'Tevredenheid keten', description: 'Per dimensie' })),
    [{ kind: 'topic.relabelled', breaking: false, levelId: 'chain', topicId: 'satisfaction', from: { label: 'Tevredenheid' }, to: { label: 'Tevredenheid keten', description: 'Per dimensie' } }],
  ],
];

describe('diffTopicLists', () => {
  it('finds no changes between identical lists, nor when only key order differs', () => {
    expect(diffTopicLists(base(), base())).toEqual([]);
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]))
          : value;
    const reordered = reverseKeys(base()) as TopicList;
    expect(Object.keys(reordered)[0]).toBe('levels');
    expect(diffTopicLists(base(), reordered)).toEqual([]);
    expect(breakingChanges(base(), base())).toEqual([]);
  });

  it.each(cases)('%s', (_name, after, expected) => {
    expect(diffTopicLists(base(), after)).toEqual(expected);
    expect(breakingChanges(base(), after)).toEqual(expected.filter((c) => c.breaking));
  });

  it('reads the other way round as the opposite change', () => {
    const after = edit((l) => topic(l, 'individual', 'intro').items.push({ id: 'open-b', type: 'open', prompt: 'Nog iets?' }));
    expect(diffTopicLists(after, base())).toEqual([{ kind: 'item.removed', breaking: true, ...I('individual', 'intro', 'open-b'), from: { id: 'open-b', type: 'open', prompt: 'Nog iets?' } }]);
  });
});

describe('the study topic list against an edited copy', () => {
  const parsed = parseTopicList(studyYaml, 'yaml');
  if (!parsed.ok) throw new Error('the study topic list does not parse');
  const study = parsed.topicList;

  it('has no changes against itself', () => {
    expect(diffTopicLists(study, structuredClone(study))).toEqual([]);
  });

  it('lists exactly what was edited, breaking changes marked', () => {
    const edited = structuredClone(study);
    const find = (id: string) => edited.levels.flatMap((l) => l.topics.flatMap((t) => t.items)).find((i) => i.id === id)!;
    const topicOf = (levelId: string, id: string) => edited.levels.find((l) => l.id === levelId)!.topics.find((t) => t.id === id)!;
    // A five-point scale becomes seven-point: every satisfaction item of the matrix is affected.
    edited.scales!.satisfaction!.max = 7;
    // One answer option goes.
    const focus = find('organisation-focus');
    const both = focus.options!.find((o) => o.id === 'both')!;
    focus.options = focus.options!.filter((o) => o.id !== 'both');
    // The rating of decisiveness moves to the self-efficacy topic, at the end.
    const decisiveness = topicOf('individual', 'decisiveness');
    const [rating] = decisiveness.items.splice(1, 1);
    const selfEfficacy = topicOf('individual', 'self-efficacy');
    selfEfficacy.items.push(rating!);
    // English title reworded; a new open question in the chain's escalation topic.
    edited.title = { nl: 'Ketensamenwerking bij ex-partnerstalking', en: 'Cooperation in ex-partner stalking' };
    topicOf('chain', 'escalation').items.push({ id: 'escalation-lessons', type: 'open', prompt: { nl: 'Wat hebt u geleerd?', en: 'What did you learn?' } });
    const escalationCount = topicOf('chain', 'escalation').items.length;

    const changes = diffTopicLists(study, edited);
    expect(changes).toEqual([
      { kind: 'title.changed', breaking: false, from: study.title, to: edited.title },
      { kind: 'scale.range_changed', breaking: true, scaleId: 'satisfaction', from: { min: 1, max: 5 }, to: { min: 1, max: 7 } },
      {
        kind: 'item.moved',
        breaking: false,
        ...I('individual', 'self-efficacy', 'decisiveness-rating'),
        from: { levelId: 'individual', topicId: 'decisiveness', index: 1 },
        to: { levelId: 'individual', topicId: 'self-efficacy', index: selfEfficacy.items.length - 1 },
      },
      { kind: 'option.removed', breaking: true, ...I('organisation', 'focus', 'organisation-focus'), optionId: 'both', from: both },
      {
        kind: 'item.added',
        breaking: false,
        ...I('chain', 'escalation', 'escalation-lessons'),
        to: { id: 'escalation-lessons', type: 'open', prompt: { nl: 'Wat hebt u geleerd?', en: 'What did you learn?' } },
      },
    ]);
    expect(escalationCount).toBeGreaterThan(1);
    expect(breakingChanges(study, edited).map((c) => c.kind)).toEqual(['scale.range_changed', 'option.removed']);
  });
});
