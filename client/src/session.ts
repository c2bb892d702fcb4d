// Who is signed in: one value for the whole app, loaded at start, changed by signing in,
// pairing, signing out, and by any API answer saying the session is gone.
import * as api from './api.ts';
import { ApiError, type DeviceRef, type User } from './api.ts';
import { persistLocale } from './i18n/locale.ts';
import { STORAGE_PREFIX, wipeLocalData } from './local-data.ts';

/** Why the sign-in page shows: after signing out, after a device was signed out, after expiry. */
export type SignedOutNotice = 'signed-out' | 'device-signed-out' | 'expired';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unreachable'; error: unknown }
  | { status: 'setup' }
  | { status: 'signed-out'; notice?: SignedOutNotice }
  /** `offline`: a paired tablet that started with no network, on the session it remembers. */
  | { status: 'signed-in'; user: User; device: DeviceRef | null; offline?: boolean };

export const SESSION_CHANGED = 'ld-session-changed';

/**
 * Remembers on the device that a session exists and whether it is a paired tablet's, so that
 * after a reload a lost session can still be told apart from never having signed in. The
 * server ends a revoked tablet's sessions outright (its next request reads "sign in first",
 * not "revoked"), so a paired tablet that finds its session gone treats that as revocation.
 */
const MARKER_KEY = `${STORAGE_PREFIX}session`;
type Marker = 'device' | 'password';
/**
 * A paired tablet's user and device, so that it opens the app, and the interviews it holds,
 * with no network. The server checks the session again at the first request that gets
 * through; a revoked tablet is then signed out and wiped as usual.
 */
const TABLET_KEY = `${STORAGE_PREFIX}tablet`;

let state: SessionState = { status: 'loading' };
let ending: Promise<void> | undefined;

export function getSessionState(): SessionState {
  return state;
}

function set(next: SessionState): void {
  state = next;
  window.dispatchEvent(new Event(SESSION_CHANGED));
}

/** At start (and on "try again"): first run, signed in, or signed out. */
export async function loadSession(): Promise<void> {
  api.onSessionLost((error) => void sessionLost(error));
  globalThis.addEventListener?.('online', revalidate);
  set({ status: 'loading' });
  try {
    if ((await api.getSetup()).needed) return set({ status: 'setup' });
    const session = await api.getSession();
    signedIn(session.user, session.device);
  } catch (error) {
    const tablet = error instanceof ApiError && error.status === 0 ? readTablet() : undefined;
    if (error instanceof ApiError && error.status === 401) await sessionLost(error, true);
    else if (tablet) set({ status: 'signed-in', user: tablet.user, device: tablet.device, offline: true });
    else set({ status: 'unreachable', error });
  }
}

/** Back online after starting offline: the server confirms the session (or ends it: 401). */
async function revalidate(): Promise<void> {
  if (state.status !== 'signed-in' || !state.offline) return;
  try {
    const session = await api.getSession();
    signedIn(session.user, session.device);
  } catch {
    // Still unreachable: stay as is. A 401 was handled by the session-lost listener.
  }
}

export async function signIn(email: string, password: string): Promise<void> {
  const { user } = await api.postSession(email, password);
  signedIn(user, null);
}

export async function completeSetup(input: api.SetupInput): Promise<void> {
  const { user } = await api.postSetup(input);
  signedIn(user, null);
}

export async function claimPairing(code: string, deviceName: string): Promise<void> {
  const { user, device } = await api.claimPairing(code, deviceName);
  signedIn(user, device);
}

/** Ends the session on the server, then removes every local copy of data. */
export async function signOut(): Promise<void> {
  await api.deleteSession();
  await endLocally('signed-out', true);
}

function signedIn(user: User, device: DeviceRef | null): void {
  writeMarker(device ? 'device' : 'password');
  writeTablet(device ? { user, device } : undefined);
  set({ status: 'signed-in', user, device });
}

/**
 * The server said there is no session. Acts on a session this page had (or, at start, the
 * device remembers having had). A revoked session, or a paired tablet's lost session, means
 * wiping local data.
 */
function sessionLost(error: ApiError, atStart = false): Promise<void> {
  if (!atStart && state.status !== 'signed-in') return Promise.resolve();
  // In memory while the page runs: the browser may already have emptied storage.
  const marker = state.status === 'signed-in' ? (state.device ? 'device' : 'password') : readMarker();
  if (error.code === 'session.revoked' || marker === 'device') return endLocally('device-signed-out', true);
  return endLocally(marker ? 'expired' : undefined, false);
}

function endLocally(notice: SignedOutNotice | undefined, wipe: boolean): Promise<void> {
  // Several requests can fail at once; the first one ends the session, the rest wait for it.
  ending ??= (async () => {
    if (wipe) await wipeLocalData();
    else removeMarker();
    persistLocale();
    set({ status: 'signed-out', notice });
  })().finally(() => (ending = undefined));
  return ending;
}

function readMarker(): Marker | undefined {
  try {
    const value = localStorage.getItem(MARKER_KEY);
    return value === 'device' || value === 'password' ? value : undefined;
  } catch {
    return undefined;
  }
}

function writeMarker(marker: Marker): void {
  try {
    localStorage.setItem(MARKER_KEY, marker);
  } catch {
    // Without storage a reload cannot tell a lost session from none; the live app still can.
  }
}

function removeMarker(): void {
  try {
    localStorage.removeItem(MARKER_KEY);
    localStorage.removeItem(TABLET_KEY);
  } catch {
    // Nothing stored.
  }
}

function readTablet(): { user: User; device: DeviceRef } | undefined {
  try {
    const value = JSON.parse(localStorage.getItem(TABLET_KEY) ?? 'null') as { user?: User; device?: DeviceRef } | null;
    return value?.user?.id && value.device?.id ? { user: value.user, device: value.device } : undefined;
  } catch {
    return undefined;
  }
}

function writeTablet(tablet: { user: User; device: DeviceRef } | undefined): void {
  try {
    if (tablet) localStorage.setItem(TABLET_KEY, JSON.stringify(tablet));
    else localStorage.removeItem(TABLET_KEY);
  } catch {
    // Without storage the tablet needs the network to start; it works as before.
  }
}
