import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { TopicListChange } from '../../../server/contract/topiclist-diff.ts';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { formStyles } from '../styles/forms.ts';
import { dialogStyles } from '../styles/dialog.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-version-diff.ts';
import '../i18n/messages-drafts.ts';

export interface PublishQuestion {
  id: string;
  version: number;
  /** The changes that break comparison with `from`, the latest version (none for a new list). */
  breaking: TopicListChange[];
  from?: TopicList;
  to: TopicList;
}

/**
 * "Publish as version N?": names the version it becomes and, when answers will not compare
 * with the previous version, lists why and asks for an explicit confirmation first.
 */
@customElement('ld-publish-dialog')
export class LdPublishDialog extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    dialogStyles,
    css`
      :host {
        --ld-dialog-width: 44rem;
      }
      .warning {
        margin: var(--ld-space-4) 0;
        padding: var(--ld-space-3) var(--ld-space-4);
        border-left: 4px solid var(--ld-danger);
        border-radius: var(--ld-radius);
        background: var(--ld-danger-soft);
        font-weight: 600;
      }
      .confirm {
        display: flex;
        align-items: flex-start;
        gap: var(--ld-space-2);
        min-height: var(--ld-touch);
        margin: var(--ld-space-4) 0;
        font-weight: 600;
      }
      .confirm input {
        width: 1.5rem;
        min-height: 1.5rem;
        height: 1.5rem;
        flex: none;
      }
      .actions {
        justify-content: flex-end;
      }
    `,
  ];

  @state() private question?: PublishQuestion;
  @state() private understood = false;
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly i18n = new LocaleController(this);
  private resolve?: (answer: { confirmBreaking: boolean } | undefined) => void;

  override render() {
    const { t } = this.i18n;
    const q = this.question;
    const breaking = q?.breaking ?? [];
    return html`<dialog aria-labelledby="publish-heading" @close=${this.onClose}>
      ${q
        ? html`<h2 id="publish-heading">${t('draft.publishAs', q.id, q.version)}</h2>
            <p>${t('publish.body', q.id, q.version)}</p>
            ${breaking.length
              ? html`<p class="warning" role="alert">${t('publish.breaking', breaking.length)}</p>
                  <ld-version-diff .changes=${breaking} .from=${q.from} .to=${q.to}></ld-version-diff>
                  <label class="confirm">
                    <input type="checkbox" .checked=${this.understood} @change=${(e: Event) => (this.understood = (e.target as HTMLInputElement).checked)} />
                    <span>${t('publish.confirmBreaking')}</span>
                  </label>`
              : nothing}
            <form method="dialog" class="actions">
              <button class="button quiet" value="cancel" autofocus>${t('publish.cancel')}</button>
              <button class="button primary" value="confirm" ?disabled=${breaking.length > 0 && !this.understood}>${t('publish.confirm')}</button>
            </form>`
        : nothing}
    </dialog>`;
  }

  /** Resolves with what to send when the lead publishes, undefined when they go back. */
  async ask(question: PublishQuestion): Promise<{ confirmBreaking: boolean } | undefined> {
    this.resolve?.(undefined);
    this.question = question;
    this.understood = false;
    await this.updateComplete;
    this.dialog!.returnValue = '';
    this.dialog!.showModal();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private onClose() {
    const confirmed = this.dialog?.returnValue === 'confirm';
    this.resolve?.(confirmed ? { confirmBreaking: (this.question?.breaking.length ?? 0) > 0 } : undefined);
    this.resolve = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-publish-dialog': LdPublishDialog;
  }
}
