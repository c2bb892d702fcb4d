// The client's one door to the HTTP API: JSON in and out, and every non-2xx answer turned
// into an ApiError carrying the server's stable error body.
// Types only: the shapes come from the shared contract, and no zod code enters the bundle.
import type {
  createPairingSchema,
  deviceSchema,
  pairingSchema,
  sessionSchema,
  setupSchema,
  userAdminSchema,
  userSchema,
} from '../../server/contract/accounts.ts';
import type { ErrorBody, TopicListEntry, TopicListVersion } from '../../server/contract/api.ts';
import type { createInterviewSchema, interviewSchema, interviewSummarySchema, statusChangeSchema } from '../../server/contract/interviews.ts';
import type { respondentMatrixSchema, studyMatrixQuerySchema, studyMatrixSchema } from '../../server/contract/matrices.ts';
import type {
  auditEntrySchema,
  createRespondentSchema,
  createStudySchema,
  identityViewSchema,
  pairSchema,
  respondentSchema,
  studySchema,
  studySummarySchema,
} from '../../server/contract/studies.ts';

/** What a schema answers (`Out`) and accepts (`In`), read from the zod types without importing zod. */
type Out<S extends { _output: unknown }> = S['_output'];
type In<S extends { _input: unknown }> = S['_input'];

export type { TopicListEntry, TopicListVersion };
export type ApiIssue = NonNullable<ErrorBody['error']['issues']>[number];
export type User = Out<typeof userSchema>;
export type UserAdmin = Out<typeof userAdminSchema>;
export type CurrentSession = Out<typeof sessionSchema>;
export type Device = Out<typeof deviceSchema>;
export type DeviceRef = { id: string; name: string };
export type Pairing = Out<typeof pairingSchema>;
export type StudySummary = Out<typeof studySummarySchema>;
export type Study = Out<typeof studySchema>;
export type Pair = Out<typeof pairSchema>;
export type Respondent = Out<typeof respondentSchema>;
export type IdentityView = Out<typeof identityViewSchema>;
export type AuditEntry = Out<typeof auditEntrySchema>;
export type NewStudy = In<typeof createStudySchema>;
export type NewRespondent = In<typeof createRespondentSchema>;
export type SetupInput = In<typeof setupSchema>;
export type InterviewSummary = Out<typeof interviewSummarySchema>;
export type Interview = Out<typeof interviewSchema>;
export type InterviewStatus = InterviewSummary['status'];
export type NewInterview = In<typeof createInterviewSchema>;
export type StatusChange = In<typeof statusChangeSchema>;
export type NewUser = { email: string; name: string; role: User['role']; password: string };
export type UserChanges = Partial<{ name: string; role: User['role']; active: boolean; password: string }>;
export interface AuditQuery {
  action?: string;
  since?: string;
  until?: string;
  before?: number;
  limit?: number;
}

/** `status` 0 and code `network.unreachable` mean the server could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    /** What the error body carries beside `error` (a conflict's current state). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The 401 codes that mean "there is no session (any more)", as opposed to a wrong password. */
export const SESSION_LOST_CODES: readonly string[] = ['session.required', 'session.expired', 'session.revoked'];
type SessionLostListener = (error: ApiError) => void;
let sessionLost: SessionLostListener | undefined;

/** One listener (the session store) hears every answer that says the session is gone. */
export function onSessionLost(listener: SessionLostListener | undefined): void {
  sessionLost = listener;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** A body sent as it is (a file), with its own content type. */
  file?: { data: BodyInit; type: string };
  signal?: AbortSignal;
}

export async function request<T>(path: string, { method = 'GET', body, file, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (file) headers['content-type'] = file.type;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: file ? file.data : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network.unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (isSessionLost(error)) sessionLost?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'response.invalid_json', `${method} ${path} did not answer JSON`);
  }
}

/** A 401 that is not about credentials just typed (a wrong password, an unknown pairing code). */
export const isSessionLost = (error: ApiError) => error.status === 401 && SESSION_LOST_CODES.includes(error.code);

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
  const { error: _, ...details } = body as Record<string, unknown>;
  return new ApiError(response.status, error.code, message, issues, details);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIssue = (value: unknown): value is ApiIssue =>
  isObject(value) && typeof value.message === 'string' && typeof value.path === 'string';

const id = encodeURIComponent;

// Endpoints.

export const getTopicLists = (signal?: AbortSignal) => request<TopicListEntry[]>('/api/topiclists', { signal });

export const getTopicList = (topiclistId: string, signal?: AbortSignal) =>
  request<TopicListVersion>(`/api/topiclists/${id(topiclistId)}`, { signal });
/** Every version of a topic list, newest first. */
export const getTopicListVersions = (topiclistId: string, signal?: AbortSignal) =>
  request<TopicListEntry[]>(`/api/topiclists/${id(topiclistId)}/versions`, { signal });

// Setup, session and pairing.

export const getSetup = () => request<{ needed: boolean }>('/api/setup');
export const postSetup = (body: SetupInput) => request<{ user: User }>('/api/setup', { method: 'POST', body });
export const getSession = () => request<CurrentSession>('/api/session');
export const postSession = (email: string, password: string) =>
  request<{ user: User }>('/api/session', { method: 'POST', body: { email, password } });
export const deleteSession = () => request<void>('/api/session', { method: 'DELETE' });

export const createPairing = (body: In<typeof createPairingSchema>) => request<Pairing>('/api/pairings', { method: 'POST', body });
export const claimPairing = (code: string, deviceName: string) =>
  request<{ user: User; device: DeviceRef }>('/api/pairings/claim', { method: 'POST', body: { code, deviceName } });
export const getDevices = (signal?: AbortSignal) => request<Device[]>('/api/devices', { signal });
export const revokeDevice = (deviceId: string) => request<void>(`/api/devices/${id(deviceId)}`, { method: 'DELETE' });

// Users.

export const getUsers = (signal?: AbortSignal) => request<UserAdmin[]>('/api/users', { signal });
export const createUser = (body: NewUser) => request<User>('/api/users', { method: 'POST', body });
export const updateUser = (userId: string, body: UserChanges) =>
  request<UserAdmin>(`/api/users/${id(userId)}`, { method: 'PATCH', body });

// Studies, members, pairs.

export const getStudies = (signal?: AbortSignal) => request<StudySummary[]>('/api/studies', { signal });
export const createStudy = (body: NewStudy) => request<Study>('/api/studies', { method: 'POST', body });
export const getStudy = (studyId: string, signal?: AbortSignal) => request<Study>(`/api/studies/${id(studyId)}`, { signal });
export const addMember = (studyId: string, userId: string) =>
  request<Study>(`/api/studies/${id(studyId)}/members`, { method: 'POST', body: { userId } });
export const removeMember = (studyId: string, userId: string) =>
  request<void>(`/api/studies/${id(studyId)}/members/${id(userId)}`, { method: 'DELETE' });
export const createPair = (studyId: string, interviewerIds: [string, string]) =>
  request<Pair>(`/api/studies/${id(studyId)}/pairs`, { method: 'POST', body: { interviewerIds } });

// Respondents and their sealed identities.

export const getRespondents = (studyId: string, signal?: AbortSignal) =>
  request<Respondent[]>(`/api/studies/${id(studyId)}/respondents`, { signal });
export const createRespondent = (studyId: string, body: NewRespondent) =>
  request<Respondent>(`/api/studies/${id(studyId)}/respondents`, { method: 'POST', body });
export const getIdentity = (studyId: string, respondentId: string) =>
  request<IdentityView>(`/api/studies/${id(studyId)}/respondents/${id(respondentId)}/identity`);

// Interviews. Answers, consent and the interviewer's status changes go through the
// offline session (client/src/offline), which queues them; these calls need the network.

export const getInterviews = (signal?: AbortSignal) => request<InterviewSummary[]>('/api/interviews', { signal });
export const getStudyInterviews = (studyId: string, signal?: AbortSignal) =>
  request<InterviewSummary[]>(`/api/studies/${id(studyId)}/interviews`, { signal });
export const createInterview = (studyId: string, body: NewInterview) =>
  request<Interview>(`/api/studies/${id(studyId)}/interviews`, { method: 'POST', body });
export const changeInterviewStatus = (interviewId: string, body: StatusChange) =>
  request<Interview>(`/api/interviews/${id(interviewId)}/status`, { method: 'POST', body });

// Audit log.

export function getAudit(query: AuditQuery, signal?: AbortSignal) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return request<AuditEntry[]>(`/api/audit${search ? `?${search}` : ''}`, { signal });
}

// Satisfaction matrices.

export type RespondentMatrix = Out<typeof respondentMatrixSchema>;
export type StudyMatrix = Out<typeof studyMatrixSchema>;
export type StudyMatrixQuery = Out<typeof studyMatrixQuerySchema>;

export const getInterviewMatrix = (interviewId: string, signal?: AbortSignal) =>
  request<RespondentMatrix>(`/api/interviews/${id(interviewId)}/matrix`, { signal });
export const getStudyMatrix = (studyId: string, query: StudyMatrixQuery, signal?: AbortSignal) =>
  request<StudyMatrix>(`/api/studies/${id(studyId)}/matrix?${new URLSearchParams(query)}`, { signal });
export const getTopicListVersion = (topiclistId: string, version: number, signal?: AbortSignal) =>
  request<TopicListVersion>(`/api/topiclists/${id(topiclistId)}/versions/${version}`, { signal });
