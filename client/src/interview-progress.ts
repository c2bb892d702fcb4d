// What counts as answered, and how far an interview is: per topic, per level and overall.
import type { Item, Level, Topic, TopicList } from '../../server/contract/topiclist.ts';

/** "Not applicable" and "don't know" are answers; an empty text or selection is not. */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

export interface Count {
  answered: number;
  total: number;
}

type ValueOf = (itemId: string) => unknown;

export function countItems(items: readonly Item[], valueOf: ValueOf): Count {
  return { answered: items.filter((item) => isAnswered(valueOf(item.id))).length, total: items.length };
}

export const topicCount = (topic: Topic, valueOf: ValueOf): Count => countItems(topic.items, valueOf);

export const levelItems = (level: Level): Item[] => level.topics.flatMap((topic) => topic.items);

export const levelCount = (level: Level, valueOf: ValueOf): Count => countItems(levelItems(level), valueOf);

export function overallCount(list: TopicList, valueOf: ValueOf): Count {
  return countItems(list.levels.flatMap(levelItems), valueOf);
}

/** Every topic in interview order, with its level. */
export function topicsInOrder(list: TopicList): { level: Level; topic: Topic }[] {
  return list.levels.flatMap((level) => level.topics.map((topic) => ({ level, topic })));
}

/** Where an item stands. */
export function findItem(list: TopicList, itemId: string): { level: Level; topic: Topic; item: Item } | undefined {
  for (const { level, topic } of topicsInOrder(list)) {
    const item = topic.items.find((i) => i.id === itemId);
    if (item) return { level, topic, item };
  }
  return undefined;
}

/** Per level, the items still without an answer (levels with none left out). */
export function unansweredByLevel(list: TopicList, valueOf: ValueOf): { level: Level; items: Item[] }[] {
  return list.levels
    .map((level) => ({ level, items: levelItems(level).filter((item) => !isAnswered(valueOf(item.id))) }))
    .filter((entry) => entry.items.length > 0);
}

/** "Sanne Kuipers" → "SK". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  return letters.map((part) => part[0]!.toUpperCase()).join('') || '?';
}

/** "Sanne Kuipers" → "Sanne". */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;
