import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { labelText } from '../../../server/contract/label.ts';
import { createStudy, type Study, type TopicListEntry } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField, selectField, splitList, textareaField } from '../forms.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { CancelEvent } from './events.ts';
import './ld-form-error.ts';

export class StudyCreatedEvent extends Event {
  static readonly eventName = 'ld-study-created';
  constructor(readonly study: Study) {
    super(StudyCreatedEvent.eventName, { bubbles: true, composed: true });
  }
}

type Field = 'name' | 'topiclist' | 'minGroupSize';
const CODE_FIELDS = ['organisation', 'role', 'region'] as const;
const DEFAULT_K = 5;

/** A lead starts a study: name, topic list version, suppression threshold, code lists. */
@customElement('ld-study-form')
export class LdStudyForm extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      h2 {
        margin-bottom: var(--ld-space-4);
      }
      .codes-head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--ld-space-3);
      }
    `,
  ];

  /** The topic lists to choose from, each at its latest version. */
  @property({ attribute: false }) topiclists: TopicListEntry[] = [];
  @state() private errors: FieldErrors<Field> = {};

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const { t, locale } = this.i18n;
    const e = this.errors;
    const options = this.topiclists.map((l) => ({
      value: `${l.id}@${l.version}`,
      label: `${labelText(l.title, locale, l.languages[0] ?? locale)} (${t('topiclists.version', String(l.version))})`,
    }));
    return html`<div class="card">
      <h2 id="heading">${t('studyForm.title')}</h2>
      <form novalidate aria-labelledby="heading" @submit=${this.submit}>
        <ld-form-error .invalid=${Object.keys(e).length} .error=${this.action.error}></ld-form-error>
        ${inputField({ id: 'name', label: t('studyForm.name'), error: e.name })}
        ${selectField({ id: 'topiclist', label: t('studyForm.topiclist'), placeholder: t('field.choose'), options, value: options.length === 1 ? options[0]?.value : undefined, error: e.topiclist })}
        ${inputField({ id: 'minGroupSize', type: 'number', inputmode: 'numeric', min: 1, max: 1000, value: String(DEFAULT_K), label: t('studyForm.k'), hint: t('studyForm.kHint'), className: 'narrow', error: e.minGroupSize })}
        <fieldset>
          <legend>${t('studyForm.codes')}</legend>
          <div class="codes-head">
            <p class="hint">${t('studyForm.codesHint')}</p>
            <button class="button quiet" type="button" @click=${this.fillSuggestions}>${t('studyForm.useSuggestions')}</button>
          </div>
          ${CODE_FIELDS.map((field) =>
            textareaField({ id: field, label: t(`code.${field}`), optional: t('field.optional'), placeholder: t(`studyForm.suggest.${field}`), rows: 3 }),
          )}
        </fieldset>
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('studyForm.submit')}</button>
          <button class="button quiet" type="button" @click=${() => this.dispatchEvent(new CancelEvent())}>${t('form.cancel')}</button>
        </div>
      </form>
    </div>`;
  }

  override focus() {
    this.renderRoot.querySelector<HTMLInputElement>('#name')?.focus();
  }

  /** The placeholders are this study's usual values; one press fills them in, one per line. */
  private fillSuggestions() {
    for (const field of CODE_FIELDS) {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${field}`);
      if (area && !area.value.trim()) area.value = splitList(area.placeholder).join('\n');
    }
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const v = formValues(event.target as HTMLFormElement);
    const k = Number(v.minGroupSize);
    const [id, version] = (v.topiclist ?? '').split('@');
    const errors: FieldErrors<Field> = {};
    if (!v.name) errors.name = t('field.required');
    if (!id || !version) errors.topiclist = t('field.required');
    if (!Number.isInteger(k) || k < 1 || k > 1000) errors.minGroupSize = t('studyForm.kInvalid');
    this.errors = errors;
    this.action.reset();
    if (Object.keys(errors).length) return focusFirstInvalid(this);
    const codeLists = Object.fromEntries(CODE_FIELDS.map((field) => [field, splitList(v[field] ?? '')]));
    const done = await this.action.run(() =>
      createStudy({ name: v.name!, topiclist: { id: id!, version: Number(version) }, minGroupSize: k, codeLists }),
    );
    if (done) this.dispatchEvent(new StudyCreatedEvent(done.value));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-study-form': LdStudyForm;
  }
  interface HTMLElementEventMap {
    'ld-study-created': StudyCreatedEvent;
  }
}
