// The matrices sheet of the xlsx export: one cell per (dimension, level), from a record's answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExportAnswer, ExportRecord } from '../../server/export/dataset.ts';
import { matrixCells } from '../../server/export/xlsx.ts';
import { parseTopicList } from '../../server/topiclist/parse.ts';

const parsed = parseTopicList(readFileSync(new URL('../fixtures/matrix.yaml', import.meta.url), 'utf8'), 'yaml');
if (!parsed.ok) throw new Error('tests/fixtures/matrix.yaml does not parse');
const list = parsed.topicList;

const record = (values: Record<string, unknown>): ExportRecord => ({
  respondent: 'R001',
  organisation: 'Politie',
  role: 'procesregisseur',
  region: 'Parkstad',
  pair: 'P01',
  period: '2025-03',
  status: 'completed',
  answers: new Map(Object.entries(values).map(([id, value]): [string, ExportAnswer] => [id, { value, note: null }])),
});
const cell = (values: Record<string, unknown>, dimension: string, level: string) =>
  matrixCells(list, record(values)).find((c) => c.dimension === dimension && c.level === level);

describe('matrix cells of the xlsx export', () => {
  it('gives every (dimension, level) of the grid, dimensions first', () => {
    expect(matrixCells(list, record({})).map((c) => `${c.dimension}/${c.level}`)).toEqual(['trust/individual', 'trust/chain', 'speed/individual', 'speed/chain']);
  });

  it('takes the mean of a cell’s answered scale items, ignoring na and dk beside a number', () => {
    expect(cell({ 'ind-trust-a': 2, 'ind-trust-b': 5 }, 'trust', 'individual')).toMatchObject({ value: 3.5, status: 'answered' });
    expect(cell({ 'ind-trust-a': 4, 'ind-trust-b': 'dk' }, 'trust', 'individual')).toMatchObject({ value: 4, status: 'answered' });
  });

  it('without a number: dont_know before not_applicable before not_asked', () => {
    expect(cell({ 'ind-trust-a': 'na', 'ind-trust-b': 'dk' }, 'trust', 'individual')).toMatchObject({ value: null, status: 'dont_know' });
    expect(cell({ 'ind-trust-a': 'na' }, 'trust', 'individual')).toMatchObject({ value: null, status: 'not_applicable' });
    expect(cell({ 'ind-trust-a': 'na' }, 'speed', 'chain')).toMatchObject({ value: null, status: 'not_asked' });
  });
});
