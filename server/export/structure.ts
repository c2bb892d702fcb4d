// The structure an export writes: the study's current topic list version, plus the items only
// its interviews on earlier versions have (removed since the study moved on), each under its
// own level and topic, added at their ends. So no answer given is left out of an export; an
// item in both keeps the current version's definition and place.
import type { TopicList } from '../contract/topiclist.ts';

/** `earlier`: the other versions the study's interviews use, newest first. */
export function exportStructure(current: TopicList, earlier: readonly TopicList[]): TopicList {
  if (earlier.length === 0) return current;
  const merged = structuredClone(current);
  const have = new Set(merged.levels.flatMap((l) => l.topics.flatMap((t) => t.items.map((i) => i.id))));
  for (const old of earlier) {
    for (const level of old.levels) {
      for (const topic of level.topics) {
        for (const item of topic.items) {
          if (have.has(item.id)) continue;
          have.add(item.id);
          let l = merged.levels.find((x) => x.id === level.id);
          if (!l) merged.levels.push((l = { ...structuredClone(level), topics: [] }));
          let t = l.topics.find((x) => x.id === topic.id);
          if (!t) l.topics.push((t = { ...structuredClone(topic), items: [] }));
          t.items.push(structuredClone(item));
          // What the item refers to, where the current version no longer has it.
          const scale = item.scale && !merged.scales?.[item.scale] ? old.scales?.[item.scale] : undefined;
          if (scale) (merged.scales ??= {})[item.scale!] = structuredClone(scale);
          const dimension = item.dimension && !merged.dimensions?.some((d) => d.id === item.dimension) ? old.dimensions?.find((d) => d.id === item.dimension) : undefined;
          if (dimension) (merged.dimensions ??= []).push(structuredClone(dimension));
        }
      }
    }
  }
  return merged;
}
