import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import type { Level, TopicList } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-item-card.ts';

/** One level of a topic list, read-only: its topics and their items. */
@customElement('ld-level-panel')
export class LdLevelPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .step {
        margin: 0;
        color: var(--ld-text-muted);
        font-size: 0.9rem;
        font-weight: 600;
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
      h2 {
        font-size: clamp(1.35rem, 1.1rem + 1vw, 1.7rem);
      }
      .description {
        max-width: 44rem;
        margin: var(--ld-space-2) 0 0;
      }
      .count {
        margin: var(--ld-space-2) 0 0;
        color: var(--ld-text-muted);
      }
      section {
        margin-top: var(--ld-space-6);
      }
      h3 {
        font-size: 1.2rem;
        padding-bottom: var(--ld-space-2);
        border-bottom: 1px solid var(--ld-border);
      }
      .topic-description {
        margin: var(--ld-space-2) 0 0;
        color: var(--ld-text-muted);
        max-width: 44rem;
      }
      ol {
        list-style: none;
        margin: var(--ld-space-4) 0 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-3);
      }
    `,
  ];

  @property({ attribute: false }) level?: Level;
  /** The whole list, for its scales and dimensions. */
  @property({ attribute: false }) list?: TopicList;
  @property() language = '';
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 0;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { level, list } = this;
    if (!level || !list) return nothing;
    const { t } = this.i18n;
    const text = this.text;
    const topics = level.topics ?? [];
    return html`<header>
        <p class="step">${t('level.step', this.index + 1, this.count)}</p>
        <h2>${text(level.label)}</h2>
        ${level.description ? html`<p class="description">${text(level.description)}</p>` : nothing}
        <p class="count">${t('level.topics', topics.length)}</p>
      </header>
      ${topics.length === 0 ? html`<p>${t('level.empty')}</p>` : nothing}
      ${topics.map(
        (topic) =>
          html`<section aria-labelledby=${`topic-${topic.id}`}>
            <h3 id=${`topic-${topic.id}`}>${text(topic.label)}</h3>
            ${topic.description ? html`<p class="topic-description">${text(topic.description)}</p>` : nothing}
            <ol>
              ${topic.items.map(
                (item) =>
                  html`<li>
                    <ld-item-card
                      .item=${item}
                      .scale=${item.scale ? list.scales?.[item.scale] : undefined}
                      dimension-label=${this.dimensionLabel(item.dimension)}
                      language=${this.language}
                      default-language=${list.languages[0] ?? ''}
                    ></ld-item-card>
                  </li>`,
              )}
            </ol>
          </section>`,
      )}`;
  }

  private readonly text = (label: Parameters<typeof labelText>[0]) =>
    labelText(label, this.language, this.list?.languages[0] ?? this.language);

  private dimensionLabel(id: string | undefined): string {
    if (!id) return '';
    const dimension = this.list?.dimensions?.find((d) => d.id === id);
    return dimension ? this.text(dimension.label) : id;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-level-panel': LdLevelPanel;
  }
}
