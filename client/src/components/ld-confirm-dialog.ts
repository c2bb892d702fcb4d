import { css, html, LitElement } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { dialogStyles } from '../styles/dialog.ts';
import { sharedStyles } from '../styles/shared.ts';
import { formStyles } from '../styles/forms.ts';

export interface ConfirmOptions {
  heading: string;
  message: string;
  confirmLabel: string;
}

/**
 * Asks before something that cannot be undone (revoking a tablet, deactivating a user).
 * A native modal dialog: focus stays inside, Escape cancels, focus returns afterwards.
 * Cancel comes first and has focus, so a stray Enter does no harm.
 */
@customElement('ld-confirm-dialog')
export class LdConfirmDialog extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    dialogStyles,
    css`
      :host {
        --ld-dialog-width: 32rem;
      }
      p {
        margin: var(--ld-space-3) 0 var(--ld-space-5);
      }
      .actions {
        justify-content: flex-end;
      }
    `,
  ];

  @state() private options: ConfirmOptions = { heading: '', message: '', confirmLabel: '' };
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly i18n = new LocaleController(this);
  private resolve?: (confirmed: boolean) => void;

  override render() {
    const { heading, message, confirmLabel } = this.options;
    return html`<dialog aria-labelledby="heading" aria-describedby="message" @close=${this.onClose}>
      <h2 id="heading">${heading}</h2>
      <p id="message">${message}</p>
      <form method="dialog" class="actions">
        <button class="button quiet" value="cancel" autofocus>${this.i18n.t('confirm.cancel')}</button>
        <button class="button danger" value="confirm">${confirmLabel}</button>
      </form>
    </dialog>`;
  }

  /** Shows the question; answers true when confirmed. */
  async ask(options: ConfirmOptions): Promise<boolean> {
    this.resolve?.(false);
    this.options = options;
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
    'ld-confirm-dialog': LdConfirmDialog;
  }
}
