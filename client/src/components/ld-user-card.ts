import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { updateUser, type UserAdmin, type UserChanges } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { ROLES } from '../roles.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdConfirmDialog } from './ld-confirm-dialog.ts';
import './ld-confirm-dialog.ts';
import './ld-form-error.ts';

export class UserChangedEvent extends Event {
  static readonly eventName = 'ld-user-changed';
  constructor(
    readonly user: UserAdmin,
    /** What to announce, in the UI language. */
    readonly message: string,
  ) {
    super(UserChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * One account in the lead's list: change the role (with an explicit save, so a stray arrow
 * key on the menu changes nothing), deactivate or reactivate. Both end the person's sessions.
 */
@customElement('ld-user-card')
export class LdUserCard extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      :host {
        display: block;
      }
      .card {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-3) var(--ld-space-5);
        padding: var(--ld-space-3) var(--ld-space-4);
      }
      .card.inactive {
        background: var(--ld-surface-muted);
      }
      .who {
        flex: 1 1 14rem;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .name {
        font-weight: 650;
      }
      .email {
        display: block;
        color: var(--ld-text-muted);
        font-size: 0.95rem;
      }
      .role {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-2);
      }
      .role label {
        font-weight: 600;
      }
      .role select {
        width: auto;
      }
      /* Wide: columns line up from card to card. */
      @media (min-width: 760px) {
        .card {
          display: grid;
          grid-template-columns: minmax(0, 1fr) 26rem 9.5rem;
        }
        .card > .button {
          justify-self: stretch;
        }
      }
    `,
  ];

  @property({ attribute: false }) user?: UserAdmin;
  /** The signed-in lead's own card: changing one's own role or access is not done here. */
  @property({ type: Boolean }) self = false;
  @state() private chosenRole = '';
  @query('ld-confirm-dialog') private confirm?: LdConfirmDialog;

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('user')) this.chosenRole = this.user?.role ?? '';
  }

  override render() {
    const user = this.user;
    if (!user) return nothing;
    const { t } = this.i18n;
    return html`<div class="card ${user.active ? '' : 'inactive'}">
      <span class="who">
        <span class="name">${user.name}</span>${this.self ? html` <span class="badge accent">${t('users.you')}</span>` : nothing}
        ${user.active ? nothing : html` <span class="badge">${t('users.inactive')}</span>`}
        <span class="email">${user.email}</span>
      </span>
      ${this.self ? html`<span class="role"><span class="badge">${t(`role.${user.role}`)}</span></span>` : this.renderRole(user)}
      ${this.self
        ? nothing
        : user.active
          ? html`<button class="button danger" type="button" ?disabled=${this.action.pending} @click=${this.deactivate}>
              ${t('users.deactivate')}<span class="visually-hidden"> ${user.name}</span>
            </button>`
          : html`<button class="button" type="button" ?disabled=${this.action.pending} @click=${this.activate}>
              ${t('users.activate')}<span class="visually-hidden"> ${user.name}</span>
            </button>`}
      ${this.action.error !== undefined ? html`<ld-form-error .error=${this.action.error}></ld-form-error>` : nothing}
      <ld-confirm-dialog></ld-confirm-dialog>
    </div>`;
  }

  private renderRole(user: UserAdmin) {
    const { t } = this.i18n;
    const id = `role-${user.id}`;
    return html`<span class="role">
      <label for=${id}>${t('field.role')}</label>
      <select id=${id} @change=${(e: Event) => (this.chosenRole = (e.target as HTMLSelectElement).value)}>
        ${ROLES.map((r) => html`<option value=${r} ?selected=${r === user.role}>${t(`role.${r}`)}</option>`)}
      </select>
      <button class="button" type="button" ?disabled=${this.chosenRole === user.role || this.action.pending} @click=${this.saveRole}>
        ${t('users.saveRole')}<span class="visually-hidden"> ${user.name}</span>
      </button>
    </span>`;
  }

  private readonly saveRole = async () => {
    const { t } = this.i18n;
    const user = this.user;
    const role = ROLES.find((r) => r === this.chosenRole);
    if (!user || !role) return;
    const confirmed = await this.confirm?.ask({
      heading: t('users.roleConfirmTitle', user.name),
      message: t('users.roleConfirmBody', user.name, t(`role.${role}`)),
      confirmLabel: t('users.saveRole'),
    });
    if (confirmed) await this.change({ role }, t('users.roleChanged', user.name, t(`role.${role}`)));
  };

  private readonly deactivate = async () => {
    const { t } = this.i18n;
    const user = this.user;
    if (!user) return;
    const confirmed = await this.confirm?.ask({
      heading: t('users.deactivateTitle', user.name),
      message: t('users.deactivateBody', user.name),
      confirmLabel: t('users.deactivate'),
    });
    if (confirmed) await this.change({ active: false }, t('users.deactivated', user.name));
  };

  private readonly activate = () => this.change({ active: true }, this.i18n.t('users.activated', this.user?.name ?? ''));

  private async change(changes: UserChanges, message: string) {
    const user = this.user;
    if (!user) return;
    const done = await this.action.run(() => updateUser(user.id, changes));
    if (done) this.dispatchEvent(new UserChangedEvent(done.value, message));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-user-card': LdUserCard;
  }
  interface HTMLElementEventMap {
    'ld-user-changed': UserChangedEvent;
  }
}
