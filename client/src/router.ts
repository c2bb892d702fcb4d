// Path-based routes on the History API. The server answers index.html for every
// non-/api GET path, so each of these URLs can be loaded and bookmarked directly.

export type Route =
  | { name: 'home' }
  | { name: 'studies' }
  | { name: 'interviews' }
  | { name: 'interview'; id: string; topic: string | undefined }
  | { name: 'study'; id: string }
  | { name: 'interview-matrix'; id: string }
  | { name: 'study-matrix'; id: string; by: MatrixGroupBy | undefined; include: MatrixInclude | undefined }
  | { name: 'topiclists' }
  | { name: 'topiclist'; id: string; level: string | undefined }
  | { name: 'topiclist-compare'; id: string; from: number | undefined; to: number | undefined }
  | { name: 'designer' }
  | { name: 'draft'; id: string; view: DraftView | undefined }
  | { name: 'login' }
  | { name: 'setup' }
  | { name: 'pair' }
  | { name: 'pairing' }
  | { name: 'devices' }
  | { name: 'users' }
  | { name: 'audit' }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

export const MATRIX_GROUP_BY = ['organisation', 'region', 'role'] as const;
export type MatrixGroupBy = (typeof MATRIX_GROUP_BY)[number];
export const MATRIX_INCLUDE = ['final', 'all'] as const;
export type MatrixInclude = (typeof MATRIX_INCLUDE)[number];
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

export const DRAFT_VIEWS = ['edit', 'preview', 'changes'] as const;
export type DraftView = (typeof DRAFT_VIEWS)[number];

export const ROUTE_CHANGED = 'ld-route-changed';

/** Pages with a fixed path and no parameters. */
const FIXED: Record<string, RouteName> = {
  '/': 'home',
  '/studies': 'studies',
  '/interviews': 'interviews',
  '/topiclists': 'topiclists',
  '/designer': 'designer',
  '/login': 'login',
  '/setup': 'setup',
  '/pair': 'pair',
  '/pairing': 'pairing',
  '/devices': 'devices',
  '/users': 'users',
  '/audit': 'audit',
};

export function parseRoute(location: { pathname: string; search: string }): Route {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const fixed = FIXED[path];
  if (fixed) return { name: fixed } as Route;
  const interviewMatrix = /^\/interviews\/([^/]+)\/matrix$/.exec(path);
  if (interviewMatrix?.[1]) return { name: 'interview-matrix', id: safeDecode(interviewMatrix[1]) };
  const studyMatrix = /^\/studies\/([^/]+)\/matrix$/.exec(path);
  if (studyMatrix?.[1]) {
    const query = new URLSearchParams(location.search);
    const by = oneOf(MATRIX_GROUP_BY, query.get('by'));
    return { name: 'study-matrix', id: safeDecode(studyMatrix[1]), by, include: oneOf(MATRIX_INCLUDE, query.get('include')) };
  }
  const draft = /^\/designer\/([^/]+)$/.exec(path);
  if (draft?.[1]) return { name: 'draft', id: safeDecode(draft[1]), view: oneOf(DRAFT_VIEWS, new URLSearchParams(location.search).get('view')) };
  const study = /^\/studies\/([^/]+)$/.exec(path);
  if (study?.[1]) return { name: 'study', id: safeDecode(study[1]) };
  const interview = /^\/interviews\/([^/]+)$/.exec(path);
  if (interview?.[1]) {
    const topic = new URLSearchParams(location.search).get('topic') ?? undefined;
    return { name: 'interview', id: safeDecode(interview[1]), topic };
  }
  const compare = /^\/topiclists\/([^/]+)\/compare$/.exec(path);
  if (compare?.[1]) {
    const query = new URLSearchParams(location.search);
    return { name: 'topiclist-compare', id: safeDecode(compare[1]), from: version(query.get('from')), to: version(query.get('to')) };
  }
  const topiclist = /^\/topiclists\/([^/]+)$/.exec(path);
  if (topiclist?.[1]) {
    const level = new URLSearchParams(location.search).get('level') ?? undefined;
    return { name: 'topiclist', id: safeDecode(topiclist[1]), level };
  }
  return { name: 'not-found', path };
}

export const paths = {
  home: () => '/',
  studies: () => '/studies',
  study: (id: string) => `/studies/${encodeURIComponent(id)}`,
  interviews: () => '/interviews',
  interview: (id: string, topic?: string) =>
    `/interviews/${encodeURIComponent(id)}${topic ? `?topic=${encodeURIComponent(topic)}` : ''}`,
  interviewMatrix: (id: string) => `/interviews/${encodeURIComponent(id)}/matrix`,
  studyMatrix: (id: string, by?: MatrixGroupBy, include?: MatrixInclude) => {
    const query = new URLSearchParams();
    if (by && by !== 'organisation') query.set('by', by);
    if (include && include !== 'final') query.set('include', include);
    const search = query.toString();
    return `/studies/${encodeURIComponent(id)}/matrix${search ? `?${search}` : ''}`;
  },
  topiclists: () => '/topiclists',
  topiclist: (id: string, level?: string) =>
    `/topiclists/${encodeURIComponent(id)}${level ? `?level=${encodeURIComponent(level)}` : ''}`,
  topiclistCompare: (id: string, from?: number, to?: number) => {
    const query = new URLSearchParams();
    if (from !== undefined) query.set('from', String(from));
    if (to !== undefined) query.set('to', String(to));
    const search = query.toString();
    return `/topiclists/${encodeURIComponent(id)}/compare${search ? `?${search}` : ''}`;
  },
  designer: () => '/designer',
  draft: (id: string, view?: DraftView) => `/designer/${encodeURIComponent(id)}${view && view !== 'edit' ? `?view=${view}` : ''}`,
  login: () => '/login',
  setup: () => '/setup',
  pair: () => '/pair',
  pairing: () => '/pairing',
  devices: () => '/devices',
  users: () => '/users',
  audit: () => '/audit',
};

/**
 * Goes to an in-app path. `replace` changes the current history entry instead of adding
 * one (used for tab switches, which should not fill the back button).
 */
export function navigate(path: string, { replace = false } = {}): void {
  const current = location.pathname + location.search + location.hash;
  if (path === current) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new CustomEvent(ROUTE_CHANGED, { detail: { replace } }));
}

/** A version number from the query (1, 2, ...), or undefined. */
function version(value: string | null): number | undefined {
  return value !== null && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
