import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

export class RetryEvent extends Event {
  static readonly eventName = 'ld-retry';
  constructor() {
    super(RetryEvent.eventName, { bubbles: true, composed: true });
  }
}

export type StatusKind = 'loading' | 'empty' | 'error';

/** Loading, empty and error states, in the UI language. */
@customElement('ld-status')
export class LdStatus extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .box {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: var(--ld-space-3);
        padding: var(--ld-space-5);
        border-radius: var(--ld-radius);
        background: var(--ld-surface);
        border: 1px solid var(--ld-border);
      }
      .error {
        background: var(--ld-danger-soft);
        border-color: var(--ld-danger);
      }
      .error h2 {
        color: var(--ld-danger);
      }
      h2 {
        font-size: 1.2rem;
      }
      p {
        margin: 0;
      }
      .loading {
        flex-direction: row;
        align-items: center;
        color: var(--ld-text-muted);
      }
      .spinner {
        width: 1.5rem;
        height: 1.5rem;
        border: 3px solid var(--ld-border);
        border-top-color: var(--ld-accent);
        border-radius: 50%;
        animation: spin 0.9s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }
      details {
        font-size: 0.9rem;
        color: var(--ld-text-muted);
      }
      summary {
        cursor: pointer;
        /* Keeps the disclosure marker; the padding makes a 44px touch target. */
        padding-block: 0.625rem;
      }
      code {
        font-size: 0.85rem;
      }
    `,
  ];

  @property() kind: StatusKind = 'loading';
  /** The text to show; for errors it replaces the generic explanation. */
  @property() message = '';
  /** The error behind an `error` state, shown in the details and used for a generic text. */
  @property({ attribute: false }) error: unknown;
  @property({ type: Boolean }) retryable = false;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    if (this.kind === 'loading') {
      return html`<div class="box loading" role="status">
        <span class="spinner" aria-hidden="true"></span><span>${this.message}</span>
      </div>`;
    }
    if (this.kind === 'empty') {
      return html`<div class="box" role="status"><p>${this.message}</p><slot></slot></div>`;
    }
    return html`<div class="box error" role="alert">
      <h2>${t('error.title')}</h2>
      <p>${this.message || this.explain()}</p>
      <slot></slot>
      ${this.retryable
        ? html`<button class="button" type="button" @click=${() => this.dispatchEvent(new RetryEvent())}>
            ${t('error.retry')}
          </button>`
        : nothing}
      ${this.renderDetails()}
    </div>`;
  }

  private explain(): string {
    const e = this.error;
    if (e instanceof ApiError) {
      return e.status === 0 ? this.i18n.t('error.network') : this.i18n.t('error.status', e.status);
    }
    return this.i18n.t('error.unexpected');
  }

  private renderDetails() {
    const e = this.error;
    if (!(e instanceof Error)) return nothing;
    const code = e instanceof ApiError ? e.code : e.name;
    return html`<details>
      <summary>${this.i18n.t('error.details')}</summary>
      <p><code>${code}</code>: ${e.message}</p>
      ${e instanceof ApiError && e.issues.length
        ? html`<ul>
            ${e.issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
          </ul>`
        : nothing}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-status': LdStatus;
  }
  interface HTMLElementEventMap {
    'ld-retry': RetryEvent;
  }
}
