// Comparing two stored versions of a topic list, and saying in words what a change does.
import { diffTopicLists, type TopicListChange, type TopicListComparison } from '../contract/topiclist-diff.ts';
import type { Db } from '../db/database.ts';
import type { ErrorIssue } from '../errors.ts';
import { getTopicList } from './topiclists.ts';

/** The changes from version `from` to version `to`; 404 for an unknown list or version. */
export async function compareVersions(db: Db, id: string, from: number, to: number): Promise<TopicListComparison> {
  const before = await getTopicList(db, id, from);
  const after = from === to ? before : await getTopicList(db, id, to);
  return { id, from, to, changes: diffTopicLists(before, after) };
}

/** A change as an error issue: where (by ids) and what, for refusals that list changes. */
export function changeIssue(c: TopicListChange): ErrorIssue {
  return { path: changePath(c), message: changeMessage(c) };
}

function changePath(c: TopicListChange): string {
  if (c.optionId) return `items.${c.itemId}.options.${c.optionId}`;
  if (c.itemId) return `items.${c.itemId}`;
  if (c.scaleId) return `scales.${c.scaleId}`;
  if (c.dimensionId) return `dimensions.${c.dimensionId}`;
  if (c.topicId) return `levels.${c.levelId}.topics.${c.topicId}`;
  if (c.levelId) return `levels.${c.levelId}`;
  return c.kind.split('.')[0]!;
}

const quoted = (v: unknown) => (v === undefined ? '(none)' : `"${String(v)}"`);
const range = (v: unknown) => {
  const r = v as { min?: number; max?: number } | undefined;
  return `${r?.min ?? '?'}-${r?.max ?? '?'}`;
};
const list = (v: unknown) => `[${(Array.isArray(v) ? v : []).join(', ')}]`;

function changeMessage(c: TopicListChange): string {
  switch (c.kind) {
    case 'item.removed':
      return `item "${c.itemId}" is removed`;
    case 'item.retyped':
      return `item "${c.itemId}" changes type from ${c.from} to ${c.to}`;
    case 'item.scale_changed':
      return `item "${c.itemId}" changes scale from ${quoted(c.from)} to ${quoted(c.to)}`;
    case 'item.dimension_changed':
      return `item "${c.itemId}" changes dimension from ${quoted(c.from)} to ${quoted(c.to)}`;
    case 'option.removed':
      return `option "${c.optionId}" of item "${c.itemId}" is removed`;
    case 'scale.range_changed':
      return `scale "${c.scaleId}" changes range from ${range(c.from)} to ${range(c.to)}`;
    case 'scale.specials_changed':
      return `scale "${c.scaleId}" changes its special answers from ${list(c.from)} to ${list(c.to)}`;
    case 'dimension.removed':
      return `dimension "${c.dimensionId}" is removed`;
    case 'level.removed':
      return `level "${c.levelId}" is removed`;
    default:
      return `${c.kind.replace('.', ' ').replace('_', ' ')}`;
  }
}
