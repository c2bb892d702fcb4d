// Where things are in a topic list, and immutable access to them. Part of doc-ops.ts.
import type { Dimension, Item, Level, Option, Scale, Topic, TopicList } from '../../../server/contract/topiclist.ts';

/** Where an element sits in the document. */
export type Ref =
  | { kind: 'list' }
  | { kind: 'level'; level: number }
  | { kind: 'topic'; level: number; topic: number }
  | { kind: 'item'; level: number; topic: number; item: number }
  | { kind: 'option'; level: number; topic: number; item: number; option: number }
  | { kind: 'dimension'; dimension: number }
  | { kind: 'scale'; scale: string };
export type Kind = Ref['kind'];
export type RefOf<K extends Kind> = Extract<Ref, { kind: K }>;
export interface Elements {
  list: TopicList;
  level: Level;
  topic: Topic;
  item: Item;
  option: Option;
  dimension: Dimension;
  scale: Scale;
}
export type Path = (string | number)[];

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An array field of a document being edited, which may be missing. */
export const list = <T>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

export function refPath(ref: Ref): Path {
  switch (ref.kind) {
    case 'list':
      return [];
    case 'level':
      return ['levels', ref.level];
    case 'topic':
      return ['levels', ref.level, 'topics', ref.topic];
    case 'item':
      return ['levels', ref.level, 'topics', ref.topic, 'items', ref.item];
    case 'option':
      return ['levels', ref.level, 'topics', ref.topic, 'items', ref.item, 'options', ref.option];
    case 'dimension':
      return ['dimensions', ref.dimension];
    case 'scale':
      return ['scales', ref.scale];
  }
}

/** `levels[0].topics[1].items[2].prompt`, as the contract formats problem paths. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out || '(top)';
}

/** The problem path of an element, or of one of its fields. */
export const pathOf = (ref: Ref, ...field: Path): string => formatPath([...refPath(ref), ...field]);

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy with the value at `path` replaced by `fn(old)`; undefined removes an object key. */
export function updateIn(value: unknown, path: Path, fn: (old: unknown) => unknown): unknown {
  if (path.length === 0) return fn(value);
  const [key, ...rest] = path as [string | number, ...Path];
  if (typeof key === 'number') {
    if (!Array.isArray(value) || key < 0 || key >= value.length) return value;
    const copy = value.slice();
    copy[key] = updateIn(value[key], rest, fn);
    return copy;
  }
  const obj = isObj(value) ? value : {};
  const next = updateIn(obj[key], rest, fn);
  const copy = { ...obj };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

export function getAt<K extends Kind>(doc: TopicList, ref: RefOf<K>): Elements[K] | undefined {
  const found = getIn(doc, refPath(ref));
  return isObj(found) ? (found as unknown as Elements[K]) : undefined;
}

/** Changes one element; a missing element leaves the document as it was. */
export function updateAt<K extends Kind>(doc: TopicList, ref: RefOf<K>, fn: (el: Elements[K]) => Elements[K]): TopicList {
  if (!getAt(doc, ref)) return doc;
  return updateIn(doc, refPath(ref), (old) => fn(old as Elements[K])) as TopicList;
}

export function withKey<T extends object>(obj: T, key: string, value: unknown): T {
  const copy: Obj = { ...(obj as Obj) };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as T;
}

/** Sets (or, with undefined, removes) one key of an element. */
export function setField<K extends Kind>(doc: TopicList, ref: RefOf<K>, key: string, value: unknown): TopicList {
  return updateAt(doc, ref, (el) => withKey(el, key, value));
}

/** A copy of the list with one entry moved; `to` is clamped into the list. */
export function moveIndex<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = items.slice();
  if (from < 0 || from >= copy.length) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, moved as T);
  return copy;
}

/** Every item of the list with where it is. */
export function itemEntries(doc: TopicList): { ref: RefOf<'item'>; item: Item }[] {
  return list(doc.levels).flatMap((level, l) =>
    list(level?.topics).flatMap((topic, t) => list(topic?.items).map((item, i) => ({ ref: { kind: 'item' as const, level: l, topic: t, item: i }, item }))),
  );
}

/** Every item passed through `fn`; unchanged items stay the same objects. */
export function mapItems(doc: TopicList, fn: (item: Item) => Item): TopicList {
  let next = doc;
  for (const { ref, item } of itemEntries(doc)) {
    const changed = fn(item);
    if (changed !== item) next = updateAt(next, ref, () => changed);
  }
  return next;
}
