import { css, html, LitElement } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { RouteController } from '../controllers/route-controller.ts';
import { setLocale } from '../i18n/locale.ts';
import { paths, type Route } from '../router.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LocaleChangeEvent } from './ld-locale-switch.ts';
import './ld-locale-switch.ts';
import './ld-not-found-page.ts';
import './ld-topiclist-page.ts';
import './ld-topiclists-page.ts';

/** The shell: header with the language switch, and the page for the current route. */
@customElement('ld-app')
export class LdApp extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        left: var(--ld-space-3);
        top: -10rem;
        z-index: 10;
      }
      .skip:focus {
        top: var(--ld-space-3);
      }
      header {
        background: var(--ld-surface);
        border-bottom: 1px solid var(--ld-border);
      }
      .bar {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--ld-space-4);
        max-width: var(--ld-content-width);
        margin: 0 auto;
        padding: var(--ld-space-2) var(--ld-space-4);
      }
      .brand {
        display: inline-flex;
        align-items: center;
        gap: var(--ld-space-3);
        min-height: var(--ld-touch);
        color: var(--ld-text);
        text-decoration: none;
      }
      .logo {
        display: inline-grid;
        place-items: center;
        width: 2.25rem;
        height: 2.25rem;
        border-radius: 0.5rem;
        background: var(--ld-accent);
        color: var(--ld-on-accent);
        font-weight: 800;
      }
      .name {
        font-size: 1.2rem;
        font-weight: 700;
        letter-spacing: 0.01em;
      }
      .tagline {
        color: var(--ld-text-muted);
        font-size: 0.9rem;
      }
      main {
        flex: 1;
        width: 100%;
        max-width: var(--ld-content-width);
        margin: 0 auto;
        padding: var(--ld-space-5) var(--ld-space-4) var(--ld-space-6);
      }
      main:focus {
        outline: none;
      }
      @media (min-width: 700px) {
        .bar,
        main {
          padding-left: var(--ld-space-6);
          padding-right: var(--ld-space-6);
        }
      }
      @media (max-width: 480px) {
        .tagline {
          display: none;
        }
      }
    `,
  ];

  @query('main') private main?: HTMLElement;

  private readonly i18n = new LocaleController(this);
  private readonly router = new RouteController(this, (_route, how) => this.onNavigated(how));

  override render() {
    const { t, locale } = this.i18n;
    return html`<a class="skip button" href="#main" @click=${this.skipToMain}>${t('app.skip')}</a>
      <header>
        <div class="bar">
          <a class="brand" href=${paths.topiclists()}>
            <span class="logo" aria-hidden="true">L</span>
            <span class="name">${t('app.name')}</span>
            <span class="tagline">${t('app.tagline')}</span>
          </a>
          <ld-locale-switch locale=${locale} @ld-locale-change=${(e: LocaleChangeEvent) => setLocale(e.locale)}></ld-locale-switch>
        </div>
      </header>
      <main id="main" tabindex="-1">${this.renderPage(this.router.route)}</main>`;
  }

  private renderPage(route: Route) {
    switch (route.name) {
      case 'topiclists':
        return html`<ld-topiclists-page></ld-topiclists-page>`;
      case 'topiclist':
        return html`<ld-topiclist-page topiclist-id=${route.id} .level=${route.level}></ld-topiclist-page>`;
      case 'not-found':
        return html`<ld-not-found-page path=${route.path}></ld-not-found-page>`;
    }
  }

  /** A new page starts at the top, with focus on the content for screen-reader users. */
  private async onNavigated(how: 'push' | 'replace' | 'pop') {
    if (how !== 'push') return;
    window.scrollTo(0, 0);
    await this.updateComplete;
    this.main?.focus({ preventScroll: true });
  }

  private skipToMain(event: Event) {
    event.preventDefault();
    this.main?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-app': LdApp;
  }
}
