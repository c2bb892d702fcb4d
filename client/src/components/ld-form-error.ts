import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ApiError } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { describeError } from '../i18n/errors.ts';
import { sharedStyles } from '../styles/shared.ts';

/**
 * Why a form did not go through, announced as an alert: the server's refusal (`error`), or
 * else fields to correct (`invalid`). Renders nothing when there is neither.
 */
@customElement('ld-form-error')
export class LdFormError extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      /* No box of its own: when there is nothing to say, a form's grid gets no empty row. */
      :host {
        display: contents;
      }
      /* Spans the whole row of the grid or flex layout it stands in. */
      div {
        grid-column: 1 / -1;
        flex-basis: 100%;
        padding: var(--ld-space-3) var(--ld-space-4);
        border: 1px solid var(--ld-danger);
        border-left-width: 4px;
        border-radius: var(--ld-radius);
        background: var(--ld-danger-soft);
      }
      p {
        margin: 0;
        font-weight: 600;
      }
      ul {
        margin: var(--ld-space-2) 0 0;
        padding-left: 1.25rem;
      }
      details {
        margin-top: var(--ld-space-2);
        color: var(--ld-text-muted);
        font-size: 0.9rem;
      }
      summary {
        cursor: pointer;
        padding-block: 0.625rem;
      }
    `,
  ];

  @property({ attribute: false }) error: unknown;
  /** How many fields failed the check before sending. */
  @property({ type: Number }) invalid = 0;

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    if (this.error === undefined) {
      return this.invalid > 0 ? html`<div role="alert"><p>${t('form.invalid', this.invalid)}</p></div>` : nothing;
    }
    const error = this.error;
    const known = describeError(t, error) !== t('error.unexpected');
    return html`<div role="alert">
      <p>${describeError(t, error)}</p>
      ${error instanceof ApiError && error.issues.length
        ? html`<ul>
            ${error.issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
          </ul>`
        : nothing}
      ${!known && error instanceof Error
        ? html`<details>
            <summary>${t('error.details')}</summary>
            <code>${error instanceof ApiError ? error.code : error.name}</code>: ${error.message}
          </details>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-form-error': LdFormError;
  }
}
