// The interview's own fields on this tablet: how live events change them, and which edits the
// server would refuse. Refusing those here, with the server's codes and rules, keeps them
// out of the outbox: one value the server rejects would hold up every change behind it.
import type { TopicListVersion } from '../../../server/contract/api.ts';
import { checkValue, type ValueItem } from '../../../server/contract/answer-values.ts';
import { ApiError } from '../api.ts';
import type { Interview } from './types.ts';

type Item = TopicListVersion['levels'][number]['topics'][number]['items'][number];

const LOCKED: readonly Interview['status'][] = ['completed', 'approved', 'has_issues'];

export function indexItems(topicList: TopicListVersion): Map<string, Item> {
  return new Map(topicList.levels.flatMap((l) => l.topics.flatMap((t) => t.items.map((i) => [i.id, i] as const))));
}

/** Why the server would refuse this value for this item now, as the error it would answer; else undefined. */
export function editRefusal(interview: Interview, topicList: TopicListVersion, item: Item | undefined, itemId: string, value: unknown): ApiError | undefined {
  if (!item) return new ApiError(404, 'answer.unknown_item', `The topic list of this interview has no item "${itemId}".`);
  if (LOCKED.includes(interview.status)) {
    return new ApiError(409, 'interview.locked', `The interview is ${interview.status.replace('_', ' ')}: answers are locked until the research lead reopens it.`);
  }
  if (!interview.consent) return new ApiError(409, 'interview.consent_required', 'Record the respondent’s consent before the first answer.');
  if (!interview.consent.given) return new ApiError(409, 'interview.consent_refused', 'The respondent did not consent: no answers can be stored.');
  const problem = checkValue(item as ValueItem, topicList.scales, value);
  if (problem) return new ApiError(422, 'answer.invalid_value', `The value does not fit the item: ${problem}.`, [{ path: 'value', message: problem }]);
  return undefined;
}

/** Whether the outbox may run again after the interview changed (reopened, consent given). */
export const acceptsAnswers = (interview: Interview) => !LOCKED.includes(interview.status) && interview.consent?.given === true;

interface StatusEvent {
  status: Interview['status'];
  comment?: string | null;
}
interface ConsentEvent {
  given: boolean;
  version: string;
  by: { id: string; name: string };
}

/** The interview after a live event; undefined when the event changes nothing. */
export function applyInterviewEvent(interview: Interview, kind: 'status' | 'consent' | 'answers', data: unknown): Interview | undefined {
  if (kind === 'status') {
    const e = data as StatusEvent;
    if (!e?.status || (e.status === interview.status && (e.comment ?? null) === interview.statusComment)) return undefined;
    return { ...interview, status: e.status, statusComment: e.comment ?? null };
  }
  if (kind === 'consent') {
    const e = data as ConsentEvent;
    if (typeof e?.given !== 'boolean') return undefined;
    return { ...interview, consent: { given: e.given, version: e.version, by: e.by, at: new Date().toISOString() } };
  }
  // The first answer starts a planned interview; the server says so in no other event.
  return interview.status === 'planned' ? { ...interview, status: 'in_progress' } : undefined;
}
