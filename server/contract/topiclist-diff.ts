// How two versions of a topic list differ, and which differences break the comparability of
// answers between them. Pure; imports only zod and the topic list contract (as types), so the
// server answers with it and the designer warns with it while a list is being edited.
import { z } from 'zod';
import type { Dimension, Item, Level, Option, Scale, Topic, TopicList } from './topiclist.ts';

export const CHANGE_KINDS = [
  'title.changed',
  'description.changed',
  'languages.changed',
  'scale.added',
  'scale.removed',
  'scale.range_changed',
  'scale.specials_changed',
  'scale.relabelled',
  'dimension.added',
  'dimension.removed',
  'dimension.moved',
  'dimension.relabelled',
  'level.added',
  'level.removed',
  'level.moved',
  'level.relabelled',
  'topic.added',
  'topic.removed',
  'topic.moved',
  'topic.relabelled',
  'item.added',
  'item.removed',
  'item.moved',
  'item.relabelled',
  'item.retyped',
  'item.scale_changed',
  'item.dimension_changed',
  'item.bounds_changed',
  'option.added',
  'option.removed',
  'option.moved',
  'option.relabelled',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

// Built in a function called under a pure annotation: a client bundle that only uses
// `diffTopicLists` leaves zod out.
function changeSchema() {
  const id = z.string().optional();
  return z
    .object({
      kind: z.enum(CHANGE_KINDS),
      breaking: z.boolean().describe('answers before and after this change cannot be compared one to one'),
      levelId: id,
      topicId: id,
      itemId: id,
      optionId: id,
      scaleId: id,
      dimensionId: id,
      from: z.unknown().optional().describe('the old value: the removed thing, the old place ({levelId, topicId, index}), the old texts, ...'),
      to: z.unknown().optional().describe('the new value, in the same form as `from`'),
    })
    .meta({ id: 'TopicListChange' });
}

/**
 * One difference. Path fields name where it is (the item's current place; a removed thing's
 * old place). `from`/`to` per kind: added/removed carry the thing (levels and topics without
 * their children); moved `{levelId?, topicId?, index}` (0-based); relabelled the changed
 * texts only; retyped the types; scale/dimension changes the ids; bounds `{min?, max?}`;
 * range `{min, max}`; specials the `allow` lists; title, description and languages the values.
 */
export const topicListChangeSchema = /* @__PURE__ */ changeSchema();
export type TopicListChange = z.infer<ReturnType<typeof changeSchema>>;

function comparisonSchema() {
  return z
    .object({ id: z.string(), from: z.number().int(), to: z.number().int(), changes: z.array(topicListChangeSchema) })
    .meta({ id: 'TopicListComparison' });
}
export const topicListComparisonSchema = /* @__PURE__ */ comparisonSchema();
export type TopicListComparison = z.infer<ReturnType<typeof comparisonSchema>>;

function compareQuery() {
  const version = z.coerce
    .number({ error: 'a version is a whole number from 1' })
    .int({ error: 'a version is a whole number from 1' })
    .positive({ error: 'a version is a whole number from 1' });
  return z.object({ from: version, to: version });
}
export const compareQuerySchema = /* @__PURE__ */ compareQuery();

/** Every change from one version to another, matched by id, in a stable order. */
export function diffTopicLists(from: TopicList, to: TopicList): TopicListChange[] {
  const out: TopicListChange[] = [];
  diffList(from, to, out);
  diffScales(from, to, out);
  diffDimensions(from, to, out);
  diffLevels(from, to, out);
  diffTopics(from, to, out);
  diffItems(from, to, out);
  return out;
}

/** The changes that break the comparability of answers between the two versions. */
export function breakingChanges(from: TopicList, to: TopicList): TopicListChange[] {
  return diffTopicLists(from, to).filter((c) => c.breaking);
}

type Change = TopicListChange;
const change = (kind: ChangeKind, breaking: boolean, rest: Omit<Change, 'kind' | 'breaking'> = {}): Change => ({ kind, breaking, ...rest });

function diffList(a: TopicList, b: TopicList, out: Change[]) {
  if (!same(a.title, b.title)) out.push(change('title.changed', false, { from: a.title, to: b.title }));
  if (!same(a.description, b.description)) out.push(change('description.changed', false, values(a.description, b.description)));
  if (!same(a.languages, b.languages)) out.push(change('languages.changed', false, { from: a.languages, to: b.languages }));
}

function diffScales(a: TopicList, b: TopicList, out: Change[]) {
  const before = a.scales ?? {};
  const after = b.scales ?? {};
  for (const [scaleId, scale] of Object.entries(before)) {
    if (!(scaleId in after)) out.push(change('scale.removed', false, { scaleId, from: scale }));
  }
  for (const [scaleId, scale] of Object.entries(after)) {
    const old = before[scaleId];
    if (!old) {
      out.push(change('scale.added', false, { scaleId, to: scale }));
      continue;
    }
    // Only answers of items that use the scale in both versions are compared on it.
    const used = scaleUsedInBoth(a, b, scaleId);
    if (old.min !== scale.min || old.max !== scale.max) {
      out.push(change('scale.range_changed', used, { scaleId, from: { min: old.min, max: old.max }, to: { min: scale.min, max: scale.max } }));
    }
    if (!same(specials(old), specials(scale))) {
      out.push(change('scale.specials_changed', used, { scaleId, from: old.allow ?? [], to: scale.allow ?? [] }));
    }
    const texts = changedFields<Scale>(old, scale, ['label', 'labels']);
    if (texts) out.push(change('scale.relabelled', false, { scaleId, ...texts }));
  }
}

const specials = (s: Scale) => [...new Set(s.allow ?? [])].sort();

function scaleUsedInBoth(a: TopicList, b: TopicList, scaleId: string): boolean {
  const before = new Map(itemsOf(a).map((p) => [p.item.id, p.item]));
  return itemsOf(b).some(({ item }) => {
    const old = before.get(item.id);
    return item.type === 'scale' && item.scale === scaleId && old?.type === 'scale' && old.scale === scaleId;
  });
}

function diffDimensions(a: TopicList, b: TopicList, out: Change[]) {
  const before = a.dimensions ?? [];
  const after = b.dimensions ?? [];
  const afterIds = new Set(after.map((d) => d.id));
  for (const d of before) if (!afterIds.has(d.id)) out.push(change('dimension.removed', true, { dimensionId: d.id, from: d }));
  const beforeById = new Map(before.map((d, index) => [d.id, { d, index }]));
  const kept = unmoved(
    before.filter((d) => afterIds.has(d.id)).map((d) => d.id),
    after.filter((d) => beforeById.has(d.id)).map((d) => d.id),
  );
  after.forEach((d, index) => {
    const old = beforeById.get(d.id);
    if (!old) return void out.push(change('dimension.added', false, { dimensionId: d.id, to: d }));
    if (!kept.has(d.id)) out.push(change('dimension.moved', false, { dimensionId: d.id, from: { index: old.index }, to: { index } }));
    const texts = changedFields<Dimension>(old.d, d, ['label', 'description']);
    if (texts) out.push(change('dimension.relabelled', false, { dimensionId: d.id, ...texts }));
  });
}

const shallowLevel = ({ topics: _t, ...rest }: Level) => rest;
const shallowTopic = ({ items: _i, ...rest }: Topic) => rest;

function diffLevels(a: TopicList, b: TopicList, out: Change[]) {
  const afterIds = new Set(b.levels.map((l) => l.id));
  for (const l of a.levels) if (!afterIds.has(l.id)) out.push(change('level.removed', true, { levelId: l.id, from: shallowLevel(l) }));
  const beforeById = new Map(a.levels.map((l, index) => [l.id, { l, index }]));
  const kept = unmoved(
    a.levels.filter((l) => afterIds.has(l.id)).map((l) => l.id),
    b.levels.filter((l) => beforeById.has(l.id)).map((l) => l.id),
  );
  b.levels.forEach((l, index) => {
    const old = beforeById.get(l.id);
    if (!old) return void out.push(change('level.added', false, { levelId: l.id, to: shallowLevel(l) }));
    if (!kept.has(l.id)) out.push(change('level.moved', false, { levelId: l.id, from: { index: old.index }, to: { index } }));
    const texts = changedFields<Level>(old.l, l, ['label', 'description']);
    if (texts) out.push(change('level.relabelled', false, { levelId: l.id, ...texts }));
  });
}

interface TopicAt {
  levelId: string;
  topic: Topic;
  index: number;
}
const topicsOf = (list: TopicList): TopicAt[] => list.levels.flatMap((l) => l.topics.map((topic, index) => ({ levelId: l.id, topic, index })));
const topicKey = (t: { levelId: string; topic: Topic }) => `${t.levelId}/${t.topic.id}`;

/**
 * Topic ids are unique within a level only. A topic is the same topic when it keeps its id in
 * the same level, or when its id occurs once in each version (it moved to another level).
 */
function matchTopics(a: TopicList, b: TopicList): Map<string, TopicAt> {
  const before = topicsOf(a);
  const after = topicsOf(b);
  const match = new Map<string, TopicAt>();
  const taken = new Set<string>();
  const beforeByKey = new Map(before.map((t) => [topicKey(t), t]));
  for (const t of after) {
    const old = beforeByKey.get(topicKey(t));
    if (old) {
      match.set(topicKey(t), old);
      taken.add(topicKey(old));
    }
  }
  const count = (list: TopicAt[], id: string) => list.filter((t) => t.topic.id === id).length;
  for (const t of after) {
    if (match.has(topicKey(t)) || count(after, t.topic.id) !== 1 || count(before, t.topic.id) !== 1) continue;
    const old = before.find((o) => o.topic.id === t.topic.id)!;
    if (taken.has(topicKey(old))) continue;
    match.set(topicKey(t), old);
    taken.add(topicKey(old));
  }
  return match;
}

function diffTopics(a: TopicList, b: TopicList, out: Change[]) {
  const match = matchTopics(a, b);
  const matched = new Set([...match.values()].map(topicKey));
  for (const t of topicsOf(a)) {
    if (!matched.has(topicKey(t))) out.push(change('topic.removed', false, { levelId: t.levelId, topicId: t.topic.id, from: shallowTopic(t.topic) }));
  }
  // Position within a level counts among the topics that stayed in that level.
  const kept = new Set<string>();
  for (const level of b.levels) {
    const stayed = level.topics.filter((t) => match.get(`${level.id}/${t.id}`)?.levelId === level.id).map((t) => t.id);
    const oldOrder = topicsOf(a)
      .filter((t) => t.levelId === level.id && stayed.includes(t.topic.id))
      .map((t) => t.topic.id);
    for (const id of unmoved(oldOrder, stayed)) kept.add(`${level.id}/${id}`);
  }
  for (const t of topicsOf(b)) {
    const path = { levelId: t.levelId, topicId: t.topic.id };
    const old = match.get(topicKey(t));
    if (!old) {
      out.push(change('topic.added', false, { ...path, to: shallowTopic(t.topic) }));
      continue;
    }
    if (!kept.has(topicKey(t))) {
      out.push(change('topic.moved', false, { ...path, from: { levelId: old.levelId, index: old.index }, to: { levelId: t.levelId, index: t.index } }));
    }
    const texts = changedFields<Topic>(old.topic, t.topic, ['label', 'description']);
    if (texts) out.push(change('topic.relabelled', false, { ...path, ...texts }));
  }
}

interface ItemAt {
  levelId: string;
  topicId: string;
  index: number;
  item: Item;
}
const itemsOf = (list: TopicList): ItemAt[] =>
  list.levels.flatMap((l) => l.topics.flatMap((t) => t.items.map((item, index) => ({ levelId: l.id, topicId: t.id, index, item }))));
const place = (p: ItemAt) => ({ levelId: p.levelId, topicId: p.topicId, index: p.index });

function diffItems(a: TopicList, b: TopicList, out: Change[]) {
  const before = itemsOf(a);
  const after = itemsOf(b);
  const beforeById = new Map(before.map((p) => [p.item.id, p]));
  const afterIds = new Set(after.map((p) => p.item.id));
  const pathOf = (p: ItemAt) => ({ levelId: p.levelId, topicId: p.topicId, itemId: p.item.id });
  for (const p of before) if (!afterIds.has(p.item.id)) out.push(change('item.removed', true, { ...pathOf(p), from: p.item }));

  // An item stays in place when its topic (as matched) holds it in both versions and its
  // order among the items that stayed there is kept.
  const topics = matchTopics(a, b);
  const sameTopic = (old: ItemAt, now: ItemAt) => {
    const oldTopic = topics.get(`${now.levelId}/${now.topicId}`);
    return oldTopic !== undefined && oldTopic.levelId === old.levelId && oldTopic.topic.id === old.topicId;
  };
  const kept = new Set<string>();
  for (const level of b.levels) {
    for (const topic of level.topics) {
      const here = after.filter((p) => p.levelId === level.id && p.topicId === topic.id);
      const stayed = here.filter((p) => beforeById.has(p.item.id) && sameTopic(beforeById.get(p.item.id)!, p)).map((p) => p.item.id);
      const oldOrder = before.filter((p) => stayed.includes(p.item.id)).map((p) => p.item.id);
      for (const id of unmoved(oldOrder, stayed)) kept.add(id);
    }
  }

  for (const now of after) {
    const path = pathOf(now);
    const old = beforeById.get(now.item.id);
    if (!old) {
      out.push(change('item.added', false, { ...path, to: now.item }));
      continue;
    }
    if (!kept.has(now.item.id)) out.push(change('item.moved', false, { ...path, from: place(old), to: place(now) }));
    diffItem(old.item, now.item, path, out);
  }
}

type ItemPath = { levelId: string; topicId: string; itemId: string };

function diffItem(old: Item, now: Item, path: ItemPath, out: Change[]) {
  const texts = changedFields<Item>(old, now, ['prompt', 'hint', 'probes']);
  if (texts) out.push(change('item.relabelled', false, { ...path, ...texts }));
  // A new type changes what the answer is; its scale, options and bounds follow from it.
  if (old.type !== now.type) return void out.push(change('item.retyped', true, { ...path, from: old.type, to: now.type }));
  if (old.scale !== now.scale) out.push(change('item.scale_changed', true, { ...path, ...values(old.scale, now.scale) }));
  if (old.dimension !== now.dimension) out.push(change('item.dimension_changed', true, { ...path, ...values(old.dimension, now.dimension) }));
  if (old.min !== now.min || old.max !== now.max) {
    out.push(change('item.bounds_changed', false, { ...path, from: bounds(old), to: bounds(now) }));
  }
  diffOptions(old.options ?? [], now.options ?? [], path, out);
}

const bounds = (item: Item) => ({ ...(item.min !== undefined ? { min: item.min } : {}), ...(item.max !== undefined ? { max: item.max } : {}) });

function diffOptions(before: Option[], after: Option[], path: ItemPath, out: Change[]) {
  const afterIds = new Set(after.map((o) => o.id));
  for (const o of before) if (!afterIds.has(o.id)) out.push(change('option.removed', true, { ...path, optionId: o.id, from: o }));
  const beforeById = new Map(before.map((o, index) => [o.id, { o, index }]));
  const kept = unmoved(
    before.filter((o) => afterIds.has(o.id)).map((o) => o.id),
    after.filter((o) => beforeById.has(o.id)).map((o) => o.id),
  );
  after.forEach((o, index) => {
    const old = beforeById.get(o.id);
    const at = { ...path, optionId: o.id };
    if (!old) return void out.push(change('option.added', false, { ...at, to: o }));
    if (!kept.has(o.id)) out.push(change('option.moved', false, { ...at, from: { index: old.index }, to: { index } }));
    if (!same(old.o.label, o.label)) out.push(change('option.relabelled', false, { ...at, from: old.o.label, to: o.label }));
  });
}

/**
 * The ids that keep their order: a longest common subsequence of the two orders (both hold
 * the same ids). The others count as moved, so one insertion does not move everything after it.
 */
function unmoved(before: string[], after: string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] = before[i] === after[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

/** `{from, to}` with only the fields that differ, or undefined when none do. */
function changedFields<T extends object>(a: T, b: T, keys: (keyof T)[]): { from: Partial<T>; to: Partial<T> } | undefined {
  const from: Partial<T> = {};
  const to: Partial<T> = {};
  let any = false;
  for (const key of keys) {
    if (same(a[key], b[key])) continue;
    any = true;
    if (a[key] !== undefined) from[key] = a[key];
    if (b[key] !== undefined) to[key] = b[key];
  }
  return any ? { from, to } : undefined;
}

/** `{from, to}` leaving out a side that is absent. */
const values = (a: unknown, b: unknown) => ({ ...(a !== undefined ? { from: a } : {}), ...(b !== undefined ? { to: b } : {}) });

/** Equal as data: key order and absent keys do not count. */
function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

