import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerDatabase, wipeLocalData } from '../../../client/src/local-data.ts';

/** A Storage with the methods the wipe uses. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  } as Storage;
}

/** IndexedDB without `databases()` (older Safari): only registered names can be found. */
function oldIndexedDB(existing: string[]) {
  const names = new Set(existing);
  return {
    names,
    deleteDatabase(name: string) {
      const request: { onsuccess?: () => void; onerror?: () => void } = {};
      setTimeout(() => (names.delete(name), request.onsuccess?.()), 0);
      return request;
    },
  };
}

describe('wiping local data', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("removes the app's storage keys (not the language), its databases and its caches", async () => {
    const local = memoryStorage({ 'leidraad.locale': 'en', 'leidraad.session': 'device', 'leidraad.draft': '{}', 'other-app': 'x' });
    const session = memoryStorage({ 'leidraad.step': '3' });
    const idb = oldIndexedDB(['leidraad-interviews', 'unregistered']);
    const cacheNames = new Set(['leidraad-pages']);
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('sessionStorage', session);
    vi.stubGlobal('indexedDB', idb);
    vi.stubGlobal('caches', { keys: async () => [...cacheNames], delete: async (k: string) => cacheNames.delete(k) });
    registerDatabase('leidraad-interviews');

    await wipeLocalData();

    expect(Object.fromEntries(Array.from({ length: local.length }, (_, i) => [local.key(i), local.getItem(local.key(i)!)]))).toEqual({
      'leidraad.locale': 'en',
      'other-app': 'x',
    });
    expect(session.length).toBe(0);
    // Without databases() the registered name is what makes the deletion possible.
    expect([...idb.names]).toEqual(['unregistered']);
    expect(cacheNames.size).toBe(0);
  });

  it('ends even when a deletion stays blocked and storage is unavailable', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('localStorage', undefined);
      vi.stubGlobal('sessionStorage', undefined);
      vi.stubGlobal('indexedDB', { deleteDatabase: () => ({}) });
      vi.stubGlobal('caches', { keys: () => new Promise(() => {}), delete: async () => true });
      registerDatabase('leidraad-interviews');
      const done = wipeLocalData();
      await vi.advanceTimersByTimeAsync(3500);
      await expect(done).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
