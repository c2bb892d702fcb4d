// The topic list file format, v1 (see README "Topic list format").
// Imports only zod: the server, the CLI checker and the Lit client share this file.
import { z } from 'zod';

export const TOPICLIST_ID = /^[a-z0-9-]+$/;
/** Ids inside a topic list (levels, topics, items, dimensions, scales, options). */
export const INNER_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
export const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const ITEM_TYPES = ['open', 'scale', 'choice', 'multi', 'number', 'boolean', 'date'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const SPECIAL_ANSWERS = ['na', 'dk'] as const;
export type SpecialAnswer = (typeof SPECIAL_ANSWERS)[number];

const innerId = z
  .string({ error: 'must be a text id' })
  .max(100, { error: 'ids are at most 100 characters' })
  .regex(INNER_ID, { error: 'ids use letters, digits, "_", "-" and "." and start with a letter or digit' });

/** A label: a plain text in the default language, or a map of language code to text. */
export const labelSchema = z.union(
  [z.string().trim().min(1, { error: 'a label must not be empty' }), z.record(z.string(), z.string().trim().min(1, { error: 'a label must not be empty' }))],
  { error: 'a label is a non-empty text or a map of language code to non-empty text' },
);
export type Label = z.infer<typeof labelSchema>;

export const scaleSchema = z.strictObject({
  min: z.number({ error: 'min must be a whole number' }).int({ error: 'min must be a whole number' }),
  max: z.number({ error: 'max must be a whole number' }).int({ error: 'max must be a whole number' }),
  label: labelSchema.optional(),
  labels: z.record(z.string(), labelSchema).optional(),
  allow: z.array(z.enum(SPECIAL_ANSWERS, { error: 'allowed specials are "na" and "dk"' })).optional(),
});
export type Scale = z.infer<typeof scaleSchema>;

export const dimensionSchema = z.strictObject({
  id: innerId,
  label: labelSchema,
  description: labelSchema.optional(),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const optionSchema = z.strictObject({ id: innerId, label: labelSchema });
export type Option = z.infer<typeof optionSchema>;

/**
 * One object for every item type: which keys belong to which type is checked by the
 * cross-field rules below, which can say "only scale items take a dimension" instead of
 * a bare "unrecognized key".
 */
export const itemSchema = z.strictObject({
  id: innerId,
  type: z.enum(ITEM_TYPES, { error: `type must be one of ${ITEM_TYPES.join(', ')}` }),
  prompt: labelSchema,
  hint: labelSchema.optional(),
  probes: z.array(labelSchema).optional(),
  scale: innerId.optional(),
  dimension: innerId.optional(),
  options: z.array(optionSchema).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type Item = z.infer<typeof itemSchema>;

export const topicSchema = z.strictObject({
  id: innerId,
  label: labelSchema,
  description: labelSchema.optional(),
  items: z.array(itemSchema).min(1, { error: 'a topic needs at least one item' }),
});
export type Topic = z.infer<typeof topicSchema>;

export const levelSchema = z.strictObject({
  id: innerId,
  label: labelSchema,
  description: labelSchema.optional(),
  topics: z.array(topicSchema).min(1, { error: 'a level needs at least one topic' }),
});
export type Level = z.infer<typeof levelSchema>;

/** Structure only; see `topicListSchema` for the full format with its cross-field rules. */
export const topicListShape = z.strictObject({
  id: z
    .string({ error: 'id must be a text' })
    .max(100)
    .regex(TOPICLIST_ID, { error: 'a topic list id uses only a-z, 0-9 and "-"' }),
  title: labelSchema,
  description: labelSchema.optional(),
  languages: z
    .array(z.string().regex(LANGUAGE, { error: 'a language is a code such as "nl" or "en"' }))
    .min(1, { error: 'at least one language is needed; the first is the default' }),
  scales: z.record(innerId, scaleSchema).optional(),
  dimensions: z.array(dimensionSchema).optional(),
  levels: z.array(levelSchema).min(1, { error: 'a topic list needs at least one level' }),
});
export type TopicList = z.infer<typeof topicListShape>;

export type RulePath = (string | number)[];
export interface RuleIssue {
  path: RulePath;
  message: string;
  /** The problem is the key itself (its name), not its value. */
  atKey?: boolean;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The cross-field rules. They read the raw document defensively, so they can run next to
 * the structural check and a file gets every problem at once.
 */
export function checkTopicListRules(doc: unknown): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (!isObj(doc)) return issues;
  const add: Add = (path, message, atKey) => issues.push({ path, message, ...(atKey ? { atKey } : {}) });

  const languages = arr(doc.languages).filter((l): l is string => typeof l === 'string');
  const defaultLanguage = languages[0];
  unique(languages.map((l, i) => [l, ['languages', i]]), 'language', add);

  const label = (value: unknown, path: RulePath) => {
    if (!isObj(value) || !defaultLanguage) return;
    for (const lang of Object.keys(value)) {
      if (!languages.includes(lang)) add([...path, lang], `language "${lang}" is not in languages (${languages.join(', ')})`, true);
    }
    if (!(defaultLanguage in value)) add(path, `label has no text in the default language "${defaultLanguage}"`);
  };
  label(doc.title, ['title']);
  label(doc.description, ['description']);

  const scales = isObj(doc.scales) ? doc.scales : {};
  for (const [scaleId, scale] of Object.entries(scales)) {
    if (isObj(scale)) checkScale(scale, ['scales', scaleId], add, label);
  }

  const dimensions = arr(doc.dimensions);
  const dimensionIds = new Set<string>();
  unique(dimensions.map((d, i) => [isObj(d) ? str(d.id) : undefined, ['dimensions', i, 'id']]), 'dimension id', add);
  dimensions.forEach((d, i) => {
    if (!isObj(d)) return;
    if (typeof d.id === 'string') dimensionIds.add(d.id);
    label(d.label, ['dimensions', i, 'label']);
    label(d.description, ['dimensions', i, 'description']);
  });

  const levels = arr(doc.levels);
  const itemIds: [string | undefined, RulePath][] = [];
  unique(levels.map((l, i) => [isObj(l) ? str(l.id) : undefined, ['levels', i, 'id']]), 'level id', add);
  levels.forEach((level, li) => {
    if (!isObj(level)) return;
    const lp: RulePath = ['levels', li];
    label(level.label, [...lp, 'label']);
    label(level.description, [...lp, 'description']);
    const topics = arr(level.topics);
    unique(topics.map((t, ti) => [isObj(t) ? str(t.id) : undefined, [...lp, 'topics', ti, 'id']]), 'topic id in this level', add);
    topics.forEach((topic, ti) => {
      if (!isObj(topic)) return;
      const tp: RulePath = [...lp, 'topics', ti];
      label(topic.label, [...tp, 'label']);
      label(topic.description, [...tp, 'description']);
      arr(topic.items).forEach((item, ii) => {
        if (!isObj(item)) return;
        const ip: RulePath = [...tp, 'items', ii];
        itemIds.push([str(item.id), [...ip, 'id']]);
        checkItem(item, ip, { scales, dimensionIds, hasDimensions: dimensions.length > 0 }, add, label);
      });
    });
  });
  unique(itemIds, 'item id', add);
  return issues;
}

type Add = (path: RulePath, message: string, atKey?: boolean) => void;
type CheckLabel = (value: unknown, path: RulePath) => void;

function unique(entries: [string | undefined, RulePath][], what: string, add: Add) {
  const seen = new Map<string, RulePath>();
  for (const [id, path] of entries) {
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first) add(path, `duplicate ${what} "${id}" (first used at ${formatPath(first)})`);
    else seen.set(id, path);
  }
}

function checkScale(scale: Obj, path: RulePath, add: Add, label: CheckLabel) {
  const { min, max } = scale;
  const ranged = Number.isInteger(min) && Number.isInteger(max);
  if (ranged && (min as number) >= (max as number)) add([...path, 'max'], `max (${max}) must be greater than min (${min})`);
  if (ranged && (max as number) - (min as number) > 100) add([...path, 'max'], 'a scale has at most 101 points');
  label(scale.label, [...path, 'label']);
  if (isObj(scale.labels)) {
    for (const [point, pointLabel] of Object.entries(scale.labels)) {
      const n = Number(point);
      if (!/^-?\d+$/.test(point)) add([...path, 'labels', point], `scale label key "${point}" is not a whole number`, true);
      else if (ranged && (n < (min as number) || n > (max as number))) {
        add([...path, 'labels', point], `scale label ${point} is outside ${min}-${max}`, true);
      }
      label(pointLabel, [...path, 'labels', point]);
    }
  }
  unique(arr(scale.allow).map((a, i) => [str(a), [...path, 'allow', i]]), 'special answer', add);
}

interface ItemContext {
  scales: Obj;
  dimensionIds: Set<string>;
  hasDimensions: boolean;
}

function checkItem(item: Obj, path: RulePath, ctx: ItemContext, add: Add, label: CheckLabel) {
  const type = str(item.type);
  label(item.prompt, [...path, 'prompt']);
  label(item.hint, [...path, 'hint']);
  arr(item.probes).forEach((p, i) => label(p, [...path, 'probes', i]));

  if (type === 'scale') {
    if (item.scale === undefined) add(path, 'a scale item needs "scale", the id of one of the scales');
    else if (typeof item.scale === 'string' && !(item.scale in ctx.scales)) {
      add([...path, 'scale'], `unknown scale "${item.scale}"${known(Object.keys(ctx.scales))}`);
    }
  } else if (item.scale !== undefined && type) {
    add([...path, 'scale'], `only scale items take "scale" (this item is ${type})`);
  }

  if (item.dimension !== undefined) {
    if (type && type !== 'scale') add([...path, 'dimension'], `only scale items take "dimension" (this item is ${type})`);
    else if (typeof item.dimension === 'string' && !ctx.dimensionIds.has(item.dimension)) {
      add([...path, 'dimension'], `unknown dimension "${item.dimension}"${known([...ctx.dimensionIds])}`);
    }
  }

  const hasOptions = type === 'choice' || type === 'multi';
  if (hasOptions) {
    const options = arr(item.options);
    if (options.length === 0) add(item.options === undefined ? path : [...path, 'options'], `a ${type} item needs at least one option in "options"`);
    unique(options.map((o, i) => [isObj(o) ? str(o.id) : undefined, [...path, 'options', i, 'id']]), 'option id', add);
    options.forEach((o, i) => isObj(o) && label(o.label, [...path, 'options', i, 'label']));
  } else if (item.options !== undefined && type) {
    add([...path, 'options'], `only choice and multi items take "options" (this item is ${type})`);
  }

  for (const bound of ['min', 'max'] as const) {
    if (item[bound] !== undefined && type && type !== 'number') {
      add([...path, bound], `only number items take "${bound}" (this item is ${type})`);
    }
  }
  if (type === 'number' && typeof item.min === 'number' && typeof item.max === 'number' && item.min > item.max) {
    add([...path, 'max'], `max (${item.max}) must not be below min (${item.min})`);
  }
}

const known = (ids: string[]) => (ids.length ? ` (known: ${ids.join(', ')})` : ' (none are declared)');

/** `levels[0].topics[1].items[2].dimension` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(top)';
}

/** The full format: structure plus cross-field rules, as one zod schema. */
export const topicListSchema = topicListShape.superRefine((doc, ctx) => {
  for (const issue of checkTopicListRules(doc)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export { labelText } from './label.ts';
