// Everything this app keeps on the device, and the one function that removes it. A tablet
// that is signed out (by its user or, remotely, by the research lead) must hold no copy of
// interview data afterwards, so every store that later code adds must be reachable here.

/** localStorage and sessionStorage keys of this app start with this. */
export const STORAGE_PREFIX = 'leidraad.';
/** Kept through a wipe: a language choice says nothing about anyone's data. */
const KEPT_KEYS: ReadonlySet<string> = new Set(['leidraad.locale']);

/**
 * IndexedDB databases this app opens. Code that opens one registers its name here, so the
 * wipe finds it in browsers without `indexedDB.databases()`.
 */
const databaseNames = new Set<string>();

export function registerDatabase(name: string): void {
  databaseNames.add(name);
}

/** Sent before a wipe, so code holding an IndexedDB connection closes it (else deletion blocks). */
export const LOCAL_DATA_WIPE = 'ld-local-data-wipe';

/**
 * How long one storage step may take. A deletion blocked by a connection left open, or a
 * call made while the browser carries out the server's Clear-Site-Data, can stay pending
 * for good; the wipe must still end, so the person sees the sign-in page.
 */
const STEP_TIMEOUT_MS = 3000;

/** Removes this app's local storage entries, IndexedDB databases and Cache Storage caches. */
export async function wipeLocalData(): Promise<void> {
  globalThis.dispatchEvent?.(new Event(LOCAL_DATA_WIPE));
  clearStorage(() => globalThis.localStorage);
  clearStorage(() => globalThis.sessionStorage);
  await Promise.all([deleteDatabases(), deleteCaches()]);
}

/** The promise's value, or `fallback` once it has taken too long. */
function within<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), STEP_TIMEOUT_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      () => (clearTimeout(timer), resolve(fallback)),
    );
  });
}

function clearStorage(get: () => Storage | undefined): void {
  try {
    const storage = get();
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => key !== null && key.startsWith(STORAGE_PREFIX) && !KEPT_KEYS.has(key),
    );
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage blocked by the browser: then nothing was stored there either.
  }
}

async function deleteDatabases(): Promise<void> {
  const idb = globalThis.indexedDB;
  if (!idb) return;
  const names = new Set(databaseNames);
  // Lists every database of this origin, including ones an older version of the app made;
  // without that (older browsers), the registered names.
  const listed = idb.databases ? await within(idb.databases(), []) : [];
  for (const info of listed) if (info.name) names.add(info.name);
  await Promise.all([...names].map((name) => within(deleteDatabase(idb, name), undefined)));
}

function deleteDatabase(idb: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const request = idb.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
      // Blocked: the deletion completes once the last connection closes.
    } catch {
      resolve();
    }
  });
}

async function deleteCaches(): Promise<void> {
  // Cache Storage exists only in secure contexts; elsewhere there is nothing to delete.
  const cacheStorage = globalThis.caches;
  if (!cacheStorage) return;
  const keys = await within(cacheStorage.keys(), []);
  await Promise.all(keys.map((key) => within(cacheStorage.delete(key), false)));
}
