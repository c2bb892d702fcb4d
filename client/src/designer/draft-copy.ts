// This device's copy of draft edits not yet on the server: written before every save, read
// when the draft opens again (after a reload, a crash or a lost network), removed once the
// server has them. Plain JSON in localStorage, under the app's prefix, so signing out wipes it.
import { STORAGE_PREFIX } from '../local-data.ts';

export interface DraftCopy {
  /** The server revision these edits were made on. */
  baseRevision: number;
  doc: Record<string, unknown>;
}

const key = (draftId: string) => `${STORAGE_PREFIX}draft.${draftId}`;

export function readDraftCopy(draftId: string): DraftCopy | undefined {
  try {
    const raw = localStorage.getItem(key(draftId));
    const copy = raw ? (JSON.parse(raw) as DraftCopy) : undefined;
    return copy && typeof copy.baseRevision === 'number' && copy.doc && typeof copy.doc === 'object' ? copy : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraftCopy(draftId: string, copy: DraftCopy): void {
  try {
    localStorage.setItem(key(draftId), JSON.stringify(copy));
  } catch {
    // Storage full or blocked: the server save still goes out; nothing else can be done here.
  }
}

export function forgetDraftCopy(draftId: string): void {
  try {
    localStorage.removeItem(key(draftId));
  } catch {
    // Blocked storage holds nothing to forget.
  }
}
