import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Label } from '../../../server/contract/label.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { hasText, labelIn } from '../designer/doc-ops.ts';
import { fieldProblems } from '../designer/fields.ts';
import { type EditorIssue, issuesUnder } from '../designer/issues.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';

export class LabelInputEvent extends Event {
  static readonly eventName = 'ld-label-input';
  constructor(
    readonly language: string,
    readonly text: string,
  ) {
    super(LabelInputEvent.eventName, { bubbles: true, composed: false });
  }
}

/**
 * One label of the topic list: a field per language of the list, side by side, the default
 * language first. An empty text in another language is flagged "translation missing" in
 * words. Problems with the label show under it, those with one language under that field.
 */
@customElement('ld-editor-label')
export class LdEditorLabel extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .group {
        display: grid;
        gap: var(--ld-space-1);
      }
      .name {
        margin: 0;
        font-weight: 650;
      }
      .columns {
        display: grid;
        gap: var(--ld-space-2) var(--ld-space-3);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      }
      .column {
        display: grid;
        align-content: start;
        gap: var(--ld-space-1);
        min-width: 0;
      }
      .column label {
        font-size: 0.85rem;
        font-weight: 600;
        color: var(--ld-text-muted);
      }
      .code {
        display: inline-block;
        min-width: 2rem;
        padding: 0 0.35rem;
        border-radius: 0.3rem;
        background: var(--ld-surface-muted);
        color: var(--ld-text);
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        text-align: center;
      }
      textarea {
        min-height: 2.875rem;
        field-sizing: content;
        max-height: 40vh;
      }
      .missing {
        margin: 0;
        color: var(--ld-text);
        font-size: 0.88rem;
        font-weight: 600;
      }
      .missing span {
        color: var(--ld-danger);
      }
      .column:has(.missing) :is(input, textarea) {
        border-style: dashed;
      }
    `,
  ];

  @property({ attribute: false }) label?: Label;
  @property({ attribute: false }) languages: string[] = [];
  /** The field's name, e.g. "Vraag". */
  @property() name = '';
  /** The label's problem path, e.g. `levels[0].topics[1].items[2].prompt`. */
  @property() path = '';
  @property({ attribute: false }) issues: readonly EditorIssue[] = [];
  @property({ type: Boolean }) multiline = false;
  /** May stay empty: then no translation is missing. */
  @property({ type: Boolean }) optional = false;
  @property({ type: Boolean }) readonly = false;
  /** `data-focus` key of the default language's field. */
  @property({ attribute: 'focus-key' }) focusKey = '';

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    const languages = this.languages.length ? this.languages : [''];
    const mine = issuesUnder(this.issues, this.path);
    const own = (lang: string) => mine.filter((i) => lang && i.path === `${this.path}.${lang}`);
    const general = mine.filter((i) => !languages.some((lang) => own(lang).includes(i)));
    const flagMissing = !this.optional || hasText(this.label);
    return html`<div class="group" role="group" aria-labelledby="name">
      <p class="name" id="name">${this.name}${this.optional ? html` <span class="optional">${t('field.optional')}</span>` : nothing}</p>
      <div class="columns">${languages.map((lang, i) => this.renderColumn(lang, i, own(lang), i === 0 ? general : [], flagMissing && i > 0))}</div>
      ${fieldProblems('all', general)}
    </div>`;
  }

  /** `problems` are this language's; `general` (the label's own, shown below all) describe the first field too. */
  private renderColumn(lang: string, index: number, problems: EditorIssue[], general: EditorIssue[], flag: boolean) {
    const { t } = this.i18n;
    const text = labelIn(this.label, lang, this.languages[0]);
    const missing = flag && text.trim() === '';
    const invalid = problems.length + general.length > 0;
    const described = [missing ? `missing-${index}` : '', problems.length ? `lang-${index}-error` : '', general.length ? 'all-error' : ''].filter(Boolean).join(' ');
    const id = `lang-${index}`;
    // The field's name and its language: "Vraag en".
    const labelledby = lang ? `name ${id}-label` : 'name';
    const onInput = (e: Event) => this.dispatchEvent(new LabelInputEvent(lang, (e.target as HTMLInputElement | HTMLTextAreaElement).value));
    return html`<div class="column">
      ${lang
        ? html`<label for=${id} id=${`${id}-label`}
            ><span class="code">${lang}</span>${index === 0 && this.languages.length > 1 ? html` ${t('designer.defaultLanguage')}` : nothing}</label
          >`
        : nothing}
      ${this.multiline
        ? html`<textarea
            id=${id}
            rows="2"
            lang=${ifDefined(lang || undefined)}
            .value=${text}
            ?readonly=${this.readonly}
            data-focus=${ifDefined(index === 0 && this.focusKey ? this.focusKey : undefined)}
            aria-labelledby=${labelledby}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(described || undefined)}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type="text"
            lang=${ifDefined(lang || undefined)}
            .value=${text}
            ?readonly=${this.readonly}
            data-focus=${ifDefined(index === 0 && this.focusKey ? this.focusKey : undefined)}
            aria-labelledby=${labelledby}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(described || undefined)}
            @input=${onInput}
          />`}
      ${missing ? html`<p class="missing" id=${`missing-${index}`}><span aria-hidden="true">⚠</span> ${t('designer.translationMissing')}</p>` : nothing}
      ${fieldProblems(id, problems)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-editor-label': LdEditorLabel;
  }
  interface HTMLElementEventMap {
    'ld-label-input': LabelInputEvent;
  }
}
