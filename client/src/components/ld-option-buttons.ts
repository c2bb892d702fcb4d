import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { nextIndex } from '../roving-focus.ts';
import { sharedStyles } from '../styles/shared.ts';

export interface OptionButton {
  /** Compared with Object.is: a number, a string ("na") or a boolean. */
  value: string | number | boolean;
  label: string;
  /** Second line under the label (a scale point's meaning). */
  detail?: string;
  /** Spoken instead of label + detail (e.g. "n.v.t., niet van toepassing"). */
  name?: string;
  /** Set apart from the points before it (the special answers of a scale). */
  special?: boolean;
}

export class OptionPickEvent extends Event {
  static readonly eventName = 'ld-option-pick';
  constructor(readonly value: OptionButton['value']) {
    super(OptionPickEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * One answer out of a few, as large buttons: the points of a scale plus its special answers,
 * or yes/no. An ARIA radiogroup: Tab reaches the chosen button (or the first), arrow keys
 * move and choose, Home/End jump, Space/Enter choose.
 */
@customElement('ld-option-buttons')
export class LdOptionButtons extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      [role='radiogroup'] {
        display: grid;
        gap: var(--ld-space-2);
      }
      .points,
      .specials {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-2);
      }
      button {
        flex: 1 1 5.5rem;
        max-width: 14rem;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 0.1rem;
        min-height: 3.5rem;
        min-width: var(--ld-touch);
        padding: var(--ld-space-2) var(--ld-space-1);
        border: 2px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        color: var(--ld-text);
        line-height: 1.2;
        text-align: center;
        cursor: pointer;
        touch-action: manipulation;
      }
      button:hover:not([disabled]) {
        border-color: var(--ld-accent);
      }
      /* The special answers ("n.v.t.", "weet niet") sit apart, under the points. */
      .specials button {
        flex: 0 1 9rem;
        min-height: var(--ld-touch);
        border-style: dashed;
      }
      .label {
        font-size: 1.15rem;
        font-weight: 700;
      }
      .detail {
        font-size: 0.85rem;
        color: var(--ld-text-muted);
        hyphens: auto;
        overflow-wrap: break-word;
      }
      .specials .label {
        font-size: 1rem;
      }
      button[aria-checked='true'],
      .specials button[aria-checked='true'] {
        border-style: solid;
        border-color: var(--ld-accent);
        background: var(--ld-accent);
        color: var(--ld-on-accent);
      }
      button[aria-checked='true'] .detail {
        color: inherit;
      }
      button[disabled] {
        cursor: default;
        opacity: 0.7;
      }
      button[disabled][aria-checked='true'] {
        opacity: 1;
      }
    `,
  ];

  @property({ attribute: false }) options: OptionButton[] = [];
  /** The chosen value, or null. */
  @property({ attribute: false }) value: unknown = null;
  /** Id references (in the parent's shadow root they cannot cross): the group's name instead. */
  @property() label = '';
  @property({ type: Boolean }) disabled = false;

  override render() {
    const chosen = this.chosenIndex();
    const focusable = chosen >= 0 ? chosen : 0;
    const button = (option: OptionButton, i: number) =>
      html`<button
        type="button"
        role="radio"
        aria-checked=${String(i === chosen)}
        aria-label=${option.name ?? nothing}
        tabindex=${i === focusable ? 0 : -1}
        ?disabled=${this.disabled}
        @click=${() => this.pick(i)}
      >
        <span class="label">${option.label}</span> ${option.detail ? html`<span class="detail">${option.detail}</span>` : nothing}
      </button>`;
    const indexed = this.options.map((option, i) => ({ option, i }));
    const points = indexed.filter((o) => !o.option.special);
    const specials = indexed.filter((o) => o.option.special);
    return html`<div role="radiogroup" aria-label=${this.label} aria-disabled=${this.disabled ? 'true' : nothing} @keydown=${this.onKeydown}>
      <div class="points">${points.map(({ option, i }) => button(option, i))}</div>
      ${specials.length ? html`<div class="specials">${specials.map(({ option, i }) => button(option, i))}</div>` : nothing}
    </div>`;
  }

  private chosenIndex(): number {
    return this.options.findIndex((option) => Object.is(option.value, this.value));
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
  }

  private pick(index: number) {
    const option = this.options[index];
    if (!option || this.disabled || Object.is(option.value, this.value)) return;
    this.dispatchEvent(new OptionPickEvent(option.value));
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.options.length;
    const current = this.buttons().indexOf(event.composedPath()[0] as HTMLButtonElement);
    if (!count || current < 0 || this.disabled) return;
    const next = nextIndex(event.key, current, count);
    if (next === undefined) return;
    event.preventDefault();
    this.buttons()[next]?.focus();
    this.pick(next);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-option-buttons': LdOptionButtons;
  }
  interface HTMLElementEventMap {
    'ld-option-pick': OptionPickEvent;
  }
}
