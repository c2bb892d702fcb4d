import { css, html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { focusKey } from '../designer/edit-event.ts';
import { sharedStyles } from '../styles/shared.ts';

/** Two overlapping sheets: no common font has a copy sign. */
const copyIcon = html`<svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
  ${svg`<rect x="5.5" y="5.5" width="8" height="8" rx="1" fill="none" stroke="currentColor" stroke-width="1.6" /><path d="M3 10.5V3.5a1 1 0 0 1 1-1h6.5" fill="none" stroke="currentColor" stroke-width="1.6" />`}
</svg>`;

export type RowAction = 'up' | 'down' | 'duplicate' | 'remove';

export class RowActionEvent extends Event {
  static readonly eventName = 'ld-row-action';
  constructor(readonly action: RowAction) {
    super(RowActionEvent.eventName, { bubbles: true, composed: false });
  }
}

/**
 * The handle and buttons of one row of a designer list: drag handle (mouse and touch; the
 * list's ReorderController does the moving), move up, move down, copy, remove. The move
 * buttons stay focusable at the ends (aria-disabled), so focus stays on them while moving.
 */
@customElement('ld-editor-row-actions')
export class LdEditorRowActions extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-1);
      }
      .handle {
        display: inline-grid;
        place-items: center;
        width: var(--ld-touch);
        height: var(--ld-touch);
        border-radius: var(--ld-radius);
        color: var(--ld-text-muted);
        font-size: 1.3rem;
        cursor: grab;
        touch-action: none;
        user-select: none;
      }
      .handle:hover {
        background: var(--ld-surface-muted);
      }
      .button {
        padding: var(--ld-space-1) var(--ld-space-2);
        border-color: var(--ld-border);
        color: var(--ld-text);
        font-size: 1.1rem;
      }
      .button.danger {
        color: var(--ld-danger);
      }
      svg {
        display: block;
      }
      .button[aria-disabled='true'] {
        opacity: 0.45;
        cursor: default;
      }
    `,
  ];

  /** What the row is, for the buttons' names: "vraag 2, ‘Hoe tevreden?’". */
  @property() name = '';
  @property({ type: Number }) index = 0;
  @property({ type: Number }) count = 1;
  /** The row's problem path: the buttons' focus keys start with it. */
  @property() path = '';
  @property({ type: Boolean }) duplicate = false;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    const first = this.index <= 0;
    const last = this.index >= this.count - 1;
    return html`<span class="handle" draggable="true" data-drag-handle aria-hidden="true" title=${t('designer.drag')}>⠿</span>
      ${this.button('up', '↑', t('designer.moveUp', this.name), first)} ${this.button('down', '↓', t('designer.moveDown', this.name), last)}
      ${this.duplicate ? this.button('duplicate', copyIcon, t('designer.duplicate', this.name), false) : nothing}
      ${this.button('remove', '✕', t('designer.remove', this.name), false)}`;
  }

  private button(action: RowAction, icon: string | TemplateResult, label: string, disabled: boolean) {
    return html`<button
      type="button"
      class="button ${action === 'remove' ? 'danger' : ''}"
      title=${label}
      aria-disabled=${disabled ? 'true' : 'false'}
      data-focus=${focusKey(this.path, action)}
      @click=${() => !disabled && this.dispatchEvent(new RowActionEvent(action))}
    >
      <span aria-hidden="true">${icon}</span><span class="visually-hidden">${label}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-row-actions': LdEditorRowActions;
  }
  interface HTMLElementEventMap {
    'ld-row-action': RowActionEvent;
  }
}
