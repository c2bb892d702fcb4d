// A change between two topic list versions as a sentence ("Vraag ‘…’ verwijderd uit ‘…’"),
// with the list's own texts in the UI language where the list has it.
import { labelText, type Label } from '../../../server/contract/label.ts';
import type { Item, TopicList } from '../../../server/contract/topiclist.ts';
import type { TopicListChange } from '../../../server/contract/topiclist-diff.ts';
import { languageName } from './format.ts';
import type { Locale } from './locale.ts';
import type { MessageArgs, MessageKey } from './messages.ts';
import './messages-versions.ts';

type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;
export type ChangeGroup = 'list' | 'scales' | 'dimensions' | 'levels' | 'topics' | 'items';
export const CHANGE_GROUPS: readonly ChangeGroup[] = ['list', 'scales', 'dimensions', 'levels', 'topics', 'items'];

export function changeGroup(change: TopicListChange): ChangeGroup {
  const [what] = change.kind.split('.');
  if (what === 'scale') return 'scales';
  if (what === 'dimension') return 'dimensions';
  if (what === 'level') return 'levels';
  if (what === 'topic') return 'topics';
  if (what === 'item' || what === 'option') return 'items';
  return 'list';
}

export interface ChangeTextContext {
  t: Translate;
  locale: Locale;
  from?: TopicList;
  to?: TopicList;
}

const PROMPT_LENGTH = 90;
const shorten = (text: string) => (text.length > PROMPT_LENGTH ? `${text.slice(0, PROMPT_LENGTH - 1).trimEnd()}…` : text);
const items = (list: TopicList | undefined) => list?.levels.flatMap((l) => l.topics.flatMap((t) => t.items)) ?? [];
type Place = { levelId?: string; topicId?: string; index?: number };

/** Names looked up in one version, falling back to the other, then to the id. */
function names({ locale, from, to }: ChangeTextContext, removed: boolean) {
  const lists = (removed ? [from, to] : [to, from]).filter((l): l is TopicList => l !== undefined);
  const text = (pick: (list: TopicList) => Label | undefined, fallback: string) => {
    for (const list of lists) {
      const label = pick(list);
      if (label !== undefined) return labelText(label, locale, list.languages[0] ?? locale);
    }
    return fallback;
  };
  const item = (list: TopicList, id?: string): Item | undefined => items(list).find((i) => i.id === id);
  return {
    level: (levelId = '') => text((l) => l.levels.find((x) => x.id === levelId)?.label, levelId),
    topic: (levelId = '', topicId = '') => text((l) => l.levels.find((x) => x.id === levelId)?.topics.find((x) => x.id === topicId)?.label, topicId),
    item: (itemId = '') => shorten(text((l) => item(l, itemId)?.prompt, itemId)),
    option: (itemId = '', optionId = '') => text((l) => item(l, itemId)?.options?.find((o) => o.id === optionId)?.label, optionId),
    scale: (scaleId = '') => text((l) => l.scales?.[scaleId]?.label, scaleId),
    dimension: (dimensionId = '') => text((l) => l.dimensions?.find((d) => d.id === dimensionId)?.label, dimensionId),
  };
}

export function changeText(ctx: ChangeTextContext, c: TopicListChange): string {
  const { t, locale } = ctx;
  const removed = c.kind.endsWith('.removed');
  const n = names(ctx, removed);
  const was = names(ctx, true);
  const label = (value: unknown, list?: TopicList) => labelText(value as Label, locale, list?.languages[0] ?? locale);
  const from = c.from as Place | undefined;
  const to = c.to as Place | undefined;
  const fields = () => {
    const keys = Object.keys({ ...(c.from as object), ...(c.to as object) });
    return keys.map((k) => (isField(k) ? t(`versions.field.${k}`) : k)).join(', ');
  };
  const orNothing = (value: unknown, name: (v: string) => string) => (value === undefined ? t('versions.nothing') : name(String(value)));
  const specials = (value: unknown) => {
    const list = (Array.isArray(value) ? value : []) as string[];
    return list.length ? list.map((s) => (s === 'na' || s === 'dk' ? t(`special.${s}`) : s)).join(', ') : t('versions.nothing');
  };
  const languages = (value: unknown) => ((Array.isArray(value) ? value : []) as string[]).map((code) => languageName(locale, code)).join(', ');
  const range = (value: unknown) => {
    const r = value as { min?: number; max?: number };
    return `${r.min ?? '?'}–${r.max ?? '?'}`;
  };
  const bounds = (value: unknown) => {
    const b = (value ?? {}) as { min?: number; max?: number };
    if (b.min !== undefined && b.max !== undefined) return `${b.min}–${b.max}`;
    if (b.min !== undefined) return t('versions.bounds.min', b.min);
    if (b.max !== undefined) return t('versions.bounds.max', b.max);
    return t('versions.nothing');
  };
  const type = (value: unknown) => (isItemType(value) ? t(`item.type.${value}`) : String(value));
  const position = (p: Place | undefined) => (p?.index ?? 0) + 1;

  switch (c.kind) {
    case 'title.changed':
      return t('change.title.changed', label(c.from, ctx.from), label(c.to, ctx.to));
    case 'description.changed':
      return t('change.description.changed');
    case 'languages.changed':
      return t('change.languages.changed', languages(c.from), languages(c.to));
    case 'scale.added':
    case 'scale.removed':
      return t(`change.${c.kind}`, n.scale(c.scaleId));
    case 'scale.range_changed':
      return t('change.scale.range_changed', n.scale(c.scaleId), range(c.from), range(c.to));
    case 'scale.specials_changed':
      return t('change.scale.specials_changed', n.scale(c.scaleId), specials(c.from), specials(c.to));
    case 'scale.relabelled':
      return t('change.scale.relabelled', n.scale(c.scaleId), fields());
    case 'dimension.added':
    case 'dimension.removed':
      return t(`change.${c.kind}`, n.dimension(c.dimensionId));
    case 'dimension.moved':
      return t('change.dimension.moved', n.dimension(c.dimensionId), position(from), position(to));
    case 'dimension.relabelled':
      return t('change.dimension.relabelled', was.dimension(c.dimensionId), fields());
    case 'level.added':
    case 'level.removed':
      return t(`change.${c.kind}`, n.level(c.levelId));
    case 'level.moved':
      return t('change.level.moved', n.level(c.levelId), position(from), position(to));
    case 'level.relabelled':
      return t('change.level.relabelled', was.level(c.levelId), fields());
    case 'topic.added':
    case 'topic.removed':
      return t(`change.${c.kind}`, n.topic(c.levelId, c.topicId), n.level(c.levelId));
    case 'topic.moved':
      return from?.levelId === to?.levelId
        ? t('change.topic.reordered', n.topic(c.levelId, c.topicId), n.level(c.levelId))
        : t('change.topic.moved', n.topic(c.levelId, c.topicId), was.level(from?.levelId), n.level(to?.levelId));
    case 'topic.relabelled':
      return t('change.topic.relabelled', was.topic(c.levelId, c.topicId), fields());
    case 'item.added':
    case 'item.removed':
      return t(`change.${c.kind}`, n.item(c.itemId), n.topic(c.levelId, c.topicId));
    case 'item.moved':
      return from?.levelId === to?.levelId && from?.topicId === to?.topicId
        ? t('change.item.reordered', n.item(c.itemId), n.topic(c.levelId, c.topicId))
        : t('change.item.moved', n.item(c.itemId), was.topic(from?.levelId, from?.topicId), n.topic(to?.levelId, to?.topicId));
    case 'item.relabelled':
      return t('change.item.relabelled', was.item(c.itemId), fields());
    case 'item.retyped':
      return t('change.item.retyped', n.item(c.itemId), type(c.from), type(c.to));
    case 'item.scale_changed':
      return t('change.item.scale_changed', n.item(c.itemId), orNothing(c.from, was.scale), orNothing(c.to, n.scale));
    case 'item.dimension_changed':
      return t('change.item.dimension_changed', n.item(c.itemId), orNothing(c.from, was.dimension), orNothing(c.to, n.dimension));
    case 'item.bounds_changed':
      return t('change.item.bounds_changed', n.item(c.itemId), bounds(c.from), bounds(c.to));
    case 'option.added':
    case 'option.removed':
    case 'option.moved':
      return t(`change.${c.kind}`, n.option(c.itemId, c.optionId), n.item(c.itemId));
    case 'option.relabelled':
      return t('change.option.relabelled', label(c.from, ctx.from), label(c.to, ctx.to), n.item(c.itemId));
  }
}

const FIELDS = ['prompt', 'hint', 'probes', 'label', 'labels', 'description'] as const;
const isField = (key: string): key is (typeof FIELDS)[number] => (FIELDS as readonly string[]).includes(key);
// Repeated here: the contract's list sits beside zod schemas the bundle should not load.
const ITEM_TYPES = ['open', 'scale', 'choice', 'multi', 'number', 'boolean', 'date'] as const;
const isItemType = (value: unknown): value is (typeof ITEM_TYPES)[number] => (ITEM_TYPES as readonly unknown[]).includes(value);
