// What every browser test checks on its pages, and signing a browser context in directly.
import type { BrowserContext, Page } from 'playwright-core';
import { PASSWORD, PERSONAS, type PersonaName } from './personas.ts';

/**
 * Chromium logs each refused request ("Failed to load resource: ... status of 401") as a
 * console error. The tests provoke some on purpose (signed out, a wrong token or password),
 * so those lines are kept apart; anything else in the console counts as an error.
 */
const REFUSED_REQUEST = /^Failed to load resource: the server responded with a status of 4\d\d/;

export interface PageWatch {
  /** Console errors and uncaught exceptions, refused requests left out. */
  errors: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
  /** Refused requests, for tests that want to look. */
  refused: string[];
}

/** Starts collecting console errors and CSP violations of every page of the context. */
export async function watchContext(context: BrowserContext): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], cspViolations: [], refused: [] };
  // Runs before the app's scripts, outside the page's CSP (it comes from the test runner).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const follow = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (REFUSED_REQUEST.test(text)) watch.refused.push(text);
      else if (/CSP violation|Content Security Policy/i.test(text)) watch.cspViolations.push(text);
      else watch.errors.push(text);
    });
    page.on('pageerror', (error) => watch.errors.push(error.message));
  };
  context.pages().forEach(follow);
  context.on('page', follow);
  return watch;
}

/** Signs the context in as a persona through the API; its pages then share the cookie. */
export async function signInContext(context: BrowserContext, url: string, persona: PersonaName): Promise<void> {
  const response = await context.request.post(`${url}/api/session`, { data: { email: PERSONAS[persona].email, password: PASSWORD } });
  if (!response.ok()) throw new Error(`sign-in of ${persona} failed: ${response.status()} ${await response.text()}`);
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The elements that stick out on the right (shadow roots included), to say what overflows. */
export const overflowingElements = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    /** Inside a box that scrolls or clips sideways, sticking out is that box's business. */
    const clipped = (el: Element) => {
      for (let up = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null); up; ) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
        up = up.parentElement ?? ((up.getRootNode() as ShadowRoot).host ?? null);
      }
      return false;
    };
    const visit = (root: Document | ShadowRoot, host: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.right > window.innerWidth + 0.5 && !clipped(el)) {
          found.push(`${host}${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().replace(/\s+/g, '.')}` : ''} (right ${Math.round(box.right)})`);
        }
        if (el.shadowRoot) visit(el.shadowRoot, `${host}${el.tagName.toLowerCase()} > `);
      }
    };
    visit(document, '');
    return found.slice(0, 8);
  });
