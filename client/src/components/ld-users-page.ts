import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getUsers, type User, type UserAdmin } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { UserChangedEvent } from './ld-user-card.ts';
import type { UserCreatedEvent } from './ld-user-form.ts';
import './ld-status.ts';
import './ld-user-card.ts';
import './ld-user-form.ts';
import '../i18n/messages-admin.ts';

/** `/users` (lead): every account; add one, change a role, deactivate. */
@customElement('ld-users-page')
export class LdUsersPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        justify-content: space-between;
        gap: var(--ld-space-3) var(--ld-space-5);
        margin-bottom: var(--ld-space-5);
      }
      .head > div {
        flex: 1 1 24rem;
      }
      .head .intro {
        margin-bottom: 0;
      }
      ld-user-form {
        margin-bottom: var(--ld-space-5);
      }
      .status:not(:empty) {
        margin-bottom: var(--ld-space-4);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--ld-space-2);
      }
    `,
  ];

  /** The signed-in lead. */
  @property({ attribute: false }) user?: User;
  @state() private creating = false;
  @state() private announcement = '';

  private readonly i18n = new LocaleController(this);
  private readonly users = new TaskController(this, {
    task: (_args: [], signal) => getUsers(signal),
    args: () => [] as [],
  });

  override render() {
    const { t } = this.i18n;
    return html`<div class="head">
        <div>
          <h1>${t('users.title')}</h1>
          <p class="intro">${t('users.intro')}</p>
        </div>
        ${this.creating ? nothing : html`<button class="button primary" type="button" @click=${this.startCreating}>${t('users.new')}</button>`}
      </div>
      ${this.creating
        ? html`<ld-user-form @ld-user-created=${this.onCreated} @ld-cancel=${this.stopCreating}></ld-user-form>`
        : nothing}
      <p class="status" role="status">${this.announcement || nothing}</p>
      ${this.users.render({
        pending: () => html`<ld-status kind="loading" message=${t('users.loading')}></ld-status>`,
        error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.users.retry()}></ld-status>`,
        complete: (users) => html`<h2 class="visually-hidden">${t('users.listHeading')}</h2>
          <ul role="list">
            ${sortUsers(users).map(
              (user) => html`<li>
                <ld-user-card .user=${user} ?self=${user.id === this.user?.id} @ld-user-changed=${this.onChanged}></ld-user-card>
              </li>`,
            )}
          </ul>`,
      })}`;
  }

  override updated() {
    document.title = `${this.i18n.t('users.title')} · leidraad`;
  }

  private readonly startCreating = async () => {
    this.creating = true;
    await this.updateComplete;
    this.renderRoot.querySelector('ld-user-form')?.focus();
  };

  private readonly stopCreating = async () => {
    this.creating = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.head button')?.focus();
  };

  private readonly onCreated = (event: UserCreatedEvent) => {
    this.announcement = this.i18n.t('users.created', event.user.name);
    void this.stopCreating();
    this.users.refresh();
  };

  private readonly onChanged = (event: UserChangedEvent) => {
    this.announcement = event.message;
    this.users.refresh();
  };
}

/** Active accounts first, then by name. */
function sortUsers(users: UserAdmin[]): UserAdmin[] {
  return [...users].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-users-page': LdUsersPage;
  }
}
