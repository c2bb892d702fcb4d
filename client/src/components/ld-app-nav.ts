import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { User } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { paths, type RouteName } from '../router.ts';
import { sharedStyles } from '../styles/shared.ts';

interface Link {
  href: string;
  label: MessageKey;
  /** Routes under this link, for aria-current. */
  routes: RouteName[];
  roles: User['role'][];
}

const LINKS: Link[] = [
  { href: paths.studies(), label: 'nav.studies', routes: ['studies', 'study', 'study-matrix'], roles: ['lead', 'interviewer', 'analyst'] },
  { href: paths.interviews(), label: 'nav.interviews', routes: ['interviews', 'interview', 'interview-matrix'], roles: ['lead', 'interviewer'] },
  { href: paths.topiclists(), label: 'nav.topiclists', routes: ['topiclists', 'topiclist'], roles: ['lead', 'interviewer', 'analyst'] },
  { href: paths.designer(), label: 'nav.designer', routes: ['designer', 'draft'], roles: ['lead'] },
  { href: paths.pairing(), label: 'nav.pairing', routes: ['pairing'], roles: ['lead', 'interviewer'] },
  { href: paths.users(), label: 'nav.users', routes: ['users'], roles: ['lead'] },
  { href: paths.devices(), label: 'nav.devices', routes: ['devices'], roles: ['lead'] },
  { href: paths.audit(), label: 'nav.audit', routes: ['audit'], roles: ['lead'] },
];

/** The main menu: the pages the signed-in role may use. */
@customElement('ld-app-nav')
export class LdAppNav extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--ld-space-1);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      a {
        display: inline-flex;
        align-items: center;
        min-height: var(--ld-touch);
        padding: 0 var(--ld-space-2);
        border-bottom: 3px solid transparent;
        color: var(--ld-text-muted);
        font-weight: 600;
        text-decoration: none;
      }
      a:hover {
        color: var(--ld-text);
        border-bottom-color: var(--ld-border);
      }
      a[aria-current='page'] {
        color: var(--ld-accent-strong);
        border-bottom-color: var(--ld-accent);
      }
      a:focus-visible {
        outline-offset: -3px;
      }
      /* Narrow: one row that scrolls sideways, rather than four rows of links. */
      @media (max-width: 600px) {
        ul {
          position: relative;
          flex-wrap: nowrap;
          overflow-x: auto;
          scrollbar-width: thin;
        }
        a {
          white-space: nowrap;
        }
      }
    `,
  ];

  @property({ attribute: 'user-role' }) userRole: User['role'] = 'interviewer';
  @property() current: RouteName = 'studies';

  private readonly i18n = new LocaleController(this);

  /** The role's pages; an interviewer's own interviews come first, as on the start page. */
  private links(): Link[] {
    const links = LINKS.filter((link) => link.roles.includes(this.userRole));
    if (this.userRole !== 'interviewer') return links;
    return [...links.filter((l) => l.label === 'nav.interviews'), ...links.filter((l) => l.label !== 'nav.interviews')];
  }

  override render() {
    const { t } = this.i18n;
    return html`<nav aria-label=${t('app.nav')}>
      <ul>
        ${this.links().map(
          (link) =>
            html`<li>
              <a href=${link.href} aria-current=${link.routes.includes(this.current) ? 'page' : 'false'}>${t(link.label)}</a>
            </li>`,
        )}
      </ul>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-app-nav': LdAppNav;
  }
}
