import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { User } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField } from '../forms.ts';
import { navigate, paths } from '../router.ts';
import { claimPairing } from '../session.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-form-error.ts';

/** Reads `#code=XXXX-XXXX` (the QR code's address) and takes it out of the address bar. */
function takeCodeFromFragment(): string {
  const code = new URLSearchParams(location.hash.slice(1)).get('code') ?? '';
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return code.trim();
}

/** `/pair`: on the tablet, sign in as an interviewer with a pairing code (scanned or typed). */
@customElement('ld-pair-page')
export class LdPairPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .panel {
        max-width: 30rem;
        margin: var(--ld-space-4) auto 0;
      }
      .intro {
        margin-top: var(--ld-space-3);
      }
      .code-input {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 1.6rem;
        letter-spacing: 0.12em;
        text-transform: uppercase;
      }
    `,
  ];

  /** Who is signed in on this device now, if anyone; pairing replaces that session. */
  @property({ attribute: false }) user?: User;
  @state() private code = takeCodeFromFragment();
  @state() private errors: FieldErrors<'code' | 'deviceName'> = {};

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const { t } = this.i18n;
    const e = this.errors;
    return html`<div class="panel card">
      <h1>${t('pair.title')}</h1>
      <p class="intro">${this.code ? t('pair.introWithCode') : t('pair.intro')}</p>
      ${this.user ? html`<p class="notice">${t('pair.replaces', this.user.name)}</p>` : nothing}
      <form novalidate @submit=${this.submit}>
        <ld-form-error .invalid=${Object.keys(e).length} .error=${this.action.error}></ld-form-error>
        ${inputField({
          id: 'code',
          label: t('pair.code'),
          value: this.code,
          placeholder: 'XXXX-XXXX',
          autocomplete: 'one-time-code',
          verbatim: true,
          className: 'code-input',
          error: e.code,
        })}
        ${inputField({ id: 'deviceName', label: t('pair.deviceName'), hint: t('pair.deviceNameHint'), value: t('pair.deviceNameDefault'), error: e.deviceName })}
        <div class="actions">
          <button class="button primary" type="submit" ?disabled=${this.action.pending}>${t('pair.submit')}</button>
        </div>
      </form>
    </div>`;
  }

  override updated() {
    document.title = `${this.i18n.t('pair.title')} · leidraad`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const { t } = this.i18n;
    const { code = '', deviceName = '' } = formValues(event.target as HTMLFormElement);
    this.errors = {
      ...(code.replace(/[^a-z0-9]/gi, '').length === 8 ? {} : { code: t('pair.codeInvalid') }),
      ...(deviceName ? {} : { deviceName: t('field.required') }),
    };
    this.action.reset();
    if (Object.keys(this.errors).length) return focusFirstInvalid(this);
    const done = await this.action.run(() => claimPairing(code, deviceName));
    if (done) navigate(paths.home());
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-pair-page': LdPairPage;
  }
}
