// The structure an export writes when a study's interviews use several topic list versions.
import { describe, expect, it } from 'vitest';
import type { TopicList } from '../../server/contract/topiclist.ts';
import { exportStructure } from '../../server/export/structure.ts';

const list = (levels: TopicList['levels'], extra: Partial<TopicList> = {}): TopicList => ({ id: 'l', title: 'L', languages: ['nl'], levels, ...extra }) as TopicList;
const open = (id: string) => ({ id, type: 'open' as const, prompt: id });
const ids = (t: TopicList) => t.levels.map((l) => `${l.id}: ${l.topics.map((tp) => `${tp.id}(${tp.items.map((i) => i.id).join(' ')})`).join(' ')}`);

describe('export structure across versions', () => {
  it('is the current version alone when every interview uses it', () => {
    const current = list([{ id: 'a', label: 'A', topics: [{ id: 't', label: 'T', items: [open('x')] }] }]);
    expect(exportStructure(current, [])).toBe(current);
  });

  it('adds items only earlier versions have under their level and topic, after the current ones, newest version first', () => {
    const current = list([{ id: 'a', label: 'A', topics: [{ id: 't', label: 'T', items: [open('x'), open('y')] }] }]);
    const v2 = list([{ id: 'a', label: 'A', topics: [{ id: 't', label: 'T', items: [open('x'), open('gone-in-3')] }, { id: 'u', label: 'U', items: [open('z')] }] }]);
    const v1 = list([
      { id: 'a', label: 'A', topics: [{ id: 't', label: 'T', items: [open('y'), open('gone-in-2'), open('gone-in-3')] }] },
      { id: 'b', label: 'B', topics: [{ id: 'v', label: 'V', items: [open('w')] }] },
    ]);
    const merged = exportStructure(current, [v2, v1]);
    expect(ids(merged)).toEqual(['a: t(x y gone-in-3 gone-in-2) u(z)', 'b: v(w)']);
    expect(ids(current)).toEqual(['a: t(x y)']); // left as it was
  });

  it('brings the scale and dimension a dropped item refers to, and keeps the current ones', () => {
    const scaled = (id: string, scale: string, dimension: string) => ({ id, type: 'scale' as const, prompt: id, scale, dimension });
    const current = list([{ id: 'a', label: 'A', topics: [{ id: 't', label: 'T', items: [scaled('kept', 'five', 'trust')] }] }], {
      scales: { five: { min: 1, max: 5 } },
      dimensions: [{ id: 'trust', label: 'Vertrouwen' }],
    });
    const earlier = list([{ id: 'a', label: 'A', topics: [{ id: 't', label: 'T', items: [scaled('kept', 'five', 'trust'), scaled('dropped', 'seven', 'speed')] }] }], {
      scales: { five: { min: 0, max: 4 }, seven: { min: 1, max: 7 } },
      dimensions: [{ id: 'trust', label: 'Oud' }, { id: 'speed', label: 'Snelheid' }],
    });
    const merged = exportStructure(current, [earlier]);
    expect(merged.scales).toEqual({ five: { min: 1, max: 5 }, seven: { min: 1, max: 7 } });
    expect(merged.dimensions).toEqual([{ id: 'trust', label: 'Vertrouwen' }, { id: 'speed', label: 'Snelheid' }]);
  });
});
