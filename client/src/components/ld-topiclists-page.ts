import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { getTopicLists } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-status.ts';
import './ld-topiclist-card.ts';
import '../i18n/messages-admin.ts';

/** `/`: the topic lists loaded on the platform. */
@customElement('ld-topiclists-page')
export class LdTopiclistsPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: clamp(1.6rem, 1.2rem + 1.5vw, 2.1rem);
      }
      .intro {
        margin: var(--ld-space-2) 0 var(--ld-space-5);
        color: var(--ld-text-muted);
        max-width: 40rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-4);
      }
      code {
        font-size: 0.9rem;
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  private readonly lists = new TaskController(this, {
    task: (_args: [], signal) => getTopicLists(signal),
    args: () => [] as [],
  });

  override render() {
    const { t } = this.i18n;
    return html`<h1>${t('topiclists.title')}</h1>
      <p class="intro">${t('topiclists.intro')}</p>
      ${this.lists.render({
        pending: () => html`<ld-status kind="loading" message=${t('topiclists.loading')}></ld-status>`,
        error: (error) =>
          html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.lists.retry()}></ld-status>`,
        complete: (lists) =>
          lists.length === 0
            ? html`<ld-status kind="empty" message=${t('topiclists.empty')}><p>${t('topiclists.emptyHint')}</p></ld-status>`
            : html`<ul role="list">
                ${lists.map((summary) => html`<li><ld-topiclist-card .summary=${summary}></ld-topiclist-card></li>`)}
              </ul>`,
      })}`;
  }

  override updated() {
    document.title = `${this.i18n.t('topiclists.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-topiclists-page': LdTopiclistsPage;
  }
}
