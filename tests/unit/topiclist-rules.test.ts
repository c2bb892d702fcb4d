import { describe, expect, it } from 'vitest';
import { parseTopicList } from '../../server/topiclist/parse.ts';
import { miniYaml, studyYaml } from '../helpers/topiclist-fixtures.ts';

// A valid base; each case below changes one thing and names the exact problem and position.
const base = (items: string, extra = '') => `id: rules-test
title: { nl: Regels, en: Rules }
languages: [nl, en]
scales:
  sat: { min: 1, max: 5, allow: [na, dk] }
dimensions:
  - { id: trust, label: { nl: Vertrouwen, en: Trust } }
${extra}levels:
  - id: individual
    label: Individueel
    topics:
      - id: t1
        label: Onderwerp
        items:
${items}`;

const problems = (text: string, format: 'yaml' | 'json' = 'yaml') => {
  const result = parseTopicList(text, format);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`);
};

describe('topic list rules', () => {
  it('accepts the study topic list and the test fixture', () => {
    expect(parseTopicList(studyYaml, 'yaml').ok).toBe(true);
    expect(parseTopicList(miniYaml, 'yaml').ok).toBe(true);
    expect(parseTopicList(base('          - { id: a, type: open, prompt: Vraag }\n'), 'yaml').ok).toBe(true);
  });

  const cases: [string, string, string[]][] = [
    [
      'dimension on an open item',
      base('          - { id: a, type: open, prompt: Vraag, dimension: trust }\n'),
      ['15:60 levels[0].topics[0].items[0].dimension: only scale items take "dimension" (this item is open)'],
    ],
    [
      'undeclared dimension',
      base('          - { id: a, type: scale, scale: sat, prompt: Vraag, dimension: trsut }\n'),
      ['15:73 levels[0].topics[0].items[0].dimension: unknown dimension "trsut" (known: trust)'],
    ],
    [
      'unknown scale',
      base('          - { id: a, type: scale, scale: sat5, prompt: Vraag }\n'),
      ['15:42 levels[0].topics[0].items[0].scale: unknown scale "sat5" (known: sat)'],
    ],
    [
      'scale item without a scale',
      base('          - { id: a, type: scale, prompt: Vraag }\n'),
      ['15:13 levels[0].topics[0].items[0]: a scale item needs "scale", the id of one of the scales'],
    ],
    [
      'duplicate item id',
      base('          - { id: a, type: open, prompt: Een }\n          - { id: a, type: open, prompt: Twee }\n'),
      ['16:19 levels[0].topics[0].items[1].id: duplicate item id "a" (first used at levels[0].topics[0].items[0].id)'],
    ],
    [
      'choice without options',
      base('          - { id: a, type: choice, prompt: Kies }\n'),
      ['15:13 levels[0].topics[0].items[0]: a choice item needs at least one option in "options"'],
    ],
    [
      'options on an open item',
      base('          - { id: a, type: open, prompt: Vraag, options: [{ id: x, label: X }] }\n'),
      ['15:58 levels[0].topics[0].items[0].options: only choice and multi items take "options" (this item is open)'],
    ],
    [
      'duplicate option id',
      base('          - { id: a, type: multi, prompt: Kies, options: [{ id: x, label: X }, { id: x, label: Y }] }\n'),
      ['15:86 levels[0].topics[0].items[0].options[1].id: duplicate option id "x" (first used at levels[0].topics[0].items[0].options[0].id)'],
    ],
    [
      'label without the default language',
      base('          - { id: a, type: open, prompt: { en: Question } }\n'),
      ['15:42 levels[0].topics[0].items[0].prompt: label has no text in the default language "nl"'],
    ],
    [
      'label in an undeclared language',
      base('          - { id: a, type: open, prompt: { nl: Vraag, de: Frage } }\n'),
      ['15:55 levels[0].topics[0].items[0].prompt.de: language "de" is not in languages (nl, en)'],
    ],
    [
      'unknown key',
      base('          - { id: a, type: open, prompt: Vraag, colour: red }\n'),
      ['15:49 levels[0].topics[0].items[0].colour: unknown key "colour"'],
    ],
    [
      'unknown item type',
      base('          - { id: a, type: slider, prompt: Vraag }\n'),
      ['15:28 levels[0].topics[0].items[0].type: type must be one of open, scale, choice, multi, number, boolean, date'],
    ],
    [
      'missing prompt',
      base('          - { id: a, type: open }\n'),
      ['15:13 levels[0].topics[0].items[0].prompt: "prompt" is required'],
    ],
    [
      'scale range reversed and a point label outside it',
      base('          - { id: a, type: open, prompt: Vraag }\n').replace(
        'sat: { min: 1, max: 5, allow: [na, dk] }',
        'sat: { min: 5, max: 1, labels: { 9: Negen } }',
      ),
      ['5:23 scales.sat.max: max (1) must be greater than min (5)', '5:36 scales.sat.labels.9: scale label 9 is outside 5-1'],
    ],
    [
      'scale special other than na and dk',
      base('          - { id: a, type: open, prompt: Vraag }\n').replace('allow: [na, dk]', 'allow: [na, maybe]'),
      ['5:38 scales.sat.allow[1]: allowed specials are "na" and "dk"'],
    ],
    [
      'duplicate dimension id',
      base('          - { id: a, type: open, prompt: Vraag }\n').replace(
        '  - { id: trust, label: { nl: Vertrouwen, en: Trust } }\n',
        '  - { id: trust, label: Vertrouwen }\n  - { id: trust, label: Nogmaals }\n',
      ),
      ['8:11 dimensions[1].id: duplicate dimension id "trust" (first used at dimensions[0].id)'],
    ],
    [
      'min and max on a non-number item',
      base('          - { id: a, type: open, prompt: Vraag, max: 3 }\n'),
      ['15:54 levels[0].topics[0].items[0].max: only number items take "max" (this item is open)'],
    ],
    [
      'topic list id that is not a slug',
      base('          - { id: a, type: open, prompt: Vraag }\n').replace('id: rules-test', 'id: Rules Test'),
      ['1:5 id: a topic list id uses only a-z, 0-9 and "-"'],
    ],
    [
      'a level without topics',
      base('          - { id: a, type: open, prompt: Vraag }\n') + '  - { id: chain, label: Keten, topics: [] }\n',
      ['16:40 levels[1].topics: a level needs at least one topic'],
    ],
  ];

  it.each(cases)('rejects %s with the exact problem and position', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('lists every problem of a file at once, in file order', () => {
    const text = base(
      '          - { id: a, type: open, prompt: Vraag, dimension: trust }\n' +
        '          - { id: a, type: choice, prompt: Kies }\n' +
        '          - { id: c, type: open, prompt: Vraag, colour: red }\n',
    );
    expect(problems(text)).toEqual([
      '15:60 levels[0].topics[0].items[0].dimension: only scale items take "dimension" (this item is open)',
      '16:13 levels[0].topics[0].items[1]: a choice item needs at least one option in "options"',
      '16:19 levels[0].topics[0].items[1].id: duplicate item id "a" (first used at levels[0].topics[0].items[0].id)',
      '17:49 levels[0].topics[0].items[2].colour: unknown key "colour"',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const result = parseTopicList('id: x\ntitle: [unclosed\nlanguages: [nl]\n', 'yaml');
    expect(result).toMatchObject({ ok: false, kind: 'syntax' });
    if (!result.ok) expect(result.issues[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
  });

  it('reports duplicate YAML keys as a syntax error at the second key', () => {
    const result = parseTopicList('id: x\nid: y\n', 'yaml');
    expect(result).toMatchObject({ ok: false, kind: 'syntax', issues: [{ line: 2, column: 1 }] });
  });

  it('reports JSON syntax errors with line and column', () => {
    const result = parseTopicList('{\n  "id": "x",\n  "title": \n}', 'json');
    expect(result).toMatchObject({ ok: false, kind: 'syntax', issues: [{ line: 4, column: 1, message: 'Value expected' }] });
  });

  it('gives rule problems in JSON files their line and column too', () => {
    const json = '{\n  "id": "j",\n  "title": "T",\n  "languages": ["nl"],\n  "levels": [],\n  "extra": 1\n}';
    expect(problems(json, 'json')).toEqual(['5:13 levels: a topic list needs at least one level', '6:3 extra: unknown key "extra"']);
  });

  it('refuses YAML that expands aliases without bound', () => {
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(parseTopicList(bomb, 'yaml')).toMatchObject({ ok: false, kind: 'syntax' });
  });

  it('says what a topic list is when the document is not a map', () => {
    expect(problems('- just\n- a list\n')).toEqual(['1:1 (top): a topic list is a map with id, title, languages and levels']);
  });
});
