import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import type { TopicListChange } from '../../../server/contract/topiclist-diff.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { CHANGE_GROUPS, changeGroup, changeText } from '../i18n/change-text.ts';
import { sharedStyles } from '../styles/shared.ts';
import '../i18n/messages-versions.ts';
import '../i18n/messages-admin.ts';

/**
 * The changes between two topic list versions, grouped (list, scales, dimensions, levels,
 * topics, questions), each as a sentence. Breaking changes carry a text badge as well as
 * colour. `from` and `to` only supply the texts shown, in the UI language where they have it.
 */
@customElement('ld-version-diff')
export class LdVersionDiff extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .summary {
        margin: 0 0 var(--ld-space-4);
        font-weight: 600;
      }
      section + section {
        margin-top: var(--ld-space-5);
      }
      h3 {
        font-size: 1.05rem;
        margin-bottom: var(--ld-space-2);
      }
      .count {
        color: var(--ld-text-muted);
        font-weight: 400;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-2);
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--ld-space-1) var(--ld-space-3);
        padding: var(--ld-space-2) var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-left-width: 4px;
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        overflow-wrap: anywhere;
      }
      li.breaking {
        border-color: var(--ld-danger);
        background: var(--ld-danger-soft);
      }
      .badge {
        display: inline-block;
        padding: 0.05rem 0.55rem;
        border: 1px solid var(--ld-danger);
        border-radius: 999px;
        color: var(--ld-danger);
        font-size: 0.85rem;
        font-weight: 700;
        white-space: nowrap;
      }
      .text {
        flex: 1 1 16rem;
        min-width: 0;
      }
      .hint {
        margin: var(--ld-space-4) 0 0;
        color: var(--ld-text-muted);
        font-size: 0.92rem;
      }
    `,
  ];

  @property({ attribute: false }) changes: TopicListChange[] = [];
  /** The older version, for the names of what was removed or changed. */
  @property({ attribute: false }) from?: TopicList;
  /** The newer version, for the names of what is there now. */
  @property({ attribute: false }) to?: TopicList;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    const changes = this.changes ?? [];
    if (changes.length === 0) return html`<p class="summary">${t('versions.none')}</p>`;
    const breaking = changes.filter((c) => c.breaking).length;
    return html`<p class="summary">${t('versions.summary', changes.length, breaking)}</p>
      ${CHANGE_GROUPS.map((group) => {
        const inGroup = changes.filter((c) => changeGroup(c) === group);
        return inGroup.length ? this.renderGroup(group, inGroup) : nothing;
      })}
      ${breaking ? html`<p class="hint">${t('versions.breakingHint')}</p>` : nothing}`;
  }

  private renderGroup(group: (typeof CHANGE_GROUPS)[number], changes: TopicListChange[]) {
    const { t, locale } = this.i18n;
    const ctx = { t, locale, from: this.from, to: this.to };
    const id = `group-${group}`;
    return html`<section aria-labelledby=${id}>
      <h3 id=${id}>${t(`versions.group.${group}`)} <span class="count">(${changes.length})</span></h3>
      <ul role="list">
        ${changes.map(
          (c) => html`<li class=${c.breaking ? 'breaking' : ''} data-kind=${c.kind}>
            ${c.breaking ? html`<span class="badge"><span aria-hidden="true">⚠ </span>${t('versions.breaking')}</span>` : nothing}
            <span class="text">${changeText(ctx, c)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-version-diff': LdVersionDiff;
  }
}
