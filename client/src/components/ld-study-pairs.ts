import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createPair, type Study } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, selectField } from '../forms.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { StudyChangedEvent } from './events.ts';
import './ld-form-error.ts';
import './ld-status.ts';

/** The study's interviewer pairs (P01, P02, ...); a lead makes new ones from member interviewers. */
@customElement('ld-study-pairs')
export class LdStudyPairs extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      form {
        margin-top: var(--ld-space-4);
      }
      .status:not(:empty) {
        margin-bottom: var(--ld-space-3);
      }
    `,
  ];

  @property({ attribute: false }) study?: Study;
  @property({ type: Boolean }) editable = false;
  @state() private errors: FieldErrors<'first' | 'second'> = {};
  @state() private announcement = '';

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const study = this.study;
    if (!study) return nothing;
    const { t } = this.i18n;
    return html`<section aria-labelledby="pairs-heading">
      <div class="section-head"><h2 id="pairs-heading">${t('pairs.title')}</h2></div>
      <p class="status" role="status">${this.announcement || nothing}</p>
      ${study.pairs.length === 0
        ? html`<ld-status kind="empty" message=${t('pairs.empty')}></ld-status>`
        : html`<ul class="rows" role="list">
            ${study.pairs.map(
              (pair) => html`<li class="row">
                <span class="badge accent code">${pair.code}</span>
                <span class="grow">${pair.interviewers.map((i) => i.name).join(` ${t('pairs.and')} `)}</span>
              </li>`,
            )}
          </ul>`}
      ${this.editable ? this.renderCreate(study) : nothing}
    </section>`;
  }

  private renderCreate(study: Study) {
    const { t } = this.i18n;
    const interviewers = study.members.filter((m) => m.role === 'interviewer');
    if (interviewers.length < 2) return html`<p class="hint">${t('pairs.needTwo')}</p>`;
    const options = interviewers.map((m) => ({ value: m.id, label: m.name }));
    return html`<form novalidate @submit=${this.create}>
      <ld-form-error .invalid=${Object.keys(this.errors).length} .error=${this.action.error}></ld-form-error>
      <div class="grid">
        ${selectField({ id: 'first', label: t('pairs.first'), placeholder: t('field.choose'), options, error: this.errors.first })}
        ${selectField({ id: 'second', label: t('pairs.second'), placeholder: t('field.choose'), options, error: this.errors.second })}
      </div>
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('pairs.create')}</button>
      </div>
    </form>`;
  }

  private async create(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const form = event.target as HTMLFormElement;
    const { first = '', second = '' } = formValues(form);
    const errors: FieldErrors<'first' | 'second'> = {};
    if (!first) errors.first = t('field.required');
    if (!second) errors.second = t('field.required');
    else if (second === first) errors.second = t('pairs.different');
    this.errors = errors;
    this.action.reset();
    if (Object.keys(errors).length || !this.study) return focusFirstInvalid(this);
    const done = await this.action.run(() => createPair(this.study!.id, [first, second]));
    if (!done) return;
    form.reset();
    this.announcement = t('pairs.created', done.value.code, done.value.interviewers.map((i) => i.name).join(` ${t('pairs.and')} `));
    this.dispatchEvent(new StudyChangedEvent());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-study-pairs': LdStudyPairs;
  }
}
