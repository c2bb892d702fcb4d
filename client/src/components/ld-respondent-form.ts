import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createRespondent, type NewRespondent, type Study } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField, selectField, textareaField } from '../forms.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { RespondentCreatedEvent } from './events.ts';
import './ld-form-error.ts';

const CODE_FIELDS = ['organisation', 'role', 'region'] as const;
type CodeField = (typeof CODE_FIELDS)[number];

/**
 * A lead adds a respondent: the coded fields (from the study's code lists when it has them)
 * and, set apart, the identity that the server seals and shows only to the lead.
 */
@customElement('ld-respondent-form')
export class LdRespondentForm extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      h3 {
        margin-bottom: var(--ld-space-4);
      }
      .status:not(:empty) {
        margin-bottom: var(--ld-space-4);
      }
      fieldset.identity {
        border: 2px dashed var(--ld-text-muted);
        background: var(--ld-surface-muted);
      }
      fieldset.identity legend {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
        background: var(--ld-surface-muted);
        border-radius: var(--ld-radius);
        padding: var(--ld-space-1) var(--ld-space-3);
      }
      .lock {
        width: 1rem;
        height: 1rem;
        flex: none;
      }
    `,
  ];

  @property({ attribute: false }) study?: Study;
  @state() private errors: FieldErrors<CodeField> = {};
  @state() private announcement = '';

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const study = this.study;
    if (!study) return nothing;
    const { t } = this.i18n;
    return html`<div class="card">
      <h3 id="heading">${t('respondentForm.title')}</h3>
      <p class="status" role="status">${this.announcement || nothing}</p>
      <form novalidate aria-labelledby="heading" @submit=${this.submit}>
        <ld-form-error .invalid=${Object.keys(this.errors).length} .error=${this.action.error}></ld-form-error>
        <div class="grid">${CODE_FIELDS.map((field) => this.renderCodeField(study, field))}</div>
        <fieldset class="identity">
          <legend>${lockIcon} ${t('respondentForm.identity')}</legend>
          <p class="hint">${t('respondentForm.identityHint')}</p>
          <div class="grid">
            ${inputField({ id: 'identity-name', name: 'name', label: t('identity.name'), optional: t('field.optional'), autocomplete: 'off' })}
            ${inputField({ id: 'identity-email', name: 'email', type: 'email', label: t('identity.email'), optional: t('field.optional'), autocomplete: 'off', verbatim: true })}
            ${inputField({ id: 'identity-phone', name: 'phone', type: 'tel', label: t('identity.phone'), optional: t('field.optional'), autocomplete: 'off' })}
          </div>
          ${textareaField({ id: 'identity-notes', name: 'notes', label: t('identity.notes'), optional: t('field.optional') })}
        </fieldset>
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('respondentForm.submit')}</button>
        </div>
      </form>
    </div>`;
  }

  private renderCodeField(study: Study, field: CodeField) {
    const { t } = this.i18n;
    const allowed = study.codeLists[field];
    const common = { id: field, label: t(`code.${field}`), error: this.errors[field] };
    return allowed.length > 0
      ? selectField({ ...common, placeholder: t('field.choose'), options: allowed.map((value) => ({ value, label: value })) })
      : inputField(common);
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const form = event.target as HTMLFormElement;
    const v = formValues(form);
    const errors: FieldErrors<CodeField> = {};
    for (const field of CODE_FIELDS) if (!v[field]) errors[field] = t('field.required');
    this.errors = errors;
    this.action.reset();
    this.announcement = '';
    if (Object.keys(errors).length || !this.study) return focusFirstInvalid(this);
    const identity = Object.fromEntries((['name', 'email', 'phone', 'notes'] as const).filter((k) => v[k]).map((k) => [k, v[k]]));
    const body: NewRespondent = {
      organisation: v.organisation!,
      role: v.role!,
      region: v.region!,
      ...(Object.keys(identity).length ? { identity } : {}),
    };
    const done = await this.action.run(() => createRespondent(this.study!.id, body));
    if (!done) return;
    // The identity leaves the form (and this page's memory) once it is stored.
    form.reset();
    this.announcement = t('respondentForm.created', done.value.code);
    this.dispatchEvent(new RespondentCreatedEvent(done.value));
  }
}

/** A padlock, drawn inline so the page needs no image file. */
const lockIcon = html`<svg class="lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V7a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V6H6V4.5Z" />
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'ld-respondent-form': LdRespondentForm;
  }
}
