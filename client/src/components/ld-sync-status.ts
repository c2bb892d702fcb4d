import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import type { SyncState } from '../offline/types.ts';
import { sharedStyles } from '../styles/shared.ts';

/**
 * Where the answers are, in one line: on the server, on this tablet waiting, offline, or in
 * conflict. A live region, so a change of state is announced.
 */
@customElement('ld-sync-status')
export class LdSyncStatus extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      p {
        display: flex;
        align-items: center;
        gap: var(--ld-space-2);
        min-height: var(--ld-touch);
        margin: 0;
        font-weight: 600;
      }
      .dot {
        flex: none;
        width: 0.9rem;
        height: 0.9rem;
        border-radius: 50%;
        background: var(--ld-accent);
      }
      .pending .dot {
        background: transparent;
        border: 3px solid var(--ld-accent);
      }
      .offline .dot {
        border-radius: 2px;
        background: var(--ld-text-muted);
      }
      .conflict {
        color: var(--ld-danger);
      }
      .conflict .dot {
        border-radius: 2px;
        transform: rotate(45deg);
        background: var(--ld-danger);
      }
    `,
  ];

  @property() state: SyncState = 'saved';
  @property({ type: Number }) pending = 0;

  private readonly i18n = new LocaleController(this);

  override render() {
    return html`<p class=${this.state} role="status"><span class="dot" aria-hidden="true"></span><span>${this.text()}</span></p>`;
  }

  private text(): string {
    const { t } = this.i18n;
    switch (this.state) {
      case 'saved':
        return t('sync.saved');
      case 'pending':
        return t('sync.pending', this.pending);
      case 'offline':
        return t('sync.offline');
      case 'conflict':
        return t('sync.conflict');
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-sync-status': LdSyncStatus;
  }
}
