// What a page that is going away still has to write down. Browsers may abort IndexedDB
// writes that are running when a page unloads (pagehide), so the last few things go to
// localStorage, which is synchronous, and are taken back (once) by the next page. Keys
// start with the app's prefix, so signing out wipes them with everything else.
import { STORAGE_PREFIX } from '../local-data.ts';

const keyOf = (name: string, interviewId: string) => `${STORAGE_PREFIX}${name}.${interviewId}`;

export function keepOnUnload(name: 'unsaved' | 'open-topic', interviewId: string, value: unknown): void {
  try {
    localStorage.setItem(keyOf(name, interviewId), JSON.stringify(value));
  } catch {
    // No storage at all: nothing more can be done in an unloading page.
  }
}

export function takeKept(name: 'unsaved' | 'open-topic', interviewId: string): unknown {
  try {
    const key = keyOf(name, interviewId);
    const value = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
    localStorage.removeItem(key);
    return value;
  } catch {
    return null;
  }
}
