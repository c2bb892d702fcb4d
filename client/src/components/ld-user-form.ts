import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { createUser, type User } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField, looksLikeEmail, selectField } from '../forms.ts';
import { PASSWORD_MIN, ROLES } from '../roles.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { CancelEvent } from './events.ts';
import './ld-form-error.ts';

export class UserCreatedEvent extends Event {
  static readonly eventName = 'ld-user-created';
  constructor(readonly user: User) {
    super(UserCreatedEvent.eventName, { bubbles: true, composed: true });
  }
}

type Field = 'name' | 'email' | 'role' | 'password';

/** A lead creates an account with a first password, handed over in person. */
@customElement('ld-user-form')
export class LdUserForm extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      h2 {
        margin-bottom: var(--ld-space-4);
      }
    `,
  ];

  @state() private errors: FieldErrors<Field> = {};

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const { t } = this.i18n;
    const e = this.errors;
    return html`<div class="card">
      <h2 id="heading">${t('userForm.title')}</h2>
      <form novalidate aria-labelledby="heading" @submit=${this.submit}>
        <ld-form-error .invalid=${Object.keys(e).length} .error=${this.action.error}></ld-form-error>
        <div class="grid">
          ${inputField({ id: 'name', label: t('field.name'), autocomplete: 'off', error: e.name })}
          ${inputField({ id: 'email', type: 'email', label: t('field.email'), autocomplete: 'off', inputmode: 'email', verbatim: true, error: e.email })}
          ${selectField({ id: 'role', label: t('field.role'), value: 'interviewer', options: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })), error: e.role })}
          ${inputField({ id: 'password', type: 'password', label: t('userForm.password'), hint: t('userForm.passwordHint', PASSWORD_MIN), autocomplete: 'new-password', error: e.password })}
        </div>
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('userForm.submit')}</button>
          <button class="button quiet" type="button" @click=${() => this.dispatchEvent(new CancelEvent())}>${t('form.cancel')}</button>
        </div>
      </form>
    </div>`;
  }

  override focus() {
    this.renderRoot.querySelector<HTMLInputElement>('#name')?.focus();
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const v = formValues(event.target as HTMLFormElement) as Partial<Record<Field, string>>;
    const errors: FieldErrors<Field> = {};
    if (!v.name) errors.name = t('field.required');
    if (!v.email) errors.email = t('field.required');
    else if (!looksLikeEmail(v.email)) errors.email = t('field.emailInvalid');
    const role = ROLES.find((r) => r === v.role);
    if (!role) errors.role = t('field.required');
    if ((v.password ?? '').length < PASSWORD_MIN) errors.password = t('field.passwordShort', PASSWORD_MIN);
    this.errors = errors;
    this.action.reset();
    if (Object.keys(errors).length || !role) return focusFirstInvalid(this);
    const done = await this.action.run(() => createUser({ name: v.name!, email: v.email!, role, password: v.password! }));
    if (done) this.dispatchEvent(new UserCreatedEvent(done.value));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-user-form': LdUserForm;
  }
  interface HTMLElementEventMap {
    'ld-user-created': UserCreatedEvent;
  }
}
