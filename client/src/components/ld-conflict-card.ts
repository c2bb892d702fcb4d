import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { labelText, type Label } from '../../../server/contract/label.ts';
import type { Item, Scale } from '../../../server/contract/topiclist.ts';
import { autogrow } from '../autogrow.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { answerText } from '../i18n/answer-text.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Conflict } from '../offline/types.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';

export class ConflictResolveEvent extends Event {
  static readonly eventName = 'ld-conflict-resolve';
  constructor(
    readonly itemId: string,
    readonly choice: { value: unknown; note: string | null },
  ) {
    super(ConflictResolveEvent.eventName, { bubbles: true, composed: true });
  }
}

const joinTexts = (a: string | null | undefined, b: string | null | undefined): string => {
  const parts = [a ?? '', b ?? ''].map((p) => p.trim()).filter(Boolean);
  return [...new Set(parts)].join('\n\n');
};

/**
 * Both versions of an answer that changed on two tablets at once, side by side, with who
 * changed the other one and when. The interviewer keeps one, or merges: texts are offered
 * in one editable field holding both.
 */
@customElement('ld-conflict-card')
export class LdConflictCard extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      section {
        display: grid;
        gap: var(--ld-space-3);
        padding: var(--ld-space-4);
        border: 2px solid var(--ld-danger);
        border-radius: var(--ld-radius);
        background: var(--ld-danger-soft);
      }
      h3 {
        font-size: 1.1rem;
        color: var(--ld-danger);
      }
      h4 {
        font-size: 1rem;
      }
      p {
        margin: 0;
      }
      .versions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
        gap: var(--ld-space-3);
      }
      .version {
        display: grid;
        align-content: start;
        gap: var(--ld-space-2);
        padding: var(--ld-space-3);
        border: 1px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
      }
      .meta {
        color: var(--ld-text-muted);
        font-size: 0.9rem;
      }
      .value {
        font-weight: 600;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .note {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .version .button {
        justify-self: start;
      }
      textarea {
        field-sizing: content;
        resize: none;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
        min-height: var(--ld-touch);
      }
      .choice input {
        width: 1.3rem;
        height: 1.3rem;
        min-height: 0;
      }
      form {
        gap: var(--ld-space-3);
      }
    `,
  ];

  @property({ attribute: false }) item?: Item;
  @property({ attribute: false }) scale?: Scale;
  @property({ attribute: false }) conflict?: Conflict;
  /** Who made the other version. */
  @property({ attribute: 'their-name' }) theirName = '';
  @property() language = '';
  @property({ attribute: 'default-language' }) defaultLanguage = '';
  @state() private merging = false;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { item, conflict } = this;
    if (!item || !conflict) return nothing;
    const { t, locale } = this.i18n;
    const name = this.theirName || t('answer.someone');
    const theirs = conflict.theirs;
    return html`<section aria-labelledby="conflict-title">
      <h3 id="conflict-title">${t('conflict.title')}</h3>
      <p>${t('conflict.intro', name)}</p>
      <div class="versions">
        <div class="version" role="group" aria-labelledby="mine-title">
          <h4 id="mine-title">${t('conflict.mine')}</h4>
          ${this.renderVersion(conflict.mine.value, conflict.mine.note)}
          <button class="button" type="button" @click=${() => this.resolve(conflict.mine.value, conflict.mine.note)}>${t('conflict.keepMine')}</button>
        </div>
        <div class="version" role="group" aria-labelledby="theirs-title">
          <h4 id="theirs-title">${t('conflict.theirs', name)}</h4>
          ${theirs ? html`<p class="meta">${t('conflict.at', formatDateTime(locale, theirs.updatedAt))}</p>` : nothing}
          ${theirs ? this.renderVersion(theirs.value, theirs.note) : html`<p class="value">${t('conflict.none')}</p>`}
          <button class="button" type="button" @click=${() => this.resolve(theirs?.value ?? null, theirs?.note ?? null)}>
            ${t('conflict.keepTheirs', name)}
          </button>
        </div>
      </div>
      ${this.canMerge()
        ? this.merging
          ? this.renderMerge()
          : html`<div class="actions"><button class="button quiet" type="button" @click=${this.startMerge}>${t('conflict.merge')}</button></div>`
        : nothing}
    </section>`;
  }

  private renderVersion(value: unknown, note: string | null) {
    const { t } = this.i18n;
    return html`<p class="value">${this.show(value)}</p>
      ${note ? html`<p class="note"><span class="meta">${t('answer.note')}:</span> ${note}</p>` : nothing}`;
  }

  private renderMerge() {
    const { t } = this.i18n;
    const { item, conflict } = this;
    if (!item || !conflict) return nothing;
    const theirs = conflict.theirs;
    const open = item.type === 'open';
    return html`<form @submit=${this.saveMerge}>
      ${open
        ? html`<div class="field">
            <label for="merged-value">${t('conflict.mergedValue')}</label>
            <textarea id="merged-value" name="value" rows="4" .value=${joinTexts(this.asText(conflict.mine.value), this.asText(theirs?.value))}></textarea>
          </div>`
        : html`<fieldset>
            <legend>${t('conflict.valueFrom')}</legend>
            <label class="choice"><input type="radio" name="from" value="mine" checked /> ${t('conflict.mine')}: ${this.show(conflict.mine.value)}</label>
            <label class="choice"><input type="radio" name="from" value="theirs" /> ${t('conflict.theirs', this.theirName || t('answer.someone'))}: ${this.show(theirs?.value ?? null)}</label>
          </fieldset>`}
      <div class="field">
        <label for="merged-note">${t('conflict.mergedNote')}</label>
        <textarea id="merged-note" name="note" rows="3" .value=${joinTexts(conflict.mine.note, theirs?.note)}></textarea>
      </div>
      <div class="actions">
        <button class="button primary" type="submit">${t('conflict.saveMerge')}</button>
        <button class="button quiet" type="button" @click=${() => (this.merging = false)}>${t('form.cancel')}</button>
      </div>
    </form>`;
  }

  /** Merging makes sense where there is text on both sides to combine. */
  private canMerge(): boolean {
    const { item, conflict } = this;
    if (!item || !conflict) return false;
    if (item.type === 'open') return true;
    const mine = conflict.mine.note ?? '';
    const theirs = conflict.theirs?.note ?? '';
    return mine.trim() !== '' && theirs.trim() !== '' && mine !== theirs;
  }

  private async startMerge() {
    this.merging = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll('textarea').forEach((area) => autogrow(area, 3));
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  private saveMerge(event: SubmitEvent) {
    event.preventDefault();
    const { item, conflict } = this;
    if (!item || !conflict) return;
    const data = new FormData(event.target as HTMLFormElement);
    const note = String(data.get('note') ?? '');
    let value: unknown;
    if (item.type === 'open') {
      const text = String(data.get('value') ?? '');
      value = text.trim() === '' ? null : text;
    } else {
      value = data.get('from') === 'theirs' ? (conflict.theirs?.value ?? null) : conflict.mine.value;
    }
    this.resolve(value, note.trim() === '' ? null : note);
  }

  private resolve(value: unknown, note: string | null) {
    if (!this.item) return;
    this.merging = false;
    this.dispatchEvent(new ConflictResolveEvent(this.item.id, { value, note }));
  }

  private asText(value: unknown): string {
    return typeof value === 'string' ? value : '';
  }

  private show(value: unknown): string {
    const { t, locale } = this.i18n;
    const text = (label: Label | undefined) => labelText(label, this.language, this.defaultLanguage);
    return answerText({ t, locale, text }, this.item!, this.scale, value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-conflict-card': LdConflictCard;
  }
  interface HTMLElementEventMap {
    'ld-conflict-resolve': ConflictResolveEvent;
  }
}
