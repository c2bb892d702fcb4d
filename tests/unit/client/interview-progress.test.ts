import { describe, expect, it } from 'vitest';
import { answerText } from '../../../client/src/i18n/answer-text.ts';
import { translate } from '../../../client/src/i18n/locale.ts';
import type { MessageKey } from '../../../client/src/i18n/messages.ts';
import { firstName, initials, isAnswered, overallCount, topicCount, unansweredByLevel } from '../../../client/src/interview-progress.ts';
import type { TopicList } from '../../../server/contract/topiclist.ts';

const list: TopicList = {
  id: 'mini',
  title: 'Mini',
  languages: ['nl', 'en'],
  scales: { s: { min: 1, max: 5, labels: { 4: { nl: 'Tevreden', en: 'Satisfied' } }, allow: ['na', 'dk'] } },
  levels: [
    {
      id: 'a',
      label: 'A',
      topics: [
        {
          id: 't1',
          label: 'T1',
          items: [
            { id: 'open', type: 'open', prompt: 'Open?' },
            { id: 'scale', type: 'scale', scale: 's', prompt: 'Schaal?' },
          ],
        },
      ],
    },
    {
      id: 'b',
      label: 'B',
      topics: [
        {
          id: 't2',
          label: 'T2',
          items: [
            { id: 'multi', type: 'multi', prompt: 'Meer?', options: [{ id: 'x', label: { nl: 'Iks', en: 'Ex' } }, { id: 'y', label: 'Ij' }] },
            { id: 'date', type: 'date', prompt: 'Wanneer?' },
          ],
        },
      ],
    },
  ],
};

describe('interview progress', () => {
  it('counts "not applicable" and "don\'t know" as answers, empty texts and selections not', () => {
    expect([null, undefined, '', []].map(isAnswered)).toEqual([false, false, false, false]);
    expect(['na', 'dk', 0, false, 'x', ['x']].map(isAnswered)).toEqual([true, true, true, true, true, true]);
  });

  it('counts per topic, overall, and lists what is open per level', () => {
    const values: Record<string, unknown> = { open: 'tekst', scale: 'dk', multi: [] };
    const valueOf = (id: string) => values[id];
    expect(topicCount(list.levels[0]!.topics[0]!, valueOf)).toEqual({ answered: 2, total: 2 });
    expect(overallCount(list, valueOf)).toEqual({ answered: 2, total: 4 });
    expect(unansweredByLevel(list, valueOf).map(({ level, items }) => [level.id, items.map((i) => i.id)])).toEqual([['b', ['multi', 'date']]]);
  });

  it('makes initials and first names', () => {
    expect(initials('Sanne Kuipers')).toBe('SK');
    expect(initials('Joris van der Verbeek')).toBe('JV');
    expect(initials('Noor')).toBe('N');
    expect(firstName('Sanne Kuipers')).toBe('Sanne');
  });

  it('writes answers as people read them, in the UI language', () => {
    const ctx = (locale: 'nl' | 'en') => ({
      t: (key: MessageKey) => translate(locale, key as 'answer.empty'),
      locale,
      text: (label: unknown) => (typeof label === 'string' ? label : ((label as Record<string, string>)[locale] ?? '')),
    });
    const [open, scale] = list.levels[0]!.topics[0]!.items;
    const [multi, date] = list.levels[1]!.topics[0]!.items;
    expect(answerText(ctx('nl'), scale!, list.scales!.s, 4)).toBe('4 · Tevreden');
    expect(answerText(ctx('nl'), scale!, list.scales!.s, 'na')).toBe('Niet van toepassing');
    expect(answerText(ctx('en'), multi!, undefined, ['x', 'y'])).toBe('Ex, Ij');
    expect(answerText(ctx('nl'), date!, undefined, '2025-03-14')).toBe('14 maart 2025');
    expect(answerText(ctx('nl'), open!, undefined, null)).toBe('(leeg)');
  });
});
