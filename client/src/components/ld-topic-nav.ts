import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

export interface TopicEntry {
  id: string;
  label: string;
  answered: number;
  total: number;
  /** The other interviewers on this topic right now. */
  here: { initials: string; name: string }[];
}

export class TopicSelectEvent extends Event {
  static readonly eventName = 'ld-topic-select';
  constructor(readonly topicId: string) {
    super(TopicSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The topics of one level as steps: how many items are answered, and the initials of the
 * other interviewer on the topic they have open. A column beside the questions; on narrow
 * screens a row that scrolls sideways.
 */
@customElement('ld-topic-nav')
export class LdTopicNav extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-1);
      }
      button {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        gap: var(--ld-space-1) var(--ld-space-2);
        width: 100%;
        min-height: 3.25rem;
        padding: var(--ld-space-2) var(--ld-space-3);
        border: 1px solid transparent;
        border-left: 4px solid transparent;
        border-radius: var(--ld-radius);
        background: transparent;
        text-align: start;
        line-height: 1.3;
        cursor: pointer;
      }
      button:hover {
        background: var(--ld-surface-muted);
      }
      button[aria-current='step'] {
        border-color: var(--ld-border);
        border-left-color: var(--ld-accent);
        background: var(--ld-surface);
        font-weight: 650;
        color: var(--ld-accent-strong);
      }
      .label {
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      .side {
        display: inline-flex;
        align-items: center;
        gap: var(--ld-space-1);
      }
      .count {
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
        color: var(--ld-text-muted);
        font-weight: 600;
      }
      .complete .count {
        color: var(--ld-accent-strong);
      }
      .who {
        display: inline-grid;
        place-items: center;
        min-width: 2rem;
        height: 2rem;
        padding: 0 0.3rem;
        border-radius: 999px;
        background: var(--ld-text);
        color: var(--ld-surface);
        font-size: 0.8rem;
        font-weight: 700;
      }
      @container (max-width: 13rem) {
        button {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  @property({ attribute: false }) topics: TopicEntry[] = [];
  @property() selected = '';
  /** Accessible name of the list. */
  @property() label = '';
  /** Language of the topic labels. */
  @property({ attribute: 'content-lang' }) contentLang = '';

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    return html`<nav aria-label=${this.label}>
      <ol>
        ${this.topics.map((topic) => {
          const complete = topic.total > 0 && topic.answered === topic.total;
          return html`<li>
            <button
              type="button"
              class=${complete ? 'complete' : ''}
              aria-current=${topic.id === this.selected ? 'step' : 'false'}
              @click=${() => this.dispatchEvent(new TopicSelectEvent(topic.id))}
            >
              <span class="label" lang=${this.contentLang}>${topic.label}</span>
              <span class="side">
                ${topic.here.map(
                  (who) => html`<span class="who" aria-hidden="true">${who.initials}</span
                    ><span class="visually-hidden">, ${t('presence.here', who.name)}</span>`,
                )}
                <span class="count"
                  ><span aria-hidden="true">${complete ? '✓ ' : nothing}${t('progress.short', topic.answered, topic.total)}</span
                  ><span class="visually-hidden">, ${complete ? t('progress.topicDone') : t('progress.overall', topic.answered, topic.total)}</span></span
                >
              </span>
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  /** Puts keyboard focus on the current topic (after a level change). */
  async focusSelected(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('button[aria-current="step"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-topic-nav': LdTopicNav;
  }
  interface HTMLElementEventMap {
    'ld-topic-select': TopicSelectEvent;
  }
}
