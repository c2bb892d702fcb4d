import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { describeError } from '../i18n/errors.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import type { LdConfirmDialog } from './ld-confirm-dialog.ts';
import './ld-confirm-dialog.ts';

/** The version of the consent text below; recorded with the respondent's answer to it. */
export const CONSENT_VERSION = 'toestemming-v1';

export class ConsentEvent extends Event {
  static readonly eventName = 'ld-consent';
  constructor(
    readonly given: boolean,
    readonly version: string,
  ) {
    super(ConsentEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Before the first question: the consent text to read aloud, and the respondent's yes or
 * no. A no is asked twice, since it ends the interview.
 */
@customElement('ld-consent-step')
export class LdConsentStep extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    css`
      .card {
        display: grid;
        gap: var(--ld-space-4);
        max-width: 46rem;
      }
      h2 {
        font-size: 1.35rem;
      }
      .read {
        display: grid;
        gap: var(--ld-space-3);
        padding: var(--ld-space-4) var(--ld-space-5);
        border-left: 4px solid var(--ld-accent);
        background: var(--ld-surface-muted);
        border-radius: var(--ld-radius);
        font-size: 1.1rem;
      }
      .read p {
        margin: 0;
      }
      .question {
        font-weight: 700;
      }
      .small {
        margin: 0;
        font-size: 0.85rem;
        font-weight: 700;
        color: var(--ld-text-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .version {
        margin: 0;
        color: var(--ld-text-muted);
        font-size: 0.92rem;
      }
      .actions .button {
        min-height: 3.5rem;
        flex: 1 1 16rem;
      }
      .error {
        margin: 0;
        padding: var(--ld-space-3) var(--ld-space-4);
        border-left: 4px solid var(--ld-danger);
        border-radius: var(--ld-radius);
        background: var(--ld-danger-soft);
        font-weight: 600;
      }
    `,
  ];

  @property({ type: Boolean }) busy = false;
  /** Why recording failed, if it did. */
  @property({ attribute: false }) error: unknown;

  @query('ld-confirm-dialog') private confirm?: LdConfirmDialog;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    return html`<section class="card" aria-labelledby="consent-title">
      <h2 id="consent-title" tabindex="-1">${t('consent.title')}</h2>
      <p class="intro">${t('consent.intro')}</p>
      <div class="read" aria-labelledby="read-title" role="group">
        <p class="small" id="read-title">${t('consent.textHeading')}</p>
        <p>${t('consent.text1')}</p>
        <p>${t('consent.text2')}</p>
        <p>${t('consent.text3')}</p>
        <p class="question">${t('consent.question')}</p>
      </div>
      <p class="version">${t('consent.version', CONSENT_VERSION)}</p>
      ${this.error !== undefined ? html`<p class="error" role="alert">${t('consent.failed', describeError(t, this.error))}</p>` : nothing}
      ${this.busy ? html`<p role="status">${t('consent.busy')}</p>` : nothing}
      <div class="actions">
        <button class="button primary" type="button" ?disabled=${this.busy} @click=${() => this.answer(true)}>${t('consent.yes')}</button>
        <button class="button danger" type="button" ?disabled=${this.busy} @click=${this.refuse}>${t('consent.no')}</button>
      </div>
      <ld-confirm-dialog></ld-confirm-dialog>
    </section>`;
  }

  private async refuse() {
    const { t } = this.i18n;
    const sure = await this.confirm?.ask({
      heading: t('consent.confirmNoTitle'),
      message: t('consent.confirmNoBody'),
      confirmLabel: t('consent.confirmNo'),
    });
    if (sure) this.answer(false);
  }

  private answer(given: boolean) {
    this.dispatchEvent(new ConsentEvent(given, CONSENT_VERSION));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-consent-step': LdConsentStep;
  }
  interface HTMLElementEventMap {
    'ld-consent': ConsentEvent;
  }
}
