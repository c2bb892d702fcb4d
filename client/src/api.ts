// The client's one door to the HTTP API: JSON in and out, and every non-2xx answer turned
// into an ApiError carrying the server's stable error body.
// Types only: the shapes come from the shared contract, and no zod code enters the bundle.
import type { ErrorBody, TopicListEntry, TopicListVersion } from '../../server/contract/api.ts';

export type { TopicListEntry, TopicListVersion };
export type ApiIssue = NonNullable<ErrorBody['error']['issues']>[number];

/** `status` 0 and code `network.unreachable` mean the server could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  signal?: AbortSignal;
}

export async function request<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network.unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'response.invalid_json', `${method} ${path} did not answer JSON`);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = new ApiError(response.status, `http.${response.status}`, response.statusText || `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fallback;
  }
  const error = isObject(body) && isObject(body.error) ? body.error : undefined;
  if (!error || typeof error.code !== 'string') return fallback;
  const message = typeof error.message === 'string' ? error.message : fallback.message;
  const issues = Array.isArray(error.issues) ? error.issues.filter(isIssue) : [];
  return new ApiError(response.status, error.code, message, issues);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIssue = (value: unknown): value is ApiIssue =>
  isObject(value) && typeof value.message === 'string' && typeof value.path === 'string';

// Endpoints.

export const getTopicLists = (signal?: AbortSignal) => request<TopicListEntry[]>('/api/topiclists', { signal });

export const getTopicList = (id: string, signal?: AbortSignal) =>
  request<TopicListVersion>(`/api/topiclists/${encodeURIComponent(id)}`, { signal });
