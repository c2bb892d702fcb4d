// The designer's calls: topic list drafts, publishing, and starting a draft from a file.
import type { TopicListEntry } from '../../../server/contract/api.ts';
import type { CreateDraft, Draft, DraftSummary, savedDraftSchema } from '../../../server/contract/drafts.ts';
import { ApiError, request } from '../api.ts';

export type { Draft, DraftSummary };
export type SavedDraft = (typeof savedDraftSchema)['_output'];

const id = encodeURIComponent;

export const getDrafts = (signal?: AbortSignal) => request<DraftSummary[]>('/api/topiclist-drafts', { signal });
export const createDraft = (body: CreateDraft) => request<Draft>('/api/topiclist-drafts', { method: 'POST', body });
export const getDraft = (draftId: string, signal?: AbortSignal) => request<Draft>(`/api/topiclist-drafts/${id(draftId)}`, { signal });
export const saveDraft = (draftId: string, content: Record<string, unknown>, baseRevision: number) =>
  request<SavedDraft>(`/api/topiclist-drafts/${id(draftId)}`, { method: 'PUT', body: { content, baseRevision } });
export const deleteDraft = (draftId: string) => request<void>(`/api/topiclist-drafts/${id(draftId)}`, { method: 'DELETE' });
export const publishDraft = (draftId: string, body: { revision?: number; confirmBreaking?: boolean }) =>
  request<TopicListEntry>(`/api/topiclist-drafts/${id(draftId)}/publish`, { method: 'POST', body });

const FILE_TYPES: Record<string, string> = {
  yaml: 'application/yaml',
  yml: 'application/yaml',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
export const DRAFT_FILE_ACCEPT = '.yaml,.yml,.json,.xlsx';

/** Sends the file as it is, with the content type of its kind; the server reads YAML, JSON and workbooks. */
export async function importDraft(file: File): Promise<Draft> {
  const type = FILE_TYPES[file.name.split('.').pop()?.toLowerCase() ?? ''];
  if (!type) throw new ApiError(415, 'request.unsupported_media_type', file.name);
  return request<Draft>('/api/topiclist-drafts/import', { method: 'POST', file: { data: await file.arrayBuffer(), type } });
}

/** The draft as it stands on the server, from a refused save (409 draft.conflict). */
export const conflictingDraft = (error: unknown): Draft | undefined =>
  error instanceof ApiError && error.code === 'draft.conflict' ? (error.details.current as Draft | undefined) : undefined;
