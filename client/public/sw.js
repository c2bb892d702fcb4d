// leidraad's service worker: keeps the app shell (index.html and its /assets files) so a
// paired tablet opens the app with no network. It never touches /api or /docs: interview
// data lives in IndexedDB, and answers must always reach the server itself, never a cache.
//
// Plain JS, copied as-is into the build. Its own bytes do not change with a new build, so it
// finds new versions itself: the shell cache is named after the asset list of index.html,
// and a page load that brings an index.html with other assets caches those and drops the old.
'use strict';

const PREFIX = 'leidraad-shell-';
const INDEX = '/index.html';
const EXTRA = ['/favicon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch('/', { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`shell: / answered ${response.status}`);
      await precache(response);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await dropOldCaches();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/api' || url.pathname === '/docs' || url.pathname.startsWith('/docs/')) return;
  if (request.mode === 'navigate') event.respondWith(navigation(event));
  else if (url.pathname.startsWith('/assets/') || EXTRA.includes(url.pathname)) event.respondWith(cacheFirst(request));
});

/** Network first, so a deploy shows at once; the cached index.html when there is no network. */
async function navigation(event) {
  try {
    const response = await fetch(event.request);
    const type = response.headers.get('content-type') || '';
    if (response.ok && type.includes('text/html')) event.waitUntil(refresh(response.clone()).catch(() => undefined));
    if (response.status < 500) return response;
    return (await cached(INDEX)) || response;
  } catch (error) {
    const shell = await cached(INDEX);
    if (shell) return shell;
    throw error;
  }
}

/** Asset names carry a content hash: a cached one is always right. */
async function cacheFirst(request) {
  const hit = await cached(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const name = await currentCache();
    if (name) await (await caches.open(name)).put(request, response.clone());
  }
  return response;
}

async function cached(request) {
  const name = await currentCache();
  return name ? (await caches.open(name)).match(request) : undefined;
}

/** The newest complete shell cache (Cache Storage lists caches in the order they were made). */
async function currentCache() {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX));
  for (const name of names.reverse()) if (await (await caches.open(name)).match(INDEX)) return name;
  return undefined;
}

/** After a page load: a new index.html means a new version; an unchanged one is stored fresh. */
async function refresh(response) {
  const html = await response.clone().text();
  const name = PREFIX + version(assetsOf(html));
  if (name === (await currentCache())) return (await caches.open(name)).put(INDEX, response);
  await precache(response, html);
  await dropOldCaches();
}

/**
 * Stores the assets index.html names, the chunks those load later (lazy routes, which
 * index.html does not name), and index.html itself last: a cache holding it is complete, so
 * the old one keeps serving until the new one is.
 */
async function precache(response, html) {
  html = html ?? (await response.clone().text());
  const assets = assetsOf(html);
  const cache = await caches.open(PREFIX + version(assets));
  await cache.addAll([...assets, ...EXTRA]);
  const seen = new Set(assets);
  const scripts = assets.filter((a) => a.endsWith('.js'));
  while (scripts.length) {
    const script = await cache.match(scripts.shift());
    for (const path of chunksIn(script ? await script.text() : '')) {
      if (seen.has(path)) continue;
      seen.add(path);
      const chunk = await fetch(path).catch(() => undefined);
      if (!chunk || !chunk.ok) continue;
      await cache.put(path, chunk);
      if (path.endsWith('.js')) scripts.push(path);
    }
  }
  await cache.put(INDEX, response);
}

/** The /assets files index.html refers to (scripts, module preloads, style sheets). */
function assetsOf(html) {
  const found = new Set();
  for (const m of html.matchAll(/(?:src|href)="(\/assets\/[^"?#]+)"/g)) found.add(m[1]);
  return [...found].sort();
}

/** Chunk names in a built script: Vite writes "assets/name-hash.js" or "./name-hash.js". */
function chunksIn(text) {
  const found = new Set();
  for (const m of text.matchAll(/["'`](?:\.\/|\/?assets\/)([\w.-]+-[\w-]{8}\.(?:js|css))["'`]/g)) found.add(`/assets/${m[1]}`);
  return found;
}

async function dropOldCaches() {
  const keep = await currentCache();
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== keep);
  await Promise.all(names.map((n) => caches.delete(n)));
}

/** FNV-1a over the asset list: short, stable, and enough to tell versions apart. */
function version(assets) {
  let h = 0x811c9dc5;
  for (const c of assets.join('\n')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}
