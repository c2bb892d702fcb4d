// Entry point. Order matters: zod is configured before the contract's schemas are built.
import { applyLocaleToDocument } from './i18n/locale.ts';
import './components/ld-app.ts';

applyLocaleToDocument();

// The app shell for offline use (client/public/sw.js). Not in development: Vite serves
// modules there that the worker's cache rules are not made for.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('leidraad: no offline app shell', error));
  });
}
