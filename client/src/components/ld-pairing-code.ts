import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Pairing } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { formatTime } from '../i18n/format.ts';
import { sharedStyles } from '../styles/shared.ts';

export class PairingExpiredEvent extends Event {
  static readonly eventName = 'ld-pairing-expired';
  constructor() {
    super(PairingExpiredEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A fresh pairing code: the QR image, the code in large letters, and the time left. */
@customElement('ld-pairing-code')
export class LdPairingCode extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .layout {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--ld-space-5);
      }
      img {
        width: 14rem;
        height: 14rem;
        padding: var(--ld-space-2);
        border-radius: var(--ld-radius);
        background: #fff;
        border: 1px solid var(--ld-border);
      }
      .expired img {
        opacity: 0.25;
      }
      .text {
        display: grid;
        gap: var(--ld-space-2);
        flex: 1 1 16rem;
      }
      .for {
        margin: 0;
        color: var(--ld-text-muted);
      }
      .code {
        margin: 0;
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: clamp(2rem, 1.4rem + 2.5vw, 3rem);
        font-weight: 700;
        letter-spacing: 0.12em;
        color: var(--ld-accent-strong);
        overflow-wrap: anywhere;
      }
      .expired .code {
        color: var(--ld-text-muted);
        text-decoration: line-through;
      }
      .timer {
        margin: 0;
        font-weight: 600;
      }
      .timer.ended {
        color: var(--ld-danger);
      }
      .how {
        margin: 0;
        color: var(--ld-text-muted);
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) pairing?: Pairing;
  @state() private now = Date.now();

  private readonly i18n = new LocaleController(this);
  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  override render() {
    const pairing = this.pairing;
    if (!pairing) return nothing;
    const { t, locale } = this.i18n;
    const left = this.secondsLeft();
    const expired = left <= 0;
    const pageUrl = pairing.url.split('#')[0];
    return html`<div class="layout ${expired ? 'expired' : ''}">
      <img src=${pairing.qrSvg} alt=${t('pairing.qrAlt', pairing.user.name)} width="224" height="224" />
      <div class="text">
        <p class="for">${t('pairing.codeFor', pairing.user.name)}</p>
        <p class="code">
          <span aria-hidden="true">${pairing.code}</span><span class="visually-hidden">${t('pairing.codeLabel', spell(pairing.code))}</span>
        </p>
        <p class="timer ${expired ? 'ended' : ''}" role="timer">
          ${expired ? t('pairing.expired') : t('pairing.validUntil', formatTime(locale, pairing.expiresAt), clock(left))}
        </p>
        <p class="how">${t('pairing.how', pageUrl ?? '')}</p>
      </div>
    </div>`;
  }

  private secondsLeft(): number {
    const expires = Date.parse(this.pairing?.expiresAt ?? '');
    return Number.isNaN(expires) ? 0 : Math.max(0, Math.round((expires - this.now) / 1000));
  }

  private tick() {
    const wasValid = this.secondsLeft() > 0;
    this.now = Date.now();
    if (wasValid && this.secondsLeft() <= 0) this.dispatchEvent(new PairingExpiredEvent());
  }
}

/** 9:05 */
const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
/** "A B C D - E F G H": screen readers read a code letter by letter, not as a word. */
const spell = (code: string) => code.split('').join(' ');

declare global {
  interface HTMLElementTagNameMap {
    'ld-pairing-code': LdPairingCode;
  }
  interface HTMLElementEventMap {
    'ld-pairing-expired': PairingExpiredEvent;
  }
}
