import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField, looksLikeEmail } from '../forms.ts';
import { completeSetup, loadSession } from '../session.ts';
import { PASSWORD_MIN } from '../roles.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-form-error.ts';

type Field = 'token' | 'name' | 'email' | 'password' | 'repeat';

/** First run: the research lead's account, made with the setup token from the server console. */
@customElement('ld-setup-page')
export class LdSetupPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .panel {
        max-width: 34rem;
        margin: var(--ld-space-4) auto 0;
      }
      .intro {
        margin-top: var(--ld-space-3);
      }
    `,
  ];

  @state() private errors: FieldErrors<Field> = {};

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const { t } = this.i18n;
    const e = this.errors;
    return html`<div class="panel card">
      <h1>${t('setup.title')}</h1>
      <p class="intro">${t('setup.intro')}</p>
      <form novalidate @submit=${this.submit}>
        <ld-form-error .invalid=${Object.keys(e).length} .error=${this.action.error}></ld-form-error>
        ${inputField({ id: 'token', label: t('setup.token'), hint: t('setup.tokenHint'), autocomplete: 'off', verbatim: true, error: e.token })}
        ${inputField({ id: 'name', label: t('field.name'), autocomplete: 'name', error: e.name })}
        ${inputField({ id: 'email', type: 'email', label: t('field.email'), autocomplete: 'username', inputmode: 'email', verbatim: true, error: e.email })}
        ${inputField({ id: 'password', type: 'password', label: t('field.password'), hint: t('field.passwordHint', PASSWORD_MIN), autocomplete: 'new-password', error: e.password })}
        ${inputField({ id: 'repeat', type: 'password', label: t('field.passwordRepeat'), autocomplete: 'new-password', error: e.repeat })}
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('setup.submit')}</button>
        </div>
      </form>
    </div>`;
  }

  override updated() {
    document.title = `${this.i18n.t('setup.title')} · leidraad`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const v = formValues(event.target as HTMLFormElement) as Partial<Record<Field, string>>;
    const errors: FieldErrors<Field> = {};
    if (!v.token) errors.token = t('field.required');
    if (!v.name) errors.name = t('field.required');
    if (!v.email) errors.email = t('field.required');
    else if (!looksLikeEmail(v.email)) errors.email = t('field.emailInvalid');
    if ((v.password ?? '').length < PASSWORD_MIN) errors.password = t('field.passwordShort', PASSWORD_MIN);
    else if (v.password !== v.repeat) errors.repeat = t('field.passwordMismatch');
    this.errors = errors;
    this.action.reset();
    if (Object.keys(errors).length) return focusFirstInvalid(this);
    const done = await this.action.run(() =>
      completeSetup({ token: v.token!, name: v.name!, email: v.email!, password: v.password! }),
    );
    const code = this.action.error instanceof ApiError ? this.action.error.code : undefined;
    // Someone else finished the setup meanwhile: on to the sign-in page.
    if (!done && code === 'setup.done') return loadSession();
    // A wrong token is the likely mistake: mark that field, so the person lands on it.
    if (!done && code === 'setup.invalid_token') {
      this.errors = { token: t('setup.tokenWrong') };
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-setup-page': LdSetupPage;
  }
}
