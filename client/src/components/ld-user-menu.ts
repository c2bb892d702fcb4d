import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { DeviceRef, User } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { describeError } from '../i18n/errors.ts';
import { flushOpenSessions } from '../open-interviews.ts';
import { navigate, paths } from '../router.ts';
import { signOut } from '../session.ts';
import { formStyles } from '../styles/forms.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdConfirmDialog } from './ld-confirm-dialog.ts';
import './ld-confirm-dialog.ts';

/** Who is signed in (and on which tablet), and the sign-out button. */
@customElement('ld-user-menu')
export class LdUserMenu extends LitElement {
  static override styles = [
    sharedStyles,
    formStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: flex-end;
        gap: var(--ld-space-2) var(--ld-space-3);
      }
      .who {
        display: grid;
        text-align: end;
        line-height: 1.3;
      }
      .name {
        font-weight: 650;
      }
      .role {
        color: var(--ld-text-muted);
        font-size: 0.88rem;
      }
      .error {
        flex-basis: 100%;
        margin: 0;
        color: var(--ld-danger);
        font-weight: 600;
        text-align: end;
      }
      @media (max-width: 600px) {
        :host {
          justify-content: space-between;
        }
        /* Basis 0: the name shares the row with the button instead of pushing it down. */
        .who {
          flex: 1 1 0;
          min-width: 0;
          text-align: start;
        }
        .error {
          text-align: start;
        }
      }
    `,
  ];

  @property({ attribute: false }) user?: User;
  @property({ attribute: false }) device: DeviceRef | null = null;

  @query('ld-confirm-dialog') private confirm?: LdConfirmDialog;

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override render() {
    const user = this.user;
    if (!user) return nothing;
    const { t } = this.i18n;
    const role = t(`role.${user.role}`);
    return html`<span class="who">
        <span class="name">${user.name}</span>
        <span class="role">${this.device ? t('menu.onDevice', role, this.device.name) : role}</span>
      </span>
      <button class="button quiet" type="button" ?disabled=${this.action.pending} @click=${this.signOut}>${t('menu.signOut')}</button>
      ${this.action.error !== undefined ? html`<p class="error" role="alert">${t('menu.signOutFailed', describeError(t, this.action.error))}</p>` : nothing}
      <ld-confirm-dialog></ld-confirm-dialog>`;
  }

  private async signOut() {
    // Signing out wipes this tablet: first try to send what is only here, and warn if that fails.
    const left = await flushOpenSessions();
    if (left > 0) {
      const { t } = this.i18n;
      const anyway = await this.confirm?.ask({ heading: t('signOut.pendingTitle'), message: t('signOut.pending', left), confirmLabel: t('signOut.anyway') });
      if (!anyway) return;
    }
    // Off the person's pages first, so the next person to sign in does not land on them.
    const done = await this.action.run(() => signOut());
    if (done) navigate(paths.login(), { replace: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-user-menu': LdUserMenu;
  }
}
