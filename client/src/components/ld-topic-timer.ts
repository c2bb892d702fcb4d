import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { sharedStyles } from '../styles/shared.ts';

/** "12:05": minutes and seconds (hours when needed) spent on the current topic, ticking. */
@customElement('ld-topic-timer')
export class LdTopicTimer extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: var(--ld-space-2);
        min-height: var(--ld-touch);
      }
      .label {
        color: var(--ld-text-muted);
        font-size: 0.85rem;
        line-height: 1.2;
      }
      .icon {
        display: none;
      }
      @media (max-width: 600px) {
        .label {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
          white-space: nowrap;
        }
        .icon {
          display: block;
          color: var(--ld-text-muted);
        }
      }
      .time {
        font-variant-numeric: tabular-nums;
        font-weight: 700;
        font-size: 1.1rem;
      }
    `,
  ];

  /** Epoch milliseconds when the topic was opened this time. */
  @property({ type: Number }) since = 0;
  /** Milliseconds spent on the topic before that. */
  @property({ type: Number }) earlier = 0;
  @state() private now = Date.now();

  private readonly i18n = new LocaleController(this);
  private ticker?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  override render() {
    const elapsed = Math.max(0, this.earlier + (this.since ? this.now - this.since : 0));
    // A timer role is not announced every second; the label gives it a name.
    return html`<span class="label" id="timer-label">${this.i18n.t('timer.label')}</span>${clockIcon}
      <span class="time" role="timer" aria-labelledby="timer-label">${clock(elapsed)}</span>`;
  }
}

/** A small clock, drawn inline so the page needs no image file or emoji font. */
const clockIcon = html`<svg class="icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
  <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" />
  <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
</svg>`;

function clock(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-topic-timer': LdTopicTimer;
  }
}
