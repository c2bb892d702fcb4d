// Pure editing operations on a topic list, for the designer. Each returns a new document and
// leaves its input as it was. A document being edited may be incomplete or invalid (empty
// labels, duplicate ids), so every operation reads defensively and repairs no more than it
// was asked to. Paths and access, labels and languages, and ids live in the doc-* modules
// beside this one; this module is the one to import.
import type { Item, ItemType, Level, Option, Topic, TopicList } from '../../../server/contract/topiclist.ts';
import { FALLBACK_ID, idAt, proposedId, setId, takenIds } from './doc-ids.ts';
import { hasText, setLabelAt, withoutKey } from './doc-labels.ts';
import { getAt, getIn, isObj, itemEntries, list, mapItems, moveIndex, type Path, type Ref, type RefOf, refPath, setField, updateAt, updateIn, withKey } from './doc-paths.ts';

export * from './doc-ids.ts';
export * from './doc-labels.ts';
export * from './doc-paths.ts';

// Copies of values in server/contract/topiclist.ts (a unit test keeps them equal): importing
// that file would bring the schema library into the client bundle.
export const ITEM_TYPES = ['open', 'scale', 'choice', 'multi', 'number', 'boolean', 'date'] as const satisfies readonly ItemType[];
export const SPECIALS = ['na', 'dk'] as const satisfies readonly ('na' | 'dk')[];
export type Special = (typeof SPECIALS)[number];

/** A document and where the element an operation made or moved now is. */
export interface Placed<R extends Ref = Ref> {
  doc: TopicList;
  ref: R;
}

/** An element that sits in an array: it can move, be copied and be removed by index. */
export type ListRef = RefOf<'level' | 'topic' | 'item' | 'option' | 'dimension'>;

/** The array an element is part of, and its index there. */
function siblings(ref: ListRef): { path: Path; index: number } {
  const path = refPath(ref);
  return { path: path.slice(0, -1), index: path.at(-1) as number };
}

/** The same kind of element at another index among its siblings. */
export const withIndex = <R extends ListRef>(ref: R, index: number): R => ({ ...ref, [ref.kind]: index });
const clampIndex = (index: number | undefined, length: number) => Math.max(0, Math.min(index ?? length, length));

function insertIn(doc: TopicList, path: Path, index: number, value: unknown): TopicList {
  return updateIn(doc, path, (old) => {
    const copy = Array.isArray(old) ? old.slice() : [];
    copy.splice(index, 0, value);
    return copy;
  }) as TopicList;
}

const lengthAt = (doc: TopicList, path: Path) => {
  const found = getIn(doc, path);
  return Array.isArray(found) ? found.length : 0;
};

/** Inserts a new element and gives it an id proposed from its (empty) label. */
function insertNew<R extends ListRef>(doc: TopicList, ref: R, value: object): Placed<R> {
  const { path, index } = siblings(ref);
  if (path.length > 1 && !isObj(getIn(doc, path.slice(0, -1)))) return { doc, ref };
  const to = clampIndex(index, lengthAt(doc, path));
  const at = withIndex(ref, to);
  const inserted = insertIn(doc, path, to, value);
  return { doc: setId(inserted, at, proposedId(inserted, at)), ref: at };
}

export function addLevel(doc: TopicList, at?: number): Placed<RefOf<'level'>> {
  const level: Level = { id: '', label: {}, topics: [] };
  return insertNew(doc, { kind: 'level', level: at ?? list(doc.levels).length }, level);
}

export function addTopic(doc: TopicList, level: number, at?: number): Placed<RefOf<'topic'>> {
  const topic: Topic = { id: '', label: {}, items: [] };
  return insertNew(doc, { kind: 'topic', level, topic: at ?? Number.MAX_SAFE_INTEGER }, topic);
}

export function addItem(doc: TopicList, level: number, topic: number, type: ItemType = 'open', at?: number): Placed<RefOf<'item'>> {
  const item = retypeItem({ id: '', type: 'open', prompt: {} }, type, doc);
  return insertNew(doc, { kind: 'item', level, topic, item: at ?? Number.MAX_SAFE_INTEGER }, item);
}

export function addOption(doc: TopicList, item: RefOf<'item'>, at?: number): Placed<RefOf<'option'>> {
  const option: Option = { id: '', label: {} };
  if (!getAt(doc, item)) return { doc, ref: { ...item, kind: 'option', option: 0 } };
  return insertNew(doc, { ...item, kind: 'option', option: at ?? Number.MAX_SAFE_INTEGER }, option);
}

export function addDimension(doc: TopicList, at?: number): Placed<RefOf<'dimension'>> {
  return insertNew(doc, { kind: 'dimension', dimension: at ?? Number.MAX_SAFE_INTEGER }, { id: '', label: {} });
}

/** A new 1-5 scale under a free id. */
export function addScale(doc: TopicList): Placed<RefOf<'scale'>> {
  const id = proposedId({ ...doc, scales: { ...doc.scales, '': { min: 1, max: 5 } } }, { kind: 'scale', scale: '' });
  return { doc: { ...doc, scales: { ...doc.scales, [id]: { min: 1, max: 5 } } }, ref: { kind: 'scale', scale: id } };
}

/**
 * Removes an element. A removed dimension is taken off the items that used it; items on a
 * removed scale keep its id, so the check points at them.
 */
export function removeAt(doc: TopicList, ref: Ref): TopicList {
  if (ref.kind === 'list') return doc;
  if (ref.kind === 'scale') {
    if (!doc.scales || !(ref.scale in doc.scales)) return doc;
    const scales = withoutKey(doc.scales, ref.scale);
    return Object.keys(scales).length ? { ...doc, scales } : withoutKey(doc, 'scales');
  }
  const { path, index } = siblings(ref);
  const id = idAt(doc, ref);
  let next = updateIn(doc, path, (old) => (Array.isArray(old) ? old.filter((_, i) => i !== index) : old)) as TopicList;
  if (ref.kind === 'dimension' && id && !list(next.dimensions).some((d) => d.id === id)) {
    next = mapItems(next, (item) => (item.dimension === id ? withKey(item, 'dimension', undefined) : item));
  }
  return next;
}

/** Moves an element among its siblings (`to` is clamped). */
export function moveAt<R extends ListRef>(doc: TopicList, ref: R, to: number): Placed<R> {
  const { path, index } = siblings(ref);
  const length = lengthAt(doc, path);
  if (index < 0 || index >= length) return { doc, ref };
  const target = Math.max(0, Math.min(to, length - 1));
  if (target === index) return { doc, ref };
  return { doc: updateIn(doc, path, (old) => moveIndex(old as unknown[], index, target)) as TopicList, ref: withIndex(ref, target) };
}

/** The id of a copy: `focus-2` for `focus`, `focus-3` for `focus-2` when that is taken... */
function copyId(id: string, fallback: string, taken: string[]): string {
  const base = id.replace(/-\d+$/, '') || fallback;
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`;
}

/** Copies an element right after itself, with new ids where the format needs unique ones. */
export function duplicateAt<R extends ListRef>(doc: TopicList, ref: R): Placed<R> {
  const el = getAt(doc, ref);
  if (!el) return { doc, ref };
  const { path, index } = siblings(ref);
  const copyRef = withIndex(ref, index + 1);
  let next = insertIn(doc, path, index + 1, structuredClone(el));
  next = setId(next, copyRef, copyId(idAt(next, copyRef), FALLBACK_ID[ref.kind], takenIds(next, copyRef)));
  if (ref.kind === 'level' || ref.kind === 'topic') {
    // Item ids are unique in the whole list: the copied items get new ones.
    const inside = (r: RefOf<'item'>) => r.level === (copyRef as RefOf<'level'>).level && (ref.kind === 'level' || r.topic === (copyRef as RefOf<'topic'>).topic);
    for (const { ref: itemRef, item } of itemEntries(next)) {
      if (inside(itemRef)) next = setField(next, itemRef, 'id', copyId(item.id ?? '', 'item', takenIds(next, itemRef)));
    }
  }
  return { doc: next, ref: copyRef };
}

/** Moves an item to the end of another topic (in any level). */
export function moveItemToTopic(doc: TopicList, from: RefOf<'item'>, level: number, topic: number): Placed<RefOf<'item'>> {
  const item = getAt(doc, from);
  const target: RefOf<'topic'> = { kind: 'topic', level, topic };
  if (!item || !getAt(doc, target) || (from.level === level && from.topic === topic)) return { doc, ref: from };
  const removed = removeAt(doc, from);
  const at = list(getAt(removed, target)?.items).length;
  return { doc: insertIn(removed, [...refPath(target), 'items'], at, item), ref: { kind: 'item', level, topic, item: at } };
}

/**
 * The item as another type: keys that do not belong to the new type go (options, scale,
 * dimension, min and max), sensible defaults come (the first scale for a scale item, two
 * empty options for a choice).
 */
export function retypeItem(item: Item, type: ItemType, doc: TopicList): Item {
  const { scale, dimension, options, min, max, ...rest } = item;
  const next: Item = { ...rest, type };
  if (type === 'scale') {
    const chosen = scale ?? Object.keys(doc.scales ?? {})[0];
    if (chosen !== undefined) next.scale = chosen;
    if (dimension !== undefined) next.dimension = dimension;
  }
  if (type === 'choice' || type === 'multi') {
    next.options = options?.length ? options : [{ id: 'option-1', label: {} }, { id: 'option-2', label: {} }];
  }
  if (type === 'number') {
    if (min !== undefined) next.min = min;
    if (max !== undefined) next.max = max;
  }
  return next;
}

export function setItemType(doc: TopicList, ref: RefOf<'item'>, type: ItemType): TopicList {
  return updateAt(doc, ref, (item) => (item.type === type ? item : retypeItem(item, type, doc)));
}

export function addProbe(doc: TopicList, ref: RefOf<'item'>): TopicList {
  return updateAt(doc, ref, (item) => ({ ...item, probes: [...list(item.probes), {}] }));
}

export function removeProbe(doc: TopicList, ref: RefOf<'item'>, index: number): TopicList {
  return updateAt(doc, ref, (item) => {
    const probes = list(item.probes).filter((_, i) => i !== index);
    return withKey(item, 'probes', probes.length ? probes : undefined);
  });
}

/** The label of one point of a scale; an empty text removes it. */
export function setScalePointLabel(doc: TopicList, scale: string, point: number, language: string, text: string): TopicList {
  const ref: RefOf<'scale'> = { kind: 'scale', scale };
  if (!getAt(doc, ref)) return doc;
  const next = setLabelAt(doc, ref, ['labels', String(point)], language, text, true);
  const labels = getAt(next, ref)?.labels;
  return labels && Object.keys(labels).length === 0 ? setField(next, ref, 'labels', undefined) : next;
}

/** Allows or refuses "not applicable" or "don't know" on a scale. */
export function setSpecial(doc: TopicList, scale: string, special: Special, allowed: boolean): TopicList {
  return updateAt(doc, { kind: 'scale', scale }, (s) => {
    const allow = SPECIALS.filter((x) => (x === special ? allowed : list(s.allow).includes(x)));
    return withKey(s, 'allow', allow.length ? allow : undefined);
  });
}

/** How many items use a scale or a dimension. */
export function usage(doc: TopicList, key: 'scale' | 'dimension', id: string): number {
  return itemEntries(doc).filter(({ item }) => item[key] === id).length;
}

/** Whether removing the element loses work, so the designer asks first. */
export function hasContent(doc: TopicList, ref: Ref): boolean {
  switch (ref.kind) {
    case 'level': {
      const level = getAt(doc, ref);
      return !!level && (list(level.topics).length > 0 || hasText(level.label) || hasText(level.description));
    }
    case 'topic': {
      const topic = getAt(doc, ref);
      return !!topic && (list(topic.items).length > 0 || hasText(topic.label) || hasText(topic.description));
    }
    case 'item': {
      const item = getAt(doc, ref);
      if (!item) return false;
      return [item.prompt, item.hint, ...list(item.probes), ...list(item.options).map((o) => o.label)].some(hasText);
    }
    case 'option':
      return hasText(getAt(doc, ref)?.label);
    case 'dimension': {
      const d = getAt(doc, ref);
      return !!d && (hasText(d.label) || hasText(d.description) || usage(doc, 'dimension', d.id) > 0);
    }
    case 'scale':
      return usage(doc, 'scale', ref.scale) > 0;
    case 'list':
      return true;
  }
}
