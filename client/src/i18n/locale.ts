// The UI locale: one value for the whole app, persisted in localStorage, default Dutch.
import type { Entry } from './entry.ts';
import { messages, type MessageArgs, type MessageKey } from './messages.ts';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';
/** Each language named in itself, as language switches do. */
export const LOCALE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

const STORAGE_KEY = 'leidraad.locale';
export const LOCALE_CHANGED = 'ld-locale-changed';

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

function readStored(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (private modes, strict settings): fall back to the default.
    return DEFAULT_LOCALE;
  }
}

let current: Locale = readStored();

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  persistLocale();
  document.documentElement.lang = locale;
  window.dispatchEvent(new Event(LOCALE_CHANGED));
}

/**
 * Stores the current choice. Also called after signing out: the server's Clear-Site-Data
 * answer empties all storage, the language choice included.
 */
export function persistLocale(): void {
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // Not persisted; the switch still works for this visit.
  }
}

const catalogue: Record<string, Entry> = { ...messages };

/** A part of the catalogue that comes with the pages that use it (see messages.ts). */
export function addMessages(part: Record<string, Entry>): void {
  Object.assign(catalogue, part);
}

/** A message in the given locale. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: MessageArgs<K>): string {
  const entry = catalogue[key];
  // A part not loaded yet would be a bug of the page; show the key rather than fail.
  if (!entry) return key;
  const text: unknown = entry[locale];
  return typeof text === 'function' ? (text as (...a: unknown[]) => string)(...args) : (text as string);
}

/** Call once at start-up so the document language matches the stored choice. */
export function applyLocaleToDocument(): void {
  document.documentElement.lang = current;
}
