import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { TopicListEntry } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { formatDate, languageName } from '../i18n/format.ts';
import { paths } from '../router.ts';
import { sharedStyles } from '../styles/shared.ts';

/** One topic list in the overview: the whole card is the link. */
@customElement('ld-topiclist-card')
export class LdTopiclistCard extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      a {
        display: flex;
        flex-direction: column;
        gap: var(--ld-space-2);
        min-height: var(--ld-touch);
        padding: var(--ld-space-4) var(--ld-space-5);
        border: 1px solid var(--ld-border);
        border-left: 6px solid var(--ld-accent);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        color: inherit;
        text-decoration: none;
      }
      a:hover {
        border-color: var(--ld-accent);
      }
      a:hover .title {
        text-decoration: underline;
      }
      .title {
        font-size: 1.25rem;
        font-weight: 650;
        color: var(--ld-accent-strong);
        line-height: 1.3;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-1) var(--ld-space-4);
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
      .id {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.85rem;
      }
    `,
  ];

  @property({ attribute: false }) summary?: TopicListEntry;

  private readonly i18n = new LocaleController(this);

  override render() {
    const s = this.summary;
    if (!s) return nothing;
    const { t, locale } = this.i18n;
    const defaultLanguage = s.languages[0] ?? locale;
    const title = labelText(s.title, locale, defaultLanguage);
    return html`<a href=${paths.topiclist(s.id)}>
      <span class="title" lang=${titleLanguage(s, locale)}>${title}</span>
      <span class="meta">
        <span>${t('topiclists.counts', s.levelCount, s.itemCount)}</span>
        <span>${s.languages.map((code) => languageName(locale, code)).join(', ')}</span>
        <span>${t('topiclists.version', String(s.version))}${s.createdAt ? `, ${t('topiclists.loaded', formatDate(locale, s.createdAt))}` : ''}</span>
        <span class="id">${s.id}</span>
      </span>
    </a>`;
  }
}

function titleLanguage(s: TopicListEntry, locale: string): string {
  return typeof s.title === 'object' && locale in s.title ? locale : (s.languages[0] ?? locale);
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-topiclist-card': LdTopiclistCard;
  }
}
