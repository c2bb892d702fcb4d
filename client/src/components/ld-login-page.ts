import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField } from '../forms.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { paths } from '../router.ts';
import { signIn, type SignedOutNotice } from '../session.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-form-error.ts';

const NOTICES: Record<SignedOutNotice, MessageKey> = {
  'signed-out': 'login.notice.signedOut',
  'device-signed-out': 'login.notice.deviceSignedOut',
  expired: 'login.notice.expired',
};

/** Sign in with e-mail address and password; shown on any address when there is no session. */
@customElement('ld-login-page')
export class LdLoginPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .panel {
        max-width: 28rem;
        margin: var(--ld-space-4) auto 0;
      }
      h1 {
        margin-bottom: var(--ld-space-4);
      }
      .pair {
        margin: var(--ld-space-5) 0 0;
        color: var(--ld-text-muted);
      }
      .pair a {
        display: inline-flex;
        align-items: center;
        min-height: var(--ld-touch);
        color: var(--ld-accent-strong);
        font-weight: 600;
      }
    `,
  ];

  /** Why the person sees this page again, if they were signed in before. */
  @property() notice: SignedOutNotice | '' = '';
  @state() private errors: FieldErrors<'email' | 'password'> = {};

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const { t } = this.i18n;
    const invalid = Object.keys(this.errors).length;
    return html`<div class="panel">
      ${this.notice ? html`<p class="notice" role="status">${t(NOTICES[this.notice])}</p>` : nothing}
      <div class="card">
        <h1>${t('login.title')}</h1>
        <form novalidate @submit=${this.submit}>
          <ld-form-error .invalid=${invalid} .error=${this.action.error}></ld-form-error>
          ${inputField({ id: 'email', type: 'email', label: t('field.email'), autocomplete: 'username', inputmode: 'email', verbatim: true, error: this.errors.email })}
          ${inputField({ id: 'password', type: 'password', label: t('field.password'), autocomplete: 'current-password', error: this.errors.password })}
          <div class="actions">
            <button class="button primary" type="submit" ?disabled=${this.action.pending}>
              ${this.action.pending ? t('login.busy') : t('login.submit')}
            </button>
          </div>
        </form>
      </div>
      <p class="pair">${t('login.pairHint')} <a href=${paths.pair()}>${t('login.pairLink')}</a></p>
    </div>`;
  }

  override updated() {
    document.title = `${this.i18n.t('login.title')} · leidraad`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const { email = '', password = '' } = formValues(event.target as HTMLFormElement);
    this.errors = {
      ...(email ? {} : { email: t('field.required') }),
      ...(password ? {} : { password: t('field.required') }),
    };
    this.action.reset();
    if (Object.keys(this.errors).length) return focusFirstInvalid(this);
    await this.action.run(() => signIn(email, password));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-login-page': LdLoginPage;
  }
}
