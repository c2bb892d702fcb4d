import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locale.ts';
import { sharedStyles } from '../styles/shared.ts';

export class LocaleChangeEvent extends Event {
  static readonly eventName = 'ld-locale-change';
  constructor(readonly locale: Locale) {
    super(LocaleChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The visible NL/EN switch. It only asks; the app shell changes the locale. */
@customElement('ld-locale-switch')
export class LdLocaleSwitch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: inline-block;
      }
      .group {
        display: inline-flex;
        border: 2px solid var(--ld-accent);
        border-radius: var(--ld-radius);
        overflow: hidden;
      }
      button {
        min-width: var(--ld-touch);
        min-height: var(--ld-touch);
        padding: 0 var(--ld-space-3);
        border: 0;
        background: var(--ld-surface);
        color: var(--ld-accent-strong);
        font-weight: 700;
        letter-spacing: 0.04em;
        cursor: pointer;
      }
      button + button {
        border-left: 2px solid var(--ld-accent);
      }
      button[aria-pressed='true'] {
        background: var(--ld-accent);
        color: var(--ld-on-accent);
      }
      button:focus-visible {
        outline-offset: -5px;
        outline-color: currentColor;
      }
    `,
  ];

  @property() locale: Locale = 'nl';

  private readonly i18n = new LocaleController(this);

  override render() {
    return html`<div class="group" role="group" aria-label=${this.i18n.t('locale.group')}>
      ${LOCALES.map(
        (locale) =>
          html`<button
            type="button"
            lang=${locale}
            title=${LOCALE_NAMES[locale]}
            aria-pressed=${String(locale === this.locale)}
            @click=${() => this.choose(locale)}
          >
            ${locale.toUpperCase()}
          </button>`,
      )}
    </div>`;
  }

  private choose(locale: Locale) {
    if (locale !== this.locale) this.dispatchEvent(new LocaleChangeEvent(locale));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-locale-switch': LdLocaleSwitch;
  }
  interface HTMLElementEventMap {
    'ld-locale-change': LocaleChangeEvent;
  }
}
