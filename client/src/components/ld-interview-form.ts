import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createInterview, type Interview, type NewInterview, type Respondent, type Study } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField, selectField } from '../forms.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { CancelEvent } from './events.ts';
import './ld-form-error.ts';

export class InterviewCreatedEvent extends Event {
  static readonly eventName = 'ld-interview-created';
  constructor(readonly interview: Interview) {
    super(InterviewCreatedEvent.eventName, { bubbles: true, composed: true });
  }
}

type Field = 'respondent' | 'pair' | 'first' | 'second';
type Mode = 'pair' | 'people';

/** A lead plans an interview: the respondent, a pair or one or two interviewers, a dossier reference. */
@customElement('ld-interview-form')
export class LdInterviewForm extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      h3 {
        margin-bottom: var(--ld-space-3);
      }
      .modes {
        display: flex;
        flex-wrap: wrap;
        gap: var(--ld-space-2) var(--ld-space-5);
      }
      .mode {
        display: inline-flex;
        align-items: center;
        gap: var(--ld-space-2);
        min-height: var(--ld-touch);
        font-weight: 500;
      }
      .mode input {
        width: 1.3rem;
        height: 1.3rem;
        min-height: 0;
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) study?: Study;
  @property({ attribute: false }) respondents: Respondent[] = [];
  @state() private mode: Mode | undefined;
  @state() private errors: FieldErrors<Field> = {};

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const study = this.study;
    if (!study) return nothing;
    const { t } = this.i18n;
    const interviewers = study.members.filter((m) => m.role === 'interviewer');
    const mode = this.mode ?? (study.pairs.length ? 'pair' : 'people');
    const e = this.errors;
    return html`<div class="card">
      <h3 id="plan-heading">${t('interviewForm.title')}</h3>
      ${this.respondents.length === 0
        ? html`<p class="hint">${t('interviewForm.needRespondent')}</p>`
        : interviewers.length === 0
          ? html`<p class="hint">${t('interviewForm.needInterviewer')}</p>`
          : html`<form novalidate aria-labelledby="plan-heading" @submit=${this.submit}>
              <ld-form-error .invalid=${Object.keys(e).length} .error=${this.action.error}></ld-form-error>
              ${selectField({
                id: 'respondent',
                label: t('interviewForm.respondent'),
                placeholder: t('field.choose'),
                options: this.respondents.map((r) => ({ value: r.id, label: `${r.code} · ${r.organisation} · ${r.role} · ${r.region}` })),
                error: e.respondent,
              })}
              <fieldset>
                <legend>${t('interviewForm.who')}</legend>
                ${study.pairs.length
                  ? html`<div class="modes">
                      ${(['pair', 'people'] as const).map(
                        (m) => html`<label class="mode">
                          <input type="radio" name="mode" value=${m} .checked=${mode === m} @change=${() => (this.mode = m)} />
                          ${t(m === 'pair' ? 'interviewForm.byPair' : 'interviewForm.byPeople')}
                        </label>`,
                      )}
                    </div>`
                  : nothing}
                ${mode === 'pair'
                  ? selectField({
                      id: 'pair',
                      label: t('interviewForm.pair'),
                      placeholder: t('field.choose'),
                      options: study.pairs.map((p) => ({ value: p.id, label: `${p.code}: ${p.interviewers.map((i) => i.name).join(` ${t('pairs.and')} `)}` })),
                      error: e.pair,
                    })
                  : html`<div class="grid">
                      ${selectField({
                        id: 'first',
                        label: t('interviewForm.first'),
                        placeholder: t('field.choose'),
                        options: interviewers.map((m) => ({ value: m.id, label: m.name })),
                        error: e.first,
                      })}
                      ${selectField({
                        id: 'second',
                        label: t('interviewForm.second'),
                        optional: t('field.optional'),
                        placeholder: t('interviewForm.nobody'),
                        options: interviewers.map((m) => ({ value: m.id, label: m.name })),
                        error: e.second,
                      })}
                    </div>`}
              </fieldset>
              ${inputField({ id: 'dossier', label: t('interviewForm.dossier'), optional: t('field.optional'), hint: t('interviewForm.dossierHint'), autocomplete: 'off', verbatim: true })}
              <div class="actions">
                <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('interviewForm.submit')}</button>
                <button class="button quiet" type="button" @click=${() => this.dispatchEvent(new CancelEvent())}>${t('form.cancel')}</button>
              </div>
            </form>`}
    </div>`;
  }

  override focus() {
    this.renderRoot.querySelector<HTMLElement>('select, input')?.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const study = this.study;
    if (!study) return;
    const form = event.target as HTMLFormElement;
    const v = formValues(form);
    const mode = this.mode ?? (study.pairs.length ? 'pair' : 'people');
    const errors: FieldErrors<Field> = {};
    if (!v.respondent) errors.respondent = t('field.required');
    if (mode === 'pair' && !v.pair) errors.pair = t('field.required');
    if (mode === 'people' && !v.first) errors.first = t('field.required');
    if (mode === 'people' && v.second && v.second === v.first) errors.second = t('interviewForm.different');
    this.errors = errors;
    this.action.reset();
    if (Object.keys(errors).length) return focusFirstInvalid(this);
    const body: NewInterview = {
      respondentId: v.respondent!,
      ...(mode === 'pair' ? { pairId: v.pair! } : { interviewerIds: [v.first!, ...(v.second ? [v.second] : [])] }),
      ...(v.dossier ? { dossier: v.dossier } : {}),
    };
    const done = await this.action.run(() => createInterview(study.id, body));
    if (!done) return;
    form.reset();
    this.dispatchEvent(new InterviewCreatedEvent(done.value));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-interview-form': LdInterviewForm;
  }
  interface HTMLElementEventMap {
    'ld-interview-created': InterviewCreatedEvent;
  }
}
