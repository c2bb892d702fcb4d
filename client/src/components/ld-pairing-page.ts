import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { createPairing, getUsers, type Pairing, type User } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { selectField } from '../forms.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdDeviceList } from './ld-device-list.ts';
import './ld-device-list.ts';
import './ld-form-error.ts';
import './ld-pairing-code.ts';
import './ld-status.ts';
import '../i18n/messages-admin.ts';

/**
 * `/pairing`: make a code that signs a tablet in as an interviewer (a lead for anyone who
 * may pair, an interviewer for themself), and the tablets paired so far.
 */
@customElement('ld-pairing-page')
export class LdPairingPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      ol.steps {
        margin: 0 0 var(--ld-space-5);
        padding-left: 1.4rem;
        max-width: 44rem;
      }
      form.choose {
        grid-template-columns: minmax(0, 24rem) auto;
        align-items: end;
      }
      @media (max-width: 560px) {
        form.choose {
          grid-template-columns: 1fr;
        }
      }
      .self {
        margin: 0;
      }
      ld-pairing-code {
        margin-top: var(--ld-space-5);
        padding-top: var(--ld-space-5);
        border-top: 1px solid var(--ld-border);
      }
    `,
  ];

  @property({ attribute: false }) user?: User;
  @state() private pairing?: Pairing;
  @state() private expired = false;
  @state() private announcement = '';
  @query('ld-device-list') private deviceList?: LdDeviceList;

  private readonly i18n = new LocaleController(this);
  private readonly action = new ActionController(this);
  /** A lead chooses whom the tablet is for; interviewers pair for themselves. */
  private readonly candidates = new TaskController(this, {
    task: async ([lead]: [boolean], signal) =>
      lead ? (await getUsers(signal)).filter((u) => u.active && u.role !== 'analyst').sort(byRoleThenName) : [],
    args: () => [this.user?.role === 'lead'] as [boolean],
  });

  override render() {
    const { t } = this.i18n;
    const lead = this.user?.role === 'lead';
    const waiting = this.pairing !== undefined && !this.expired;
    return html`<h1>${t('pairing.title')}</h1>
      <p class="intro">${lead ? t('pairing.introLead') : t('pairing.introSelf')}</p>
      <ol class="steps">
        <li>${t('pairing.step1')}</li>
        <li>${t('pairing.step2')}</li>
        <li>${t('pairing.step3')}</li>
      </ol>
      <section class="card" aria-labelledby="code-heading">
        <h2 id="code-heading" class="visually-hidden">${t('pairing.codeHeading')}</h2>
        ${lead ? this.renderLeadForm() : this.renderSelfForm()}
        <p class="visually-hidden" role="status">${this.announcement || nothing}</p>
        ${this.pairing
          ? html`<ld-pairing-code .pairing=${this.pairing} @ld-pairing-expired=${this.onExpired}></ld-pairing-code>`
          : nothing}
      </section>
      <section aria-labelledby="devices-heading">
        <div class="section-head"><h2 id="devices-heading">${lead ? t('devices.titleAll') : t('devices.titleOwn')}</h2></div>
        <ld-device-list ?poll=${waiting} ?show-user=${lead}></ld-device-list>
      </section>`;
  }

  private renderLeadForm() {
    const { t } = this.i18n;
    return this.candidates.render({
      pending: () => html`<ld-status kind="loading" message=${t('users.loading')}></ld-status>`,
      error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.candidates.retry()}></ld-status>`,
      complete: (users) => html`<form class="choose" novalidate @submit=${this.submit}>
        <ld-form-error .error=${this.action.error}></ld-form-error>
        ${selectField({
          id: 'userId',
          label: t('pairing.for'),
          options: users.map((u) => ({ value: u.id, label: `${u.name} (${t(`role.${u.role}`)})` })),
        })}
        <div class="actions">${this.renderSubmit()}</div>
      </form>`,
    });
  }

  private renderSelfForm() {
    const { t } = this.i18n;
    return html`<form novalidate @submit=${this.submit}>
      <ld-form-error .error=${this.action.error}></ld-form-error>
      <p class="self">${t('pairing.forSelf', this.user?.name ?? '')}</p>
      <div class="actions">${this.renderSubmit()}</div>
    </form>`;
  }

  private renderSubmit() {
    const { t } = this.i18n;
    return html`<button class="button primary" type="submit" ?disabled=${this.action.pending}>
      ${this.pairing ? t('pairing.again') : t('pairing.create')}
    </button>`;
  }

  private readonly onExpired = () => {
    this.expired = true;
    this.announcement = this.i18n.t('pairing.expired');
  };

  override updated() {
    document.title = `${this.i18n.t('pairing.title')} · leidraad`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    const userId = new FormData(event.target as HTMLFormElement).get('userId');
    const done = await this.action.run(() => createPairing(typeof userId === 'string' && userId ? { userId } : {}));
    if (!done) return;
    this.pairing = done.value;
    this.expired = false;
    this.announcement = this.i18n.t('pairing.created', done.value.user.name);
    this.deviceList?.refresh();
  }
}

const ROLE_RANK: Record<User['role'], number> = { interviewer: 0, lead: 1, analyst: 2 };
const byRoleThenName = (a: User, b: User) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.name.localeCompare(b.name);

declare global {
  interface HTMLElementTagNameMap {
    'ld-pairing-page': LdPairingPage;
  }
}
