// Ids: proposed from labels, unique where the format needs them to be. Part of doc-ops.ts.
import type { TopicList } from '../../../server/contract/topiclist.ts';
import { labelIn } from './doc-labels.ts';
import { getAt, isObj, itemEntries, type Kind, list, mapItems, type Ref, setField } from './doc-paths.ts';

/** What a new element's id is made of while its label is still empty: `item-1`, `item-2`. */
export const FALLBACK_ID: Record<Kind, string> = { list: 'topiclist', level: 'level', topic: 'topic', item: 'item', option: 'option', dimension: 'dimension', scale: 'scale' };

/** Lower-case letters, digits and "-", from any text: "Één keer, overleg" -> "een-keer-overleg". */
export function slugify(text: string, maxLength = 40): string {
  const slug = text
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary, so a long question gives whole words.
  const cut = slug.slice(0, maxLength + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`... whichever is still free. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** An id from a label text, unique among `taken`; `fallback-1`, `fallback-2`... for an empty text. */
export function proposeId(text: string, fallback: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug = slugify(text);
  if (slug) return uniqueId(slug, used);
  for (let n = 1; ; n++) if (!used.has(`${fallback}-${n}`)) return `${fallback}-${n}`;
}

const idOf = (x: unknown) => (isObj(x) && typeof x.id === 'string' ? [x.id] : []);
const otherIds = (items: unknown[] | undefined, index: number) => list(items).flatMap((x, i) => (i === index ? [] : idOf(x)));

/** The ids an element's id must differ from: item ids in the whole list, topic ids in their level... */
export function takenIds(doc: TopicList, ref: Ref): string[] {
  switch (ref.kind) {
    case 'list':
      return [];
    case 'level':
      return otherIds(doc.levels, ref.level);
    case 'topic':
      return otherIds(doc.levels?.[ref.level]?.topics, ref.topic);
    case 'item':
      return itemEntries(doc).flatMap(({ ref: r, item }) => (r.level === ref.level && r.topic === ref.topic && r.item === ref.item ? [] : idOf(item)));
    case 'option':
      return otherIds(getAt(doc, { ...ref, kind: 'item' })?.options, ref.option);
    case 'dimension':
      return otherIds(doc.dimensions, ref.dimension);
    case 'scale':
      return Object.keys(doc.scales ?? {}).filter((id) => id !== ref.scale);
  }
}

/** The id of an element (a scale's is its key). */
export function idAt(doc: TopicList, ref: Ref): string {
  if (ref.kind === 'scale') return ref.scale;
  const el = ref.kind === 'list' ? doc : getAt(doc, ref);
  return isObj(el) && typeof el.id === 'string' ? el.id : '';
}

/**
 * A name for an element that survives moves and edits of its other fields, as long as its
 * id (and its parent's) stays the same: the designer uses it to remember new elements.
 */
export function identity(doc: TopicList, ref: Ref): string {
  const id = idAt(doc, ref);
  if (ref.kind === 'topic') return `topic@${idAt(doc, { kind: 'level', level: ref.level })}#${id}`;
  if (ref.kind === 'option') return `option@${idAt(doc, { ...ref, kind: 'item' })}#${id}`;
  return `${ref.kind}#${id}`;
}

/** The label an element's id is made from. */
export const mainLabel = (kind: Kind): 'title' | 'prompt' | 'label' => (kind === 'list' ? 'title' : kind === 'item' ? 'prompt' : 'label');

/** The id proposed from the element's label in the default language, unique in its scope. */
export function proposedId(doc: TopicList, ref: Ref): string {
  const el = ref.kind === 'list' ? doc : getAt(doc, ref);
  const first = list(doc.languages)[0];
  const text = labelIn(isObj(el) ? (el as Record<string, unknown>)[mainLabel(ref.kind)] : undefined, first ?? '', first);
  if (ref.kind === 'list') return slugify(text);
  return proposeId(text, FALLBACK_ID[ref.kind], takenIds(doc, ref));
}

/** Gives an element an id; scales and dimensions take the items that use them along. */
export function setId(doc: TopicList, ref: Ref, id: string): TopicList {
  if (ref.kind === 'list') return { ...doc, id };
  if (ref.kind === 'scale') return renameScale(doc, ref.scale, id);
  if (ref.kind === 'dimension') return renameDimension(doc, ref.dimension, id);
  return setField(doc, ref, 'id', id);
}

/** Renames a scale in place (order kept); items on it follow. Refused for an empty or taken id. */
export function renameScale(doc: TopicList, from: string, to: string): TopicList {
  const scales = doc.scales ?? {};
  if (from === to || !to || !(from in scales) || to in scales) return doc;
  const renamed = Object.fromEntries(Object.entries(scales).map(([id, s]) => [id === from ? to : id, s]));
  return mapItems({ ...doc, scales: renamed }, (item) => (item.scale === from ? { ...item, scale: to } : item));
}

/** Renames a dimension; items on it follow unless the old or new id is also another dimension's. */
export function renameDimension(doc: TopicList, index: number, id: string): TopicList {
  const old = doc.dimensions?.[index]?.id;
  const next = setField(doc, { kind: 'dimension', dimension: index }, 'id', id);
  const others = otherIds(doc.dimensions, index);
  if (old === undefined || old === id || others.includes(old) || others.includes(id)) return next;
  return mapItems(next, (item) => (item.dimension === old ? { ...item, dimension: id } : item));
}
