import { css, html, LitElement } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { formStyles } from '../styles/forms.ts';
import { dialogStyles } from '../styles/dialog.ts';
import { sharedStyles } from '../styles/shared.ts';

export interface UnansweredLevel {
  label: string;
  prompts: string[];
}

/**
 * "Complete the interview?", listing per level the questions still without an answer, so
 * nothing is skipped by accident. A native modal dialog; Cancel has focus.
 */
@customElement('ld-complete-dialog')
export class LdCompleteDialog extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    dialogStyles,
    css`
      :host {
        --ld-dialog-width: 40rem;
      }
      p {
        margin: var(--ld-space-3) 0;
      }
      h3 {
        margin-top: var(--ld-space-3);
        font-size: 1rem;
      }
      ul {
        margin: var(--ld-space-1) 0 0;
        padding-left: 1.25rem;
        color: var(--ld-text-muted);
      }
      .list {
        max-height: 40vh;
        overflow-y: auto;
        padding-right: var(--ld-space-2);
      }
      .actions {
        justify-content: flex-end;
        margin-top: var(--ld-space-4);
      }
    `,
  ];

  @state() private levels: UnansweredLevel[] = [];
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly i18n = new LocaleController(this);
  private resolve?: (confirmed: boolean) => void;

  override render() {
    const { t } = this.i18n;
    const count = this.levels.reduce((sum, level) => sum + level.prompts.length, 0);
    return html`<dialog aria-labelledby="heading" @close=${this.onClose}>
      <h2 id="heading">${t('complete.title')}</h2>
      ${count === 0
        ? html`<p>${t('complete.allAnswered')}</p>`
        : html`<p>${t('complete.unanswered', count)}</p>
            <div class="list" tabindex="0" role="region" aria-labelledby="heading">
              ${this.levels.map(
                (level, i) => html`<h3 id=${`level-${i}`}>${t('complete.levelCount', level.label, level.prompts.length)}</h3>
                  <ul aria-labelledby=${`level-${i}`}>
                    ${level.prompts.map((prompt) => html`<li>${prompt}</li>`)}
                  </ul>`,
              )}
            </div>`}
      <p>${t('complete.after')}</p>
      <form method="dialog" class="actions">
        <button class="button quiet" value="cancel" autofocus>${t('confirm.cancel')}</button>
        <button class="button primary" value="confirm">${t('complete.confirm')}</button>
      </form>
    </dialog>`;
  }

  /** Shows the list; answers true when the interviewer completes. */
  async ask(levels: UnansweredLevel[]): Promise<boolean> {
    this.resolve?.(false);
    this.levels = levels;
    await this.updateComplete;
    const dialog = this.dialog!;
    dialog.returnValue = '';
    dialog.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private onClose() {
    this.resolve?.(this.dialog?.returnValue === 'confirm');
    this.resolve = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-complete-dialog': LdCompleteDialog;
  }
}
