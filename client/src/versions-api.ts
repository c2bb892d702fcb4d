// Topic list versions: listing them, comparing two, and moving a study to a newer one.
// Types only from the contract, as in api.ts: no zod code enters the bundle.
import type { TopicListChange, TopicListComparison } from '../../server/contract/topiclist-diff.ts';
import { request, type Study, type TopicListEntry } from './api.ts';

export type { TopicListChange, TopicListComparison };

const id = encodeURIComponent;

/** Every version of a topic list, newest first. */
export const getTopicListVersions = (topiclistId: string, signal?: AbortSignal) =>
  request<TopicListEntry[]>(`/api/topiclists/${id(topiclistId)}/versions`, { signal });

export const compareTopicListVersions = (topiclistId: string, from: number, to: number, signal?: AbortSignal) =>
  request<TopicListComparison>(`/api/topiclists/${id(topiclistId)}/compare?${new URLSearchParams({ from: String(from), to: String(to) })}`, { signal });

/** 409 `study.breaking_changes` unless `confirmBreaking` when the new version breaks comparability. */
export const moveStudyTopicList = (studyId: string, version: number, confirmBreaking = false) =>
  request<Study>(`/api/studies/${id(studyId)}/topiclist`, { method: 'POST', body: { version, confirmBreaking } });
