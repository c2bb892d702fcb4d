import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { type Device, getDevices, revokeDevice } from '../api.ts';
import { ActionController } from '../controllers/action-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { TaskController } from '../controllers/task-controller.ts';
import { formatDateTime } from '../i18n/format.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdConfirmDialog } from './ld-confirm-dialog.ts';
import './ld-confirm-dialog.ts';
import './ld-form-error.ts';
import './ld-status.ts';

/** How often the list refreshes while a pairing code is waiting to be used. */
const POLL_MS = 4000;

/** Paired tablets (all for a lead, one's own for an interviewer), with revoking. */
@customElement('ld-device-list')
export class LdDeviceList extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .device .name {
        font-weight: 650;
      }
      .device .meta {
        display: block;
        color: var(--ld-text-muted);
        font-size: 0.92rem;
      }
      .device.revoked {
        background: var(--ld-surface-muted);
      }
      .device.revoked .name {
        color: var(--ld-text-muted);
      }
      .error {
        margin-bottom: var(--ld-space-3);
      }
      .status:not(:empty) {
        margin-bottom: var(--ld-space-3);
      }
    `,
  ];

  /** Refresh now and then (a tablet is about to be paired). */
  @property({ type: Boolean }) poll = false;
  /** Show whose tablet each is (a lead's list holds everyone's). */
  @property({ type: Boolean, attribute: 'show-user' }) showUser = false;
  @state() private announcement = '';
  @query('ld-confirm-dialog') private confirm?: LdConfirmDialog;

  private readonly i18n = new LocaleController(this);
  private readonly devices = new TaskController(this, {
    task: (_args: [], signal) => getDevices(signal),
    args: () => [] as [],
  });
  private readonly action = new ActionController(this);
  private timer?: ReturnType<typeof setInterval>;

  override render() {
    const { t } = this.i18n;
    return html`${this.action.error !== undefined ? html`<div class="error"><ld-form-error .error=${this.action.error}></ld-form-error></div>` : nothing}
      <p class="status" role="status">${this.announcement || nothing}</p>
      ${this.devices.render({
        pending: () => html`<ld-status kind="loading" message=${t('devices.loading')}></ld-status>`,
        error: (error) => html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.devices.retry()}></ld-status>`,
        complete: (devices) =>
          devices.length === 0
            ? html`<ld-status kind="empty" message=${t('devices.empty')}></ld-status>`
            : html`<ul class="rows" role="list">
                ${sortDevices(devices).map((device) => this.renderDevice(device))}
              </ul>`,
      })}
      <ld-confirm-dialog></ld-confirm-dialog>`;
  }

  private renderDevice(device: Device) {
    const { t, locale } = this.i18n;
    const revoked = device.revokedAt !== null;
    return html`<li class="row device ${revoked ? 'revoked' : ''}">
      <span class="grow">
        <span class="name">${device.name}</span>${this.showUser ? html` · ${device.user.name}` : nothing}
        <span class="meta">
          ${t('devices.paired', formatDateTime(locale, device.createdAt))} ·
          ${device.lastSeenAt ? t('devices.lastSeen', formatDateTime(locale, device.lastSeenAt)) : t('devices.neverSeen')}
        </span>
      </span>
      ${revoked
        ? html`<span class="badge">${t('devices.revokedAt', formatDateTime(locale, device.revokedAt!))}</span>`
        : html`<button class="button danger" type="button" ?disabled=${this.action.pending} @click=${() => this.revoke(device)}>
            ${t('devices.revoke')}<span class="visually-hidden"> ${device.name} (${device.user.name})</span>
          </button>`}
    </li>`;
  }

  override updated() {
    const polling = this.poll && this.timer !== undefined;
    if (this.poll && !polling) this.timer = setInterval(() => this.devices.refresh(), POLL_MS);
    if (!this.poll && this.timer !== undefined) this.stopPolling();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling();
  }

  /** Reloads the list (after a pairing code was made or used elsewhere). */
  refresh(): void {
    this.devices.refresh();
  }

  private stopPolling() {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async revoke(device: Device) {
    const { t } = this.i18n;
    const confirmed = await this.confirm?.ask({
      heading: t('devices.confirmTitle', device.name),
      message: t('devices.confirmBody', device.user.name),
      confirmLabel: t('devices.revoke'),
    });
    if (!confirmed) return;
    this.announcement = '';
    const done = await this.action.run(() => revokeDevice(device.id));
    if (!done) return;
    this.announcement = t('devices.revoked', device.name);
    this.devices.refresh();
  }
}

/** Tablets in use first, newest first; revoked ones after them. */
function sortDevices(devices: Device[]): Device[] {
  return [...devices].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt));
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-device-list': LdDeviceList;
  }
}
