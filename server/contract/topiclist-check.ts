// The whole check of a topic list document (structure and cross-field rules), for a
// document already in memory: the file reader adds positions, the designer shows the
// problems next to its fields. Imports only zod and the format.
import type { z } from 'zod';
import { checkTopicListRules, formatPath, topicListShape, type RulePath, type TopicList } from './topiclist.ts';

export interface DocIssue {
  path: string;
  message: string;
}

/** Turns a problem at a path into whatever the caller reports (with or without positions). */
export type Locate<I> = (path: RulePath, message: string, atKey?: boolean) => I;

export type CheckResult<I> = { ok: true; topicList: TopicList; issues: [] } | { ok: false; issues: I[] };

export function checkTopicListDoc<I = DocIssue>(data: unknown, located?: Locate<I>): CheckResult<I> {
  const locate = located ?? (((path: RulePath, message: string) => ({ path: formatPath(path), message })) as unknown as Locate<I>);
  const issues: I[] = [];
  const structural = topicListShape.safeParse(data, { reportInput: true });
  if (!structural.success) {
    for (const issue of structural.error.issues) issues.push(...zodIssue(issue, locate));
  }
  for (const rule of checkTopicListRules(data)) issues.push(locate(rule.path, rule.message, rule.atKey));
  if (issues.length > 0 || !structural.success) return { ok: false, issues };
  return { ok: true, topicList: structural.data, issues: [] };
}

function zodIssue<I>(issue: z.core.$ZodIssue, locate: Locate<I>): I[] {
  const path = issue.path as RulePath;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => locate([...path, key], `unknown key "${key}"`, true));
  }
  if (issue.input === undefined) {
    const key = path.at(-1);
    return [locate(path, `"${String(key)}" is required`)];
  }
  if (issue.code === 'invalid_type' && path.length === 0) {
    return [locate(path, 'a topic list is a map with id, title, languages and levels')];
  }
  return [locate(path, issue.message)];
}
