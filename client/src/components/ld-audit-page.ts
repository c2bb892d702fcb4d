import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { type AuditEntry, type AuditQuery, getAudit } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { type FieldErrors, focusFirstInvalid, formValues, inputField, selectField } from '../forms.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { tableStyles } from '../styles/table.ts';
import './ld-form-error.ts';
import './ld-status.ts';
import '../i18n/messages-admin.ts';

const PAGE_SIZE = 50;
/** Action families the server filters by ("login" matches login.ok, login.failed, ...). */
const FAMILIES = ['login', 'user', 'device', 'pairing', 'study', 'respondent', 'identity'] as const;
const ACTIONS: Record<string, MessageKey> = {
  'login.ok': 'audit.action.loginOk',
  'login.failed': 'audit.action.loginFailed',
  'login.blocked': 'audit.action.loginBlocked',
  'user.created': 'audit.action.userCreated',
  'user.role_changed': 'audit.action.userRoleChanged',
  'user.activated': 'audit.action.userActivated',
  'user.deactivated': 'audit.action.userDeactivated',
  'user.password_changed': 'audit.action.userPasswordChanged',
  'pairing.created': 'audit.action.pairingCreated',
  'pairing.failed': 'audit.action.pairingFailed',
  'device.paired': 'audit.action.devicePaired',
  'device.revoked': 'audit.action.deviceRevoked',
  'study.created': 'audit.action.studyCreated',
  'study.updated': 'audit.action.studyUpdated',
  'study.member_added': 'audit.action.memberAdded',
  'study.member_removed': 'audit.action.memberRemoved',
  'study.pair_created': 'audit.action.pairCreated',
  'respondent.created': 'audit.action.respondentCreated',
  'identity.read': 'audit.action.identityRead',
  'identity.updated': 'audit.action.identityUpdated',
};

type Filter = Pick<AuditQuery, 'action' | 'since' | 'until'>;

/** `/audit` (lead): who did what and when, newest first, filtered and paged back in time. */
@customElement('ld-audit-page')
export class LdAuditPage extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    tableStyles,
    css`
      form.filters {
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
        align-items: end;
        margin-bottom: var(--ld-space-5);
      }
      .action-code {
        display: block;
        color: var(--ld-text-muted);
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.8rem;
      }
      .target {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.85rem;
        overflow-wrap: anywhere;
      }
      .more {
        display: flex;
        justify-content: center;
        margin-top: var(--ld-space-4);
      }
    `,
  ];

  @state() private filter: Filter = {};
  /** Older pages loaded with "older entries", after the first. */
  @state() private older: AuditEntry[] = [];
  @state() private exhausted = false;
  @state() private errors: FieldErrors<'until'> = {};

  private readonly i18n = new LocaleController(this);
  private readonly more = new ActionController(this);
  private readonly first = new TaskController(this, {
    task: ([filter]: [Filter], signal) => getAudit({ ...filter, limit: PAGE_SIZE }, signal),
    args: () => [this.filter] as [Filter],
  });

  override render() {
    const { t } = this.i18n;
    return html`<h1>${t('audit.title')}</h1>
      <p class="intro">${t('audit.intro')}</p>
      ${this.renderFilters()}
      ${this.first.render({
        pending: () => html`<ld-status kind="loading" message=${t('audit.loading')}></ld-status>`,
        error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.first.retry()}></ld-status>`,
        complete: (entries) => this.renderEntries([...entries, ...this.older], entries.length < PAGE_SIZE),
      })}`;
  }

  private renderFilters() {
    const { t } = this.i18n;
    return html`<form class="filters" novalidate aria-label=${t('audit.filters')} @submit=${this.applyFilter}>
      <ld-form-error .invalid=${Object.keys(this.errors).length}></ld-form-error>
      ${selectField({
        id: 'action',
        label: t('audit.filterAction'),
        placeholder: t('audit.allActions'),
        options: FAMILIES.map((family) => ({ value: family, label: t(`audit.family.${family}`) })),
      })}
      ${inputField({ id: 'since', type: 'date', label: t('audit.since') })}
      ${inputField({ id: 'until', type: 'date', label: t('audit.until'), error: this.errors.until })}
      <div class="actions"><button class="button primary" type="submit">${t('audit.apply')}</button></div>
    </form>`;
  }

  private renderEntries(entries: AuditEntry[], firstPageShort: boolean) {
    const { t } = this.i18n;
    if (entries.length === 0) return html`<ld-status kind="empty" message=${t('audit.empty')}></ld-status>`;
    const done = firstPageShort || this.exhausted;
    return html`<div class="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
        <table>
          <caption id="caption" class="visually-hidden">${t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('audit.at')}</th>
              <th scope="col">${t('audit.actor')}</th>
              <th scope="col">${t('audit.action')}</th>
              <th scope="col">${t('audit.target')}</th>
              <th scope="col">${t('audit.ip')}</th>
            </tr>
          </thead>
          <tbody>
            ${entries.map((entry) => this.renderEntry(entry))}
          </tbody>
        </table>
      </div>
      <ld-form-error .error=${this.more.error}></ld-form-error>
      <div class="more">
        ${done
          ? html`<p class="muted">${t('audit.end')}</p>`
          : html`<button class="button" type="button" ?disabled=${this.more.pending} @click=${() => this.loadOlder(entries)}>
              ${this.more.pending ? t('audit.loading') : t('audit.older')}
            </button>`}
      </div>`;
  }

  private renderEntry(entry: AuditEntry) {
    const { t, locale } = this.i18n;
    const key = ACTIONS[entry.action];
    return html`<tr>
      <td class="nowrap">${formatDateTime(locale, entry.at)}</td>
      <td>${entry.actor?.name ?? html`<span aria-hidden="true">—</span><span class="visually-hidden">${t('audit.noActor')}</span>`}</td>
      <td>${key ? t(key) : entry.action}${key ? html`<span class="action-code">${entry.action}</span>` : nothing}</td>
      <td>${entry.targetType ? html`${t(targetKey(entry.targetType))} <span class="target">${shortId(entry.targetId)}</span>` : nothing}${describeDetails(entry)}</td>
      <td class="target">${entry.ip ?? ''}</td>
    </tr>`;
  }

  private async applyFilter(event: SubmitEvent) {
    event.preventDefault();
    const { action = '', since = '', until = '' } = formValues(event.target as HTMLFormElement);
    this.errors = since && until && until < since ? { until: this.i18n.t('audit.untilBeforeSince') } : {};
    if (Object.keys(this.errors).length) return focusFirstInvalid(this);
    // Dates are the person's local days: from the start of the first to the end of the last.
    this.filter = {
      action: action || undefined,
      since: since ? new Date(`${since}T00:00:00`).toISOString() : undefined,
      until: until ? new Date(`${until}T23:59:59.999`).toISOString() : undefined,
    };
    this.older = [];
    this.exhausted = false;
    this.more.reset();
  }

  private async loadOlder(shown: AuditEntry[]) {
    const last = shown[shown.length - 1];
    if (!last) return;
    const done = await this.more.run(() => getAudit({ ...this.filter, before: last.id, limit: PAGE_SIZE }));
    if (!done) return;
    this.older = [...this.older, ...done.value];
    this.exhausted = done.value.length < PAGE_SIZE;
  }
}

const TARGETS: Record<string, MessageKey> = {
  user: 'audit.target.user',
  account: 'audit.target.account',
  device: 'audit.target.device',
  study: 'audit.target.study',
  pair: 'audit.target.pair',
  respondent: 'audit.target.respondent',
};
const targetKey = (type: string): MessageKey => TARGETS[type] ?? 'audit.target.other';

/** UUIDs shortened to their first block; e-mail addresses (accounts) stay whole. */
const shortId = (id: string | null) => (id && /^[0-9a-f-]{36}$/.test(id) ? id.slice(0, 8) : (id ?? ''));

/** Role changes and device names, the details worth reading in the table. */
function describeDetails(entry: AuditEntry) {
  const d = entry.details;
  if (!d) return nothing;
  if (typeof d.from === 'string' && typeof d.to === 'string') return html`<span class="action-code">${d.from} → ${d.to}</span>`;
  if (typeof d.name === 'string') return html`<span class="action-code">${d.name}</span>`;
  return nothing;
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-audit-page': LdAuditPage;
  }
}
