import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { checkValue, MAX_TEXT } from '../../../server/contract/answer-values.ts';
import { labelText, type Label } from '../../../server/contract/label.ts';
import type { Item, Scale } from '../../../server/contract/topiclist.ts';
import { autogrow } from '../autogrow.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { isAnswered } from '../interview-progress.ts';
import type { Conflict } from '../offline/types.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-conflict-card.ts';
import type { OptionButton, OptionPickEvent } from './ld-option-buttons.ts';
import './ld-option-buttons.ts';

/** A typing pause this long saves the text. */
export const TYPING_PAUSE_MS = 400;
/** How long "changed by …" stays after a change from the other tablet. */
const HINT_MS = 6000;

export class AnswerChangeEvent extends Event {
  static readonly eventName = 'ld-answer-change';
  constructor(
    readonly itemId: string,
    readonly value: unknown,
  ) {
    super(AnswerChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

export class NoteChangeEvent extends Event {
  static readonly eventName = 'ld-note-change';
  constructor(
    readonly itemId: string,
    readonly note: string | null,
  ) {
    super(NoteChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

type Part = 'value' | 'note';

/** A field one types in (not a button, radio or checkbox). */
function isTextEntry(event: Event): boolean {
  const target = event.composedPath()[0];
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type));
}

/**
 * One item while interviewing: prompt, hint, probes, the control for its type and a note
 * that grows with its text. Clicks save at once, typing after a short pause. A change from
 * the other tablet never replaces what is under the cursor: it waits until focus leaves.
 */
@customElement('ld-answer-card')
export class LdAnswerCard extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        gap: var(--ld-space-3);
        padding: var(--ld-space-4);
        border: 1px solid var(--ld-border);
        border-left: 6px solid var(--ld-border);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
      }
      article.answered {
        border-left-color: var(--ld-accent);
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2) var(--ld-space-3);
        font-size: 0.85rem;
        color: var(--ld-text-muted);
        font-weight: 600;
      }
      .done {
        color: var(--ld-accent-strong);
      }
      .matrix {
        padding: 0.1rem 0.6rem;
        border-radius: 999px;
        background: var(--ld-accent-soft);
        color: var(--ld-accent-strong);
      }
      .changed {
        margin-left: auto;
        padding: 0.1rem 0.6rem;
        border-radius: 999px;
        background: var(--ld-surface-muted);
        color: var(--ld-text);
      }
      .prompt {
        margin: 0;
        font-size: 1.15rem;
        font-weight: 600;
        line-height: 1.4;
      }
      .hint-text,
      .probes {
        margin: 0;
        color: var(--ld-text-muted);
      }
      .probes {
        padding-left: 1.25rem;
      }
      .small-label {
        margin: 0;
        font-size: 0.8rem;
        font-weight: 700;
        color: var(--ld-text-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      textarea {
        field-sizing: content;
        min-height: 5.5rem;
        max-height: 60vh;
        resize: none;
        line-height: 1.45;
      }
      textarea.note {
        min-height: 3.25rem;
      }
      input.number {
        max-width: 12rem;
      }
      input.date {
        max-width: 14rem;
      }
      .choices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
        gap: var(--ld-space-2);
      }
      .choice {
        display: flex;
        align-items: center;
        gap: var(--ld-space-3);
        min-height: 3rem;
        padding: var(--ld-space-2) var(--ld-space-3);
        border: 2px solid var(--ld-border);
        border-radius: var(--ld-radius);
        font-weight: 500;
        cursor: pointer;
      }
      .choice:has(input:checked) {
        border-color: var(--ld-accent);
        background: var(--ld-accent-soft);
      }
      .choice:has(input:focus-visible) {
        outline: 3px solid var(--ld-focus);
        outline-offset: 2px;
      }
      .choice input {
        flex: none;
        width: 1.4rem;
        height: 1.4rem;
        min-height: 0;
        margin: 0;
        accent-color: var(--ld-accent);
      }
      .choice input:focus-visible {
        outline: none;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2) var(--ld-space-3);
      }
      .clear {
        font-size: 0.92rem;
      }
      .field-error {
        margin: 0;
      }
      .note-head {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 var(--ld-space-3);
        margin: 0;
      }
      .note-head .hint {
        font-size: 0.85rem;
      }
    `,
  ];

  @property({ attribute: false }) item?: Item;
  @property({ attribute: false }) scale?: Scale;
  @property() language = '';
  @property({ attribute: 'default-language' }) defaultLanguage = '';
  /** The dimension's label when the item is a cell of the satisfaction matrix. */
  @property({ attribute: 'dimension-label' }) dimensionLabel = '';
  @property({ attribute: false }) value: unknown = null;
  @property({ attribute: false }) note: string | null = null;
  /** Counts changes from the other tablet; a new count is a remote change. */
  @property({ type: Number, attribute: 'remote-changes' }) remoteChanges = 0;
  /** Who made the last change from elsewhere, for the hint. */
  @property({ attribute: 'changed-by' }) changedBy = '';
  @property({ type: Boolean }) readonly = false;
  @property({ attribute: false }) conflict?: Conflict;
  @property({ attribute: 'conflict-name' }) conflictName = '';
  @property({ type: Number }) position = 0;
  @property({ type: Number }) count = 0;

  /** What the controls show: the answer, or what is being typed over it. */
  @state() private draft: unknown = null;
  @state() private noteDraft = '';
  /** A number as typed ("2,5"), kept while it is not a number yet. */
  @state() private numberText = '';
  @state() private error = '';
  @state() private hint = '';

  @query('textarea.note') private noteArea?: HTMLTextAreaElement;
  @query('textarea.value') private valueArea?: HTMLTextAreaElement;

  private readonly i18n = new LocaleController(this);
  private focused: Part | undefined;
  private held = new Set<Part>();
  private timers: Partial<Record<Part, ReturnType<typeof setTimeout>>> = {};
  private pendingSaves: Partial<Record<Part, () => void>> = {};
  private hintTimer?: ReturnType<typeof setTimeout>;
  private started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.flushAll);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.flushAll);
    this.flushAll();
    clearTimeout(this.hintTimer);
  }

  override willUpdate(changed: PropertyValues<this>) {
    // A change from the other tablet that left this item as it was needs no hint.
    const remote = changed.has('remoteChanges') && this.started;
    if (changed.has('value')) this.take('value', remote);
    if (changed.has('note')) this.take('note', remote);
    this.started = true;
  }

  /** Shows the answer's value or note, unless that control has focus: then it waits for blur. */
  private take(part: Part, remote: boolean) {
    if (this.focused === part) {
      if (remote) this.held.add(part);
      return;
    }
    this.show(part);
    if (remote) this.showHint();
  }

  private show(part: Part) {
    if (part === 'value') {
      this.draft = this.value;
      this.numberText = typeof this.value === 'number' ? this.formatNumber(this.value) : '';
      this.error = '';
    } else {
      this.noteDraft = this.note ?? '';
    }
  }

  private showHint() {
    this.hint = this.changedBy || this.i18n.t('answer.someone');
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => (this.hint = ''), HINT_MS);
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const { t } = this.i18n;
    const text = this.text;
    const answered = isAnswered(this.draft);
    return html`<article role="group" aria-labelledby="prompt" class=${answered ? 'answered' : ''}>
      <div class="top">
        <span>${t('answer.itemOf', this.position, this.count)}</span>
        ${answered ? html`<span class="done">✓ ${t('answer.answered')}</span>` : nothing}
        ${this.dimensionLabel ? html`<span class="matrix">${t('item.matrix', this.dimensionLabel)}</span>` : nothing}
        ${this.hint ? html`<span class="changed">${t('answer.changedBy', this.hint)}</span>` : nothing}
      </div>
      <p class="prompt" id="prompt">${text(item.prompt)}</p>
      ${item.hint ? html`<p class="hint-text"><span class="visually-hidden">${t('item.hint')}: </span>${text(item.hint)}</p>` : nothing}
      ${item.probes?.length
        ? html`<div>
            <p class="small-label" id="probes">${t('item.probes')}</p>
            <ul class="probes" aria-labelledby="probes">
              ${item.probes.map((probe) => html`<li>${text(probe)}</li>`)}
            </ul>
          </div>`
        : nothing}
      ${this.conflict
        ? html`<ld-conflict-card
            .item=${item}
            .scale=${this.scale}
            .conflict=${this.conflict}
            their-name=${this.conflictName}
            language=${this.language}
            default-language=${this.defaultLanguage}
          ></ld-conflict-card>`
        : html`<div class="value-part" @focusin=${(e: FocusEvent) => this.onFocus('value', e)} @focusout=${(e: FocusEvent) => this.onBlur('value', e)}>
              ${this.renderControl(item)}
              ${this.error ? html`<p class="field-error" id="value-error" role="alert">${t('answer.notSaved')} ${this.error}</p>` : nothing}
            </div>
            ${this.renderNote()}`}
    </article>`;
  }

  private renderControl(item: Item) {
    const { t } = this.i18n;
    const prompt = this.text(item.prompt);
    switch (item.type) {
      case 'scale':
        return this.renderButtons(this.scaleOptions(), prompt);
      case 'boolean':
        return this.renderButtons(
          [
            { value: true, label: t('answer.yes') },
            { value: false, label: t('answer.no') },
          ],
          prompt,
        );
      case 'choice':
      case 'multi':
        return this.renderChoices(item, prompt);
      case 'open':
        return html`<label class="small-label" id="value-label" for="value">${t('answer.value')}</label>
          <textarea
            id="value"
            class="value"
            rows="3"
            aria-labelledby="value-label prompt"
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'value-error' : nothing}
            .value=${typeof this.draft === 'string' ? this.draft : ''}
            ?readonly=${this.readonly}
            @input=${this.onTextInput}
          ></textarea>`;
      case 'number':
        return html`<label class="small-label" id="value-label" for="value">${t('answer.value')}</label>
          <input
            id="value"
            class="number"
            type="text"
            inputmode="numeric"
            autocomplete="off"
            aria-labelledby="value-label prompt"
            aria-invalid=${this.error ? 'true' : 'false'}
            aria-describedby=${this.error ? 'value-error' : nothing}
            .value=${this.numberText}
            ?readonly=${this.readonly}
            @input=${this.onNumberInput}
          />`;
      case 'date':
        return html`<label class="small-label" id="value-label" for="value">${t('answer.value')}</label>
          <div class="row">
            <input
              id="value"
              class="date"
              type="date"
              aria-labelledby="value-label prompt"
              aria-invalid=${this.error ? 'true' : 'false'}
              aria-describedby=${this.error ? 'value-error' : nothing}
              .value=${typeof this.draft === 'string' ? this.draft : ''}
              ?readonly=${this.readonly}
              @change=${this.onDateChange}
            />
          </div>`;
    }
  }

  private renderButtons(options: OptionButton[], prompt: string) {
    return html`<div class="row">
      <ld-option-buttons
        .options=${options}
        .value=${this.draft}
        label=${prompt}
        ?disabled=${this.readonly}
        @ld-option-pick=${(e: OptionPickEvent) => this.commit(e.value)}
      ></ld-option-buttons>
    </div>
    ${this.renderClear()}`;
  }

  private renderChoices(item: Item, prompt: string) {
    const multi = item.type === 'multi';
    const chosen = multi ? (Array.isArray(this.draft) ? (this.draft as string[]) : []) : [this.draft];
    return html`<div class="choices" role=${multi ? 'group' : 'radiogroup'} aria-label=${prompt}>
        ${(item.options ?? []).map(
          (option) => html`<label class="choice">
            <input
              type=${multi ? 'checkbox' : 'radio'}
              name="choice"
              .value=${option.id}
              .checked=${chosen.includes(option.id)}
              ?disabled=${this.readonly}
              @change=${(e: Event) => this.onChoice(item, option.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${this.text(option.label)}</span>
          </label>`,
        )}
      </div>
      ${multi ? nothing : this.renderClear()}`;
  }

  private renderClear() {
    if (this.readonly || !isAnswered(this.draft)) return nothing;
    return html`<div class="row">
      <button class="button quiet clear" type="button" @click=${() => this.commit(null)}>${this.i18n.t('answer.clear')}</button>
    </div>`;
  }

  private renderNote() {
    const { t } = this.i18n;
    return html`<div class="field" @focusin=${(e: FocusEvent) => this.onFocus('note', e)} @focusout=${(e: FocusEvent) => this.onBlur('note', e)}>
      <p class="note-head">
        <label class="small-label" id="note-label" for="note">${t('answer.note')}</label>
        <span class="hint" id="note-hint">${t('answer.noteHint')}</span>
      </p>
      <textarea
        id="note"
        class="note"
        rows="2"
        aria-labelledby="note-label prompt"
        aria-describedby="note-hint"
        .value=${this.noteDraft}
        ?readonly=${this.readonly}
        @input=${this.onNoteInput}
      ></textarea>
    </div>`;
  }

  override updated() {
    autogrow(this.valueArea, 3);
    autogrow(this.noteArea, 2);
  }

  private scaleOptions(): OptionButton[] {
    const scale = this.scale;
    if (!scale) return [];
    const { t } = this.i18n;
    const points: OptionButton[] = [];
    for (let point = scale.min; point <= scale.max; point++) {
      const label = scale.labels?.[String(point)];
      points.push({ value: point, label: String(point), detail: label ? this.text(label) : undefined });
    }
    const specials: OptionButton[] = (scale.allow ?? []).map((special) => ({
      value: special,
      label: t(`answer.${special}`),
      name: `${t(`answer.${special}`)} (${t(`special.${special}`)})`,
      special: true,
    }));
    return [...points, ...specials];
  }

  private readonly text = (label: Label | undefined) => labelText(label, this.language, this.defaultLanguage);

  private formatNumber(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value);
  }

  // Input.

  /** Only where one types can a remote change land under the cursor; buttons show it at once. */
  private onFocus(part: Part, event: FocusEvent) {
    if (isTextEntry(event)) this.focused = part;
  }

  private onBlur(part: Part, event: FocusEvent) {
    if (!isTextEntry(event) || this.focused !== part) return;
    this.flush(part);
    this.focused = undefined;
    if (this.held.delete(part)) {
      this.show(part);
      this.showHint();
    }
  }

  private onTextInput(event: InputEvent) {
    const text = (event.target as HTMLTextAreaElement).value;
    this.draft = text;
    autogrow(event.target as HTMLTextAreaElement, 3);
    this.later('value', () => this.commit(text === '' ? null : text));
  }

  private onNumberInput(event: InputEvent) {
    const typed = (event.target as HTMLInputElement).value;
    this.numberText = typed;
    this.later('value', () => {
      const trimmed = typed.trim().replace(',', '.');
      if (trimmed === '') return this.commit(null);
      const number = /^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
      this.commit(number);
    });
  }

  private onDateChange(event: Event) {
    const date = (event.target as HTMLInputElement).value;
    this.commit(date === '' ? null : date);
  }

  private onChoice(item: Item, optionId: string, checked: boolean) {
    if (item.type === 'choice') return checked ? this.commit(optionId) : undefined;
    const before = Array.isArray(this.draft) ? (this.draft as string[]) : [];
    const set = new Set(checked ? [...before, optionId] : before.filter((id) => id !== optionId));
    const next = (item.options ?? []).map((o) => o.id).filter((id) => set.has(id));
    this.commit(next.length ? next : null);
  }

  private onNoteInput(event: InputEvent) {
    const note = (event.target as HTMLTextAreaElement).value;
    this.noteDraft = note;
    autogrow(event.target as HTMLTextAreaElement, 2);
    this.later('note', () => this.dispatchEvent(new NoteChangeEvent(this.item!.id, note.trim() === '' ? null : note)));
  }

  /** Checks the value with the server's own rules, then sends it up; a bad one stays here with the reason. */
  private commit(value: unknown) {
    const item = this.item;
    if (!item || this.readonly) return;
    clearTimeout(this.timers.value);
    delete this.timers.value;
    const problem = checkValue(item, this.scale ? { [item.scale ?? '']: this.scale } : undefined, value);
    if (problem) {
      this.error = this.explain(item, value);
      return;
    }
    this.error = '';
    this.draft = value;
    if (typeof value === 'number' && item.type === 'number' && this.focused !== 'value') this.numberText = this.formatNumber(value);
    this.dispatchEvent(new AnswerChangeEvent(item.id, value));
  }

  /** The reason in the UI language (checkValue's reasons are the server's English). */
  private explain(item: Item, value: unknown): string {
    const { t } = this.i18n;
    if (item.type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return t('answer.invalidNumber');
      if (item.min !== undefined && value < item.min) return t('answer.belowMin', this.formatNumber(item.min));
      if (item.max !== undefined) return t('answer.aboveMax', this.formatNumber(item.max));
    }
    if (item.type === 'date') return t('answer.invalidDate');
    if (item.type === 'open') return t('answer.tooLong', MAX_TEXT);
    return t('error.unexpected');
  }

  private later(part: Part, save: () => void) {
    clearTimeout(this.timers[part]);
    const timer = setTimeout(() => {
      if (this.timers[part] === timer) delete this.timers[part];
      save();
    }, TYPING_PAUSE_MS);
    this.timers[part] = timer;
    this.pendingSaves[part] = save;
  }

  /** Saves what is being typed now instead of after the pause (blur, leaving the page). */
  private flush(part: Part) {
    const timer = this.timers[part];
    if (timer === undefined) return;
    clearTimeout(timer);
    delete this.timers[part];
    this.pendingSaves[part]?.();
  }

  private readonly flushAll = () => {
    this.flush('value');
    this.flush('note');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-answer-card': LdAnswerCard;
  }
  interface HTMLElementEventMap {
    'ld-answer-change': AnswerChangeEvent;
    'ld-note-change': NoteChangeEvent;
  }
}
