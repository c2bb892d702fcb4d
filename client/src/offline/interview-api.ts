// The interview endpoints the offline engine calls. Types only from the shared contract.
import type { TopicListVersion } from '../../../server/contract/api.ts';
import type { SyncResult } from '../../../server/contract/interviews.ts';
import { request } from '../api.ts';
import type { Interview } from './types.ts';

const id = encodeURIComponent;
const base = (interviewId: string) => `/api/interviews/${id(interviewId)}`;

export const getInterview = (interviewId: string, signal?: AbortSignal) => request<Interview>(base(interviewId), { signal });

export const getTopicListVersion = (topiclistId: string, version: number, signal?: AbortSignal) =>
  request<TopicListVersion>(`/api/topiclists/${id(topiclistId)}/versions/${version}`, { signal });

/** One outbox op as sent (the contract's SyncOp; values are JSON by construction). */
export interface WireOp {
  opId: string;
  itemId: string;
  value: unknown;
  baseRevision: number;
  note?: string | null;
}
export const postSync = (interviewId: string, ops: WireOp[]) =>
  request<{ results: SyncResult[] }>(`${base(interviewId)}/sync`, { method: 'POST', body: { ops } });

export const postConsent = (interviewId: string, given: boolean, version: string) =>
  request<Interview>(`${base(interviewId)}/consent`, { method: 'POST', body: { given, version } });

export const postStatus = (interviewId: string, status: string, comment?: string) =>
  request<Interview>(`${base(interviewId)}/status`, { method: 'POST', body: { status, comment } });

export const postPresence = (interviewId: string, topicId: string | null) =>
  request<void>(`${base(interviewId)}/presence`, { method: 'POST', body: { topicId } });

export interface TimingInterval {
  topicId: string;
  openedAt: string;
  closedAt: string;
}
export const postTimings = (interviewId: string, intervals: TimingInterval[]) =>
  request<{ topicId: string; seconds: number }[]>(`${base(interviewId)}/timings`, { method: 'POST', body: { intervals } });

export const eventsUrl = (interviewId: string, after: number) => `${base(interviewId)}/events?after=${after}`;
