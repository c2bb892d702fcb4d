import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared.ts';

export interface Choice {
  value: string;
  label: string;
}

export class ChoiceChangeEvent extends Event {
  static readonly eventName = 'ld-choice-change';
  constructor(readonly value: string) {
    super(ChoiceChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * One of a few views, as joined buttons: native radio buttons in a fieldset, so the legend
 * names the group and arrow keys move the choice.
 */
@customElement('ld-segmented-choice')
export class LdSegmentedChoice extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        min-width: 0;
      }
      legend {
        padding: 0;
        margin-bottom: var(--ld-space-1);
        font-weight: 650;
      }
      .group {
        display: inline-flex;
        flex-wrap: wrap;
        border: 2px solid var(--ld-accent);
        border-radius: var(--ld-radius);
        overflow: hidden;
      }
      label {
        position: relative;
        display: flex;
      }
      label + label {
        border-left: 2px solid var(--ld-accent);
      }
      input {
        position: absolute;
        opacity: 0;
        inset: 0;
        margin: 0;
        cursor: pointer;
      }
      span {
        flex: 1 1 auto;
        display: inline-flex;
        align-items: center;
        min-height: var(--ld-touch);
        padding: 0 var(--ld-space-4);
        background: var(--ld-surface);
        color: var(--ld-accent-strong);
        font-weight: 650;
        white-space: nowrap;
      }
      input:hover + span {
        background: var(--ld-accent-soft);
      }
      input:checked + span {
        background: var(--ld-accent);
        color: var(--ld-on-accent);
      }
      input:focus-visible + span {
        outline: 3px solid var(--ld-focus);
        outline-offset: -5px;
      }
      /* Narrow: one choice per row, so long labels never wrap into a ragged box. */
      @media (max-width: 480px) {
        .group {
          display: flex;
          flex-direction: column;
        }
        label + label {
          border-left: 0;
          border-top: 2px solid var(--ld-accent);
        }
      }
      @media print {
        :host {
          display: none;
        }
      }
    `,
  ];

  @property() legend = '';
  /** Names the radio group; two choices on a page need different names. */
  @property() name = 'choice';
  @property() value = '';
  @property({ attribute: false }) choices: Choice[] = [];

  override render() {
    return html`<fieldset>
      <legend>${this.legend}</legend>
      <div class="group">
        ${this.choices.map(
          (choice) => html`<label>
            <input type="radio" name=${this.name} .value=${choice.value} .checked=${choice.value === this.value} @change=${this.onChange} /><span
              >${choice.label}</span
            >
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.checked && input.value !== this.value) this.dispatchEvent(new ChoiceChangeEvent(input.value));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-segmented-choice': LdSegmentedChoice;
  }
  interface HTMLElementEventMap {
    'ld-choice-change': ChoiceChangeEvent;
  }
}
