// Path-based routes on the History API. The server answers index.html for every
// non-/api GET path, so each of these URLs can be loaded and bookmarked directly.

export type Route =
  | { name: 'studies' }
  | { name: 'study'; id: string }
  | { name: 'topiclists' }
  | { name: 'topiclist'; id: string; level: string | undefined }
  | { name: 'login' }
  | { name: 'setup' }
  | { name: 'pair' }
  | { name: 'pairing' }
  | { name: 'devices' }
  | { name: 'users' }
  | { name: 'audit' }
  | { name: 'not-found'; path: string };

export type RouteName = Route['name'];

export const ROUTE_CHANGED = 'ld-route-changed';

/** Pages with a fixed path and no parameters. */
const FIXED: Record<string, RouteName> = {
  '/': 'studies',
  '/studies': 'studies',
  '/topiclists': 'topiclists',
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
  const study = /^\/studies\/([^/]+)$/.exec(path);
  if (study?.[1]) return { name: 'study', id: safeDecode(study[1]) };
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
  topiclists: () => '/topiclists',
  topiclist: (id: string, level?: string) =>
    `/topiclists/${encodeURIComponent(id)}${level ? `?level=${encodeURIComponent(level)}` : ''}`,
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

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
