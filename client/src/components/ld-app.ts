import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import type { User } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { RouteController } from '../controllers/route-controller.ts';
import { LazyPages } from '../controllers/lazy-pages.ts';
import { SessionController } from '../controllers/session-controller.ts';
import { setLocale } from '../i18n/locale.ts';
import { navigate, paths, type Route, type RouteName } from '../router.ts';
import { loadSession, type SessionState } from '../session.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LocaleChangeEvent } from './ld-locale-switch.ts';
import './ld-app-nav.ts';
import './ld-interview-page.ts';
import './ld-interviews-page.ts';
import './ld-locale-switch.ts';
import './ld-login-page.ts';
import './ld-not-found-page.ts';
import './ld-pair-page.ts';
import './ld-setup-page.ts';
import './ld-status.ts';
import './ld-user-menu.ts';

/**
 * The shell: header (brand, menu, who is signed in, language) and the page for the current
 * route, or the first-run, sign-in or tablet-pairing page when there is no session.
 */
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
      .bar,
      ld-app-nav {
        max-width: var(--ld-content-width);
        margin: 0 auto;
        padding: var(--ld-space-2) var(--ld-space-4);
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--ld-space-2) var(--ld-space-4);
      }
      ld-app-nav {
        padding-top: 0;
        padding-bottom: 0;
      }
      ld-user-menu {
        margin-left: auto;
      }
      ld-locale-switch {
        margin-left: auto;
      }
      ld-user-menu + ld-locale-switch {
        margin-left: 0;
      }
      /* Narrow: brand and language on the first row, who is signed in on the second. */
      @media (max-width: 600px) {
        ld-user-menu {
          order: 3;
          flex-basis: 100%;
        }
        ld-user-menu + ld-locale-switch {
          margin-left: auto;
        }
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
        ld-app-nav,
        main {
          padding-left: var(--ld-space-6);
          padding-right: var(--ld-space-6);
        }
      }
      @media (max-width: 900px) {
        .signed-in .tagline {
          display: none;
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
  private readonly session = new SessionController(this);
  private readonly router = new RouteController(this, (_route, how) => this.onNavigated(how));
  /**
   * Pages a tablet does not need to run an interview come in their own files, loaded when
   * first shown: what a tablet loads first is the sign-in, the interviews and the runner.
   */
  private readonly lazy = new LazyPages(this, {
    audit: () => import('./ld-audit-page.ts'),
    'topiclist-compare': () => import('./ld-compare-page.ts'),
    devices: () => import('./ld-devices-page.ts'),
    'interview-matrix': () => import('./ld-interview-matrix-page.ts'),
    pairing: () => import('./ld-pairing-page.ts'),
    studies: () => import('./ld-studies-page.ts'),
    'study-matrix': () => import('./ld-study-matrix-page.ts'),
    study: () => import('./ld-study-page.ts'),
    topiclist: () => import('./ld-topiclist-page.ts'),
    topiclists: () => import('./ld-topiclists-page.ts'),
    users: () => import('./ld-users-page.ts'),
    designer: () => import('./ld-drafts-page.ts'),
    draft: () => import('./ld-designer-page.ts'),
  });
  private started = false;
  /** The session status of the last render, to notice signing in and out. */
  private lastStatus: SessionState['status'] = 'loading';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) void loadSession();
    this.started = true;
  }

  override render() {
    const { t, locale } = this.i18n;
    const state = this.session.state;
    const signedIn = state.status === 'signed-in' ? state : undefined;
    return html`<a class="skip button" href="#main" @click=${this.skipToMain}>${t('app.skip')}</a>
      <header class=${signedIn ? 'signed-in' : ''}>
        <div class="bar">
          <a class="brand" href=${paths.home()}>
            <span class="logo" aria-hidden="true">L</span>
            <span class="name">${t('app.name')}</span>
            <span class="tagline">${t('app.tagline')}</span>
          </a>
          ${signedIn ? html`<ld-user-menu .user=${signedIn.user} .device=${signedIn.device}></ld-user-menu>` : nothing}
          <ld-locale-switch locale=${locale} @ld-locale-change=${(e: LocaleChangeEvent) => setLocale(e.locale)}></ld-locale-switch>
        </div>
        ${signedIn ? html`<ld-app-nav user-role=${signedIn.user.role} current=${this.pageName(signedIn.user)}></ld-app-nav>` : nothing}
      </header>
      <main id="main" tabindex="-1">${this.renderMain(state)}</main>`;
  }

  private renderMain(state: SessionState) {
    const { t } = this.i18n;
    switch (state.status) {
      case 'loading':
        return html`<ld-status kind="loading" message=${t('app.loading')}></ld-status>`;
      case 'unreachable':
        return html`<ld-status kind="error" .error=${state.error} retryable @ld-retry=${() => void loadSession()}></ld-status>`;
      case 'setup':
        return html`<ld-setup-page></ld-setup-page>`;
      case 'signed-out':
        return this.router.route.name === 'pair'
          ? html`<ld-pair-page></ld-pair-page>`
          : html`<ld-login-page notice=${state.notice ?? ''}></ld-login-page>`;
      case 'signed-in':
        return this.renderPage(this.router.route, state.user);
    }
  }

  private renderPage(route: Route, user: User) {
    const { t } = this.i18n;
    const lead = user.role === 'lead';
    const forbidden = html`<ld-status kind="error" message=${t('app.forbidden')}></ld-status>`;
    const interviewer = user.role === 'interviewer';
    const lazy = this.lazy;
    const studies = () => lazy.page('studies', () => html`<ld-studies-page .user=${user}></ld-studies-page>`);
    switch (route.name) {
      case 'home':
      case 'login':
      case 'setup':
        return interviewer ? html`<ld-interviews-page .user=${user}></ld-interviews-page>` : studies();
      case 'studies':
        return studies();
      case 'interviews':
        return user.role === 'analyst' ? forbidden : html`<ld-interviews-page .user=${user}></ld-interviews-page>`;
      case 'interview':
        return user.role === 'analyst'
          ? forbidden
          : html`<ld-interview-page interview-id=${route.id} .topic=${route.topic} .user=${user}></ld-interview-page>`;
      case 'study':
        return lazy.page('study', () => html`<ld-study-page study-id=${route.id} .user=${user}></ld-study-page>`);
      case 'interview-matrix':
        return lazy.page('interview-matrix', () => html`<ld-interview-matrix-page interview-id=${route.id} .user=${user}></ld-interview-matrix-page>`);
      case 'study-matrix':
        return interviewer
          ? forbidden
          : lazy.page(
              'study-matrix',
              () => html`<ld-study-matrix-page study-id=${route.id} by=${route.by ?? 'organisation'} include=${route.include ?? 'final'} .user=${user}></ld-study-matrix-page>`,
            );
      case 'topiclists':
        return lazy.page('topiclists', () => html`<ld-topiclists-page></ld-topiclists-page>`);
      case 'topiclist':
        return lazy.page('topiclist', () => html`<ld-topiclist-page topiclist-id=${route.id} .level=${route.level}></ld-topiclist-page>`);
      case 'topiclist-compare':
        return lazy.page('topiclist-compare', () => html`<ld-compare-page topiclist-id=${route.id} .from=${route.from} .to=${route.to}></ld-compare-page>`);
      case 'pair':
        return html`<ld-pair-page .user=${user}></ld-pair-page>`;
      case 'pairing':
        return user.role === 'analyst' ? forbidden : lazy.page('pairing', () => html`<ld-pairing-page .user=${user}></ld-pairing-page>`);
      case 'devices':
        return lead ? lazy.page('devices', () => html`<ld-devices-page></ld-devices-page>`) : forbidden;
      case 'users':
        return lead ? lazy.page('users', () => html`<ld-users-page .user=${user}></ld-users-page>`) : forbidden;
      case 'audit':
        return lead ? lazy.page('audit', () => html`<ld-audit-page></ld-audit-page>`) : forbidden;
      case 'designer':
        return lead ? lazy.page('designer', () => html`<ld-drafts-page></ld-drafts-page>`) : forbidden;
      case 'draft':
        return lead ? lazy.page('draft', () => html`<ld-designer-page draft-id=${route.id} view=${route.view ?? 'edit'}></ld-designer-page>`) : forbidden;
      case 'not-found':
        return html`<ld-not-found-page path=${route.path}></ld-not-found-page>`;
    }
  }

  /** The page on screen, for the menu: the start page is the interviews for an interviewer. */
  private pageName(user: User): RouteName {
    const name = this.router.route.name;
    if (name === 'topiclist-compare') return 'topiclist';
    if (name !== 'home' && name !== 'login' && name !== 'setup') return name;
    return user.role === 'interviewer' ? 'interviews' : 'studies';
  }

  override updated(changed: PropertyValues) {
    super.updated(changed);
    const state = this.session.state;
    const route = this.router.route.name;
    // Signed in on the sign-in or first-run address: go to the start page.
    if (state.status === 'signed-in' && (route === 'login' || route === 'setup')) navigate(paths.home(), { replace: true });
    // Signing in or out replaces the whole page: start reading it from the top.
    const status = state.status;
    if (status !== this.lastStatus && this.lastStatus !== 'loading') void this.focusMain();
    this.lastStatus = status;
  }

  /** A new page starts at the top, with focus on the content for screen-reader users. */
  private async onNavigated(how: 'push' | 'replace' | 'pop') {
    if (how !== 'push') return;
    await this.focusMain();
  }

  private async focusMain() {
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
