// Topic lists as workbooks: the round trip of real lists, and broken workbooks with every
// problem placed at its sheet and cell.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TopicList } from '../../server/contract/topiclist.ts';
import { parseTopicList } from '../../server/topiclist/parse.ts';
import { readTopicListWorkbook, topicListToWorkbook, type WorkbookIssue } from '../../server/topiclist/workbook.ts';

const fileList = (path: string): TopicList => {
  const parsed = parseTopicList(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), 'yaml');
  if (!parsed.ok) throw new Error(`${path} does not parse`);
  return parsed.topicList;
};

type Cell = string | number | null;
type Sheets = Record<string, Cell[][]>;

async function workbook(sheets: Sheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A small valid list as sheets; every case below breaks one copy of it. */
const base = (): Sheets => ({
  settings: [
    ['id', 'title::nl', 'title::en', 'languages'],
    ['werkboek-test', 'Werkboek', 'Workbook', 'nl, en'],
  ],
  levels: [
    ['id', 'label::nl', 'label::en'],
    ['individual', 'Individueel', 'Individual'],
    ['chain', 'Keten', 'Chain'],
  ],
  topics: [
    ['level', 'id', 'label'],
    ['individual', 'trust-topic', 'Vertrouwen'],
    ['chain', 'cooperation', 'Samenwerking'],
  ],
  items: [
    ['level', 'topic', 'id', 'type', 'scale', 'dimension', 'min', 'max', 'prompt::nl', 'prompt::en'],
    ['individual', 'trust-topic', 'trust-open', 'open', null, null, null, null, 'Vertel eens', 'Tell me'],
    ['individual', 'trust-topic', 'trust-rating', 'scale', 'sat', 'trust', null, null, 'Hoe tevreden?', 'How satisfied?'],
    ['chain', 'cooperation', 'partners', 'multi', null, null, null, null, 'Welke partners?', 'Which partners?'],
    ['chain', 'cooperation', 'meetings', 'number', null, null, 0, 50, 'Hoe vaak?', 'How often?'],
  ],
  options: [
    ['item', 'id', 'label::nl', 'label::en'],
    ['partners', 'police', 'Politie', 'Police'],
    ['partners', 'care', 'Zorg', 'Care'],
  ],
  probes: [
    ['item', 'label::nl', 'label::en'],
    ['trust-open', 'Een voorbeeld?', 'An example?'],
  ],
  scales: [
    ['id', 'min', 'max', 'allow', 'label::nl', 'label::en'],
    ['sat', 1, 5, 'na, dk', 'Tevredenheid', 'Satisfaction'],
  ],
  scale_labels: [
    ['scale', 'point', 'label::nl', 'label::en'],
    ['sat', 1, 'Slecht', 'Bad'],
    ['sat', 5, 'Goed', 'Good'],
  ],
  dimensions: [
    ['id', 'label::nl', 'label::en'],
    ['trust', 'Vertrouwen', 'Trust'],
  ],
});

const ITEMS_HEADERS = 'level, topic, id, type, scale, dimension, min, max, prompt, prompt::<language>, hint, hint::<language>';

/** A copy of the base with one cell set (row and column counted from 1, as in Excel). */
function withCell(sheet: string, row: number, column: number, value: Cell, sheets = base()): Sheets {
  const rows = sheets[sheet]!;
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1]!;
  while (cells.length < column) cells.push(null);
  cells[column - 1] = value;
  return sheets;
}

function without(sheet: string, sheets = base()): Sheets {
  delete sheets[sheet];
  return sheets;
}

describe('topicListToWorkbook and readTopicListWorkbook', () => {
  it.each(['topiclists/ketensamenwerking-stalking.yaml', 'tests/fixtures/mini.yaml', 'tests/fixtures/matrix.yaml'])(
    'give back the same topic list for %s',
    async (path) => {
      const list = fileList(path);
      const { doc, issues, kind } = await readTopicListWorkbook(await topicListToWorkbook(list));
      expect(issues).toEqual([]);
      expect(kind).toBeUndefined();
      // Strict: no key gained (not even one holding undefined), none lost, plain labels stay plain.
      expect(doc).toStrictEqual(list);
      expect(JSON.stringify(doc)).toBe(JSON.stringify(list));
    },
  );

  it('writes a bold, frozen header row, plain labels in a bare column and languages in their own', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await topicListToWorkbook(fileList('tests/fixtures/mini.yaml'))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['settings', 'levels', 'topics', 'items', 'options', 'probes', 'scales', 'scale_labels', 'dimensions']);
    const topics = wb.getWorksheet('topics')!;
    expect(topics.getRow(1).values).toEqual([undefined, 'level', 'id', 'label', 'label::nl', 'label::en', 'description::nl', 'description::en']);
    expect(topics.getRow(1).font?.bold).toBe(true);
    expect(topics.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // "Focus" is a plain text in the file, "Daadkracht" a map.
    expect(topics.getRow(2).values).toEqual([undefined, 'individual', 'decisiveness', undefined, 'Daadkracht', 'Decisiveness']);
    expect(topics.getRow(3).values).toEqual([undefined, 'organisation', 'focus', 'Focus']);
    const items = wb.getWorksheet('items')!;
    expect(items.getRow(6).values).toEqual([undefined, 'organisation', 'focus', 'focus-number', 'number', undefined, undefined, 0, undefined, 'Hoeveel']);
    expect(items.getColumn(3).width).toBeGreaterThanOrEqual('focus-boolean'.length);
  });

  it('reads the sheets into a topic list in the order of the rows', async () => {
    const { doc, issues } = await readTopicListWorkbook(await workbook(base()));
    expect(issues).toEqual([]);
    expect(doc).toStrictEqual({
      id: 'werkboek-test',
      title: { nl: 'Werkboek', en: 'Workbook' },
      languages: ['nl', 'en'],
      scales: {
        sat: { min: 1, max: 5, label: { nl: 'Tevredenheid', en: 'Satisfaction' }, labels: { 1: { nl: 'Slecht', en: 'Bad' }, 5: { nl: 'Goed', en: 'Good' } }, allow: ['na', 'dk'] },
      },
      dimensions: [{ id: 'trust', label: { nl: 'Vertrouwen', en: 'Trust' } }],
      levels: [
        {
          id: 'individual',
          label: { nl: 'Individueel', en: 'Individual' },
          topics: [
            {
              id: 'trust-topic',
              label: 'Vertrouwen',
              items: [
                { id: 'trust-open', type: 'open', prompt: { nl: 'Vertel eens', en: 'Tell me' }, probes: [{ nl: 'Een voorbeeld?', en: 'An example?' }] },
                { id: 'trust-rating', type: 'scale', prompt: { nl: 'Hoe tevreden?', en: 'How satisfied?' }, scale: 'sat', dimension: 'trust' },
              ],
            },
          ],
        },
        {
          id: 'chain',
          label: { nl: 'Keten', en: 'Chain' },
          topics: [
            {
              id: 'cooperation',
              label: 'Samenwerking',
              items: [
                {
                  id: 'partners',
                  type: 'multi',
                  prompt: { nl: 'Welke partners?', en: 'Which partners?' },
                  options: [
                    { id: 'police', label: { nl: 'Politie', en: 'Police' } },
                    { id: 'care', label: { nl: 'Zorg', en: 'Care' } },
                  ],
                },
                { id: 'meetings', type: 'number', prompt: { nl: 'Hoe vaak?', en: 'How often?' }, min: 0, max: 50 },
              ],
            },
          ],
        },
      ],
    });
  });

  it('ignores an empty extra sheet and takes numbers typed as text', async () => {
    const sheets = withCell('items', 5, 7, ' 2,5 ');
    sheets.Sheet1 = [];
    const { doc, issues } = await readTopicListWorkbook(await workbook(sheets));
    expect(issues).toEqual([]);
    expect((doc as TopicList).levels[1]!.topics[0]!.items[1]!.min).toBe(2.5);
  });

  const cases: [string, () => Sheets, WorkbookIssue[]][] = [
    [
      'an unknown column header',
      () => withCell('items', 2, 11, 'red', withCell('items', 1, 11, 'colour')),
      [{ path: '', sheet: 'items', cell: 'K1', line: 1, column: 11, message: `unknown column "colour" (known: ${ITEMS_HEADERS})` }],
    ],
    [
      'a wrong item type',
      () => withCell('items', 2, 4, 'text'),
      [{ path: 'levels[0].topics[0].items[0].type', sheet: 'items', cell: 'D2', line: 2, column: 4, message: 'type must be one of open, scale, choice, multi, number, boolean, date' }],
    ],
    [
      'a duplicate item id',
      () => withCell('items', 5, 3, 'trust-open'),
      [
        {
          path: 'levels[1].topics[0].items[1].id',
          sheet: 'items',
          cell: 'C5',
          line: 5,
          column: 3,
          message: 'duplicate item id "trust-open" (first used at levels[0].topics[0].items[0].id)',
        },
      ],
    ],
    [
      'an item row naming an unknown topic (and nothing more about the options of that item)',
      () => withCell('items', 4, 2, 'cooperatoin'),
      [{ path: '', sheet: 'items', cell: 'B4', line: 4, column: 2, message: 'level "chain" has no topic "cooperatoin" (known: cooperation)' }],
    ],
    [
      'a topic row naming an unknown level',
      () => withCell('topics', 3, 1, 'chian'),
      [
        { path: 'levels[1].topics', sheet: 'levels', cell: 'A3', line: 3, column: 1, message: 'a level needs at least one topic' },
        { path: '', sheet: 'topics', cell: 'A3', line: 3, column: 1, message: 'unknown level "chian" (known: individual, chain)' },
      ],
    ],
    [
      'an option row naming an unknown item',
      () => withCell('options', 3, 1, 'partner'),
      [{ path: '', sheet: 'options', cell: 'A3', line: 3, column: 1, message: 'unknown item "partner" (known: trust-open, trust-rating, partners, meetings)' }],
    ],
    [
      'a scale label row naming an unknown scale',
      () => withCell('scale_labels', 2, 1, 'satt'),
      [{ path: '', sheet: 'scale_labels', cell: 'A2', line: 2, column: 1, message: 'unknown scale "satt" (known: sat)' }],
    ],
    [
      'an item naming an unknown scale',
      () => withCell('items', 3, 5, 'satt'),
      [{ path: 'levels[0].topics[0].items[1].scale', sheet: 'items', cell: 'E3', line: 3, column: 5, message: 'unknown scale "satt" (known: sat)' }],
    ],
    [
      'a non-number in min',
      () => withCell('items', 5, 7, 'nul'),
      [{ path: 'levels[1].topics[0].items[1].min', sheet: 'items', cell: 'G5', line: 5, column: 7, message: 'min must be a number, not "nul"' }],
    ],
    [
      'a scale min that is not whole',
      () => withCell('scales', 2, 2, 1.5),
      [{ path: 'scales.sat.min', sheet: 'scales', cell: 'B2', line: 2, column: 2, message: 'min must be a whole number' }],
    ],
    [
      'a scale label outside the scale',
      () => withCell('scale_labels', 3, 2, 7),
      [{ path: 'scales.sat.labels.7', sheet: 'scale_labels', cell: 'B3', line: 3, column: 2, message: 'scale label 7 is outside 1-5' }],
    ],
    [
      'a missing sheet',
      () => without('topics'),
      [{ path: '', sheet: 'topics', message: 'missing sheet "topics"' }],
    ],
    [
      'a missing required column',
      () => ({ ...base(), items: base().items!.map((row) => row.filter((_, i) => i !== 3)) }),
      [{ path: '', sheet: 'items', line: 1, message: 'missing column "type"' }],
    ],
    [
      'a missing label column',
      () => ({ ...base(), dimensions: [['id'], ['trust']] }),
      [{ path: '', sheet: 'dimensions', line: 1, message: 'missing column "label" (or one per language, such as "label::nl")' }],
    ],
    [
      'a duplicate scale id and a duplicate scale point',
      () => ({ ...base(), scales: [...base().scales!, ['sat', 0, 10]], scale_labels: [...base().scale_labels!, ['sat', 5, 'Heel goed', 'Very good']] }),
      [
        { path: '', sheet: 'scales', cell: 'A3', line: 3, column: 1, message: 'duplicate scale id "sat" (first in row 2)' },
        { path: '', sheet: 'scale_labels', cell: 'B4', line: 4, column: 2, message: 'duplicate point 5 of scale "sat" (first in row 3)' },
      ],
    ],
    [
      'a second settings row',
      () => withCell('settings', 3, 1, 'nog-een'),
      [{ path: '', sheet: 'settings', cell: 'A3', line: 3, column: 1, message: 'the settings are one row; this row is one too many' }],
    ],
    [
      'a label without the default language',
      () => withCell('levels', 2, 2, null),
      [{ path: 'levels[0].label', sheet: 'levels', cell: 'C2', line: 2, column: 3, message: 'label has no text in the default language "nl"' }],
    ],
    [
      'a label in a language the list does not have',
      () => withCell('levels', 2, 4, 'Individuel', withCell('levels', 1, 4, 'label::fr')),
      [{ path: 'levels[0].label.fr', sheet: 'levels', cell: 'D2', line: 2, column: 4, message: 'language "fr" is not in languages (nl, en)' }],
    ],
    [
      'a label given both as one text and per language',
      () => withCell('topics', 2, 4, 'Trust', withCell('topics', 1, 4, 'label::en')),
      [
        { path: '', sheet: 'topics', cell: 'C2', line: 2, column: 3, message: '"label" is one text or texts per language ("label::en"), not both' },
        { path: 'levels[0].topics[0].label', sheet: 'topics', cell: 'D2', line: 2, column: 4, message: 'label has no text in the default language "nl"' },
      ],
    ],
    [
      'options on an open item',
      () => withCell('options', 4, 1, 'trust-open', withCell('options', 4, 2, 'x', withCell('options', 4, 3, 'X'))),
      [{ path: 'levels[0].topics[0].items[0].options', sheet: 'options', cell: 'A4', line: 4, column: 1, message: 'only choice and multi items take "options" (this item is open)' }],
    ],
    [
      'a duplicate column and values under no header',
      () => withCell('probes', 2, 5, 'stray', withCell('probes', 1, 4, 'item')),
      [
        { path: '', sheet: 'probes', cell: 'D1', line: 1, column: 4, message: 'duplicate column "item" (also column A)' },
        { path: '', sheet: 'probes', cell: 'E1', line: 1, column: 5, message: 'column E has values but no header' },
      ],
    ],
    [
      'an unknown sheet with values',
      () => ({ ...base(), questions: [['id'], ['x']] }),
      [{ path: '', sheet: 'questions', message: 'unknown sheet "questions" (known: settings, levels, topics, items, options, probes, scales, scale_labels, dimensions)' }],
    ],
    [
      'several problems at once, in sheet and row order',
      () => withCell('settings', 2, 1, 'Werkboek Test', withCell('items', 2, 4, 'text', withCell('items', 5, 3, 'trust-open', withCell('scales', 2, 3, 'vijf')))),
      [
        { path: 'id', sheet: 'settings', cell: 'A2', line: 2, column: 1, message: 'a topic list id uses only a-z, 0-9 and "-"' },
        { path: 'levels[0].topics[0].items[0].type', sheet: 'items', cell: 'D2', line: 2, column: 4, message: 'type must be one of open, scale, choice, multi, number, boolean, date' },
        { path: 'levels[1].topics[0].items[1].id', sheet: 'items', cell: 'C5', line: 5, column: 3, message: 'duplicate item id "trust-open" (first used at levels[0].topics[0].items[0].id)' },
        { path: 'scales.sat.max', sheet: 'scales', cell: 'C2', line: 2, column: 3, message: 'max must be a number, not "vijf"' },
      ],
    ],
  ];

  it.each(cases)('places every problem of %s at its cell', async (_name, sheets, expected) => {
    const { issues, kind } = await readTopicListWorkbook(await workbook(sheets()));
    expect(issues).toEqual(expected);
    expect(kind).toBe('rules');
  });

  it.each([
    ['text bytes', Buffer.from('id: not-a-workbook\n'), 'not an Excel workbook (.xlsx): the file is not a zip archive'],
    ['no bytes', Buffer.alloc(0), 'not an Excel workbook (.xlsx): the file is not a zip archive'],
    ['a zip of something else', Buffer.from(zipSync({ 'notes.txt': strToU8('hello') })), 'not an Excel workbook (.xlsx): the archive has no xl/workbook.xml'],
  ])('says %s are not a workbook', async (_name, data, message) => {
    expect(await readTopicListWorkbook(data)).toEqual({ doc: undefined, issues: [{ path: '', message }], kind: 'syntax' });
  });

  it('says a cut-off workbook is not one', async () => {
    const whole = await topicListToWorkbook(fileList('tests/fixtures/mini.yaml'));
    const { issues, kind } = await readTopicListWorkbook(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(kind).toBe('syntax');
    expect(issues).toEqual([{ path: '', message: expect.stringMatching(/^not an Excel workbook \(\.xlsx\)/) }]);
  });
});
