import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { nextIndex } from '../roving-focus.ts';
import { sharedStyles } from '../styles/shared.ts';

export interface LevelTab {
  id: string;
  label: string;
  /** A second line, such as the level's progress. */
  detail?: string;
}

export class LevelSelectEvent extends Event {
  static readonly eventName = 'ld-level-select';
  constructor(readonly levelId: string) {
    super(LevelSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The levels as an ARIA tablist (automatic activation, arrow keys, Home/End), numbered
 * like steps. The selected level's content is slotted into the one tab panel, so tabs
 * and panel share this shadow root and their id references work.
 */
@customElement('ld-level-tabs')
export class LdLevelTabs extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      /* The baseline is a shadow, not a border, so the row can scroll sideways when a
         list has more levels than fit (no negative margins to clip). */
      [role='tablist'] {
        display: flex;
        gap: var(--ld-space-2);
        overflow-x: auto;
        box-shadow: inset 0 -2px 0 var(--ld-border);
      }
      /* Tabs share the width by label length and wrap only between words. */
      [role='tab'] {
        flex: 1 1 auto;
        display: flex;
        align-items: center;
        gap: var(--ld-space-3);
        min-height: 3.5rem;
        padding: var(--ld-space-2) var(--ld-space-3);
        border: 0;
        border-bottom: 4px solid transparent;
        border-radius: var(--ld-radius) var(--ld-radius) 0 0;
        background: transparent;
        color: var(--ld-text-muted);
        font-weight: 600;
        text-align: start;
        line-height: 1.25;
        cursor: pointer;
      }
      [role='tab'] > span:last-child {
        hyphens: auto;
      }
      .text {
        display: grid;
      }
      .detail {
        font-size: 0.85rem;
        font-weight: 500;
        color: var(--ld-text-muted);
      }
      [role='tab']:hover {
        background: var(--ld-surface-muted);
        color: var(--ld-text);
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: var(--ld-accent);
        background: var(--ld-surface);
        color: var(--ld-accent-strong);
      }
      [role='tab']:focus-visible {
        outline-offset: -3px;
      }
      .step {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 2rem;
        height: 2rem;
        border-radius: 50%;
        border: 2px solid currentColor;
        font-size: 0.95rem;
      }
      [aria-selected='true'] .step {
        background: var(--ld-accent);
        border-color: var(--ld-accent);
        color: var(--ld-on-accent);
      }
      [role='tabpanel'] {
        padding-top: var(--ld-space-5);
      }
      [role='tabpanel']:focus-visible {
        outline-offset: 4px;
      }
      /* Narrow (phones): the steps stack, so long level names keep whole words. */
      @container (max-width: 40rem) {
        [role='tablist'] {
          flex-direction: column;
          gap: 0;
          box-shadow: inset 2px 0 0 var(--ld-border);
        }
        [role='tab'] {
          min-height: var(--ld-touch);
          border-bottom: 0;
          border-left: 4px solid transparent;
          border-radius: 0 var(--ld-radius) var(--ld-radius) 0;
        }
        [role='tab'][aria-selected='true'] {
          border-left-color: var(--ld-accent);
        }
      }
    `,
  ];

  @property({ attribute: false }) levels: LevelTab[] = [];
  @property() selected = '';
  /** Accessible name of the tab list. */
  @property() label = '';
  /** Language of the tab labels (the topic list's content language). */
  @property({ attribute: 'content-lang' }) contentLang = '';
  /** Language of the details (the UI language), when it differs from the labels'. */
  @property({ attribute: 'detail-lang' }) detailLang = '';

  override render() {
    const selected = this.selectedIndex();
    return html`<div role="tablist" aria-label=${this.label} lang=${this.contentLang} @keydown=${this.onKeydown}>
        ${this.levels.map(
          (level, i) =>
            html`<button
              type="button"
              role="tab"
              id=${`tab-${i}`}
              aria-selected=${String(i === selected)}
              aria-controls="panel"
              tabindex=${i === selected ? 0 : -1}
              @click=${() => this.select(i)}
            >
              <span class="step" aria-hidden="true">${i + 1}</span
              ><span class="text"
                ><span>${level.label}</span>${level.detail ? html` <span class="detail" lang=${this.detailLang || nothing}>${level.detail}</span>` : nothing}</span
              >
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${selected}`} tabindex="0"><slot></slot></div>`;
  }

  /** Moves keyboard focus to the selected tab (after a step button changed the level). */
  async focusSelected(): Promise<void> {
    await this.updateComplete;
    this.tabs()[this.selectedIndex()]?.focus();
  }

  private selectedIndex(): number {
    return Math.max(0, this.levels.findIndex((level) => level.id === this.selected));
  }

  private tabs(): HTMLButtonElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
  }

  private select(index: number) {
    const level = this.levels[index];
    if (level && level.id !== this.selected) this.dispatchEvent(new LevelSelectEvent(level.id));
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.levels.length;
    if (!count) return;
    const current = this.tabs().indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const next = nextIndex(event.key, current, count);
    if (next === undefined) return;
    event.preventDefault();
    this.tabs()[next]?.focus();
    this.select(next);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-level-tabs': LdLevelTabs;
  }
  interface HTMLElementEventMap {
    'ld-level-select': LevelSelectEvent;
  }
}
