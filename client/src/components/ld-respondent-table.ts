import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getIdentity, type IdentityView, type Respondent } from '../api.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { describeError } from '../i18n/errors.ts';
import { formStyles } from '../styles/forms.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import { tableStyles } from '../styles/table.ts';
import './ld-status.ts';

type Reveal = { status: 'pending' } | { status: 'shown'; view: IdentityView } | { status: 'error'; error: unknown };
type IdentityKey = 'name' | 'email' | 'phone' | 'notes';
const IDENTITY_FIELDS: IdentityKey[] = ['name', 'email', 'phone', 'notes'];

/**
 * Respondents by pseudonym code. With `can-reveal` (the lead) each row has a button that
 * fetches that one identity; the server logs every such read. Identities live only in
 * this element's memory and go when the page does.
 */
@customElement('ld-respondent-table')
export class LdRespondentTable extends LitElement {
  static override styles = [
    sharedStyles,
    pageStyles,
    formStyles,
    tableStyles,
    css`
      .logged {
        margin: 0 0 var(--ld-space-3);
        font-size: 0.92rem;
      }
      td.action {
        text-align: end;
        white-space: nowrap;
      }
      .identity td {
        background: var(--ld-surface-muted);
      }
      .identity dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--ld-space-1) var(--ld-space-4);
        margin: 0;
      }
      .identity dt {
        color: var(--ld-text-muted);
        font-weight: 600;
      }
      .identity dd {
        margin: 0;
        overflow-wrap: anywhere;
        white-space: pre-line;
      }
      .identity .error {
        color: var(--ld-danger);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) respondents: Respondent[] = [];
  @property({ attribute: 'study-id' }) studyId = '';
  @property({ type: Boolean, attribute: 'can-reveal' }) canReveal = false;
  @state() private revealed = new Map<string, Reveal>();

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    if (this.respondents.length === 0) return html`<ld-status kind="empty" message=${t('respondents.empty')}></ld-status>`;
    const columns = this.canReveal ? 5 : 4;
    return html`${this.canReveal ? html`<p class="logged muted">${t('respondents.revealLogged')}</p>` : nothing}
      <div class="table-wrap" role="region" aria-labelledby="caption" tabindex="0">
        <table>
          <caption id="caption" class="visually-hidden">${t('respondents.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${t('respondents.code')}</th>
              <th scope="col">${t('code.organisation')}</th>
              <th scope="col">${t('code.role')}</th>
              <th scope="col">${t('code.region')}</th>
              ${this.canReveal ? html`<th scope="col"><span class="visually-hidden">${t('respondents.identity')}</span></th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${this.respondents.map((r) => this.renderRow(r, columns))}
          </tbody>
        </table>
      </div>`;
  }

  private renderRow(r: Respondent, columns: number) {
    const { t } = this.i18n;
    const reveal = this.revealed.get(r.id);
    const open = reveal !== undefined;
    return html`<tr>
        <th scope="row" class="code nowrap">${r.code}</th>
        <td>${r.organisation}</td>
        <td>${r.role}</td>
        <td>${r.region}</td>
        ${this.canReveal
          ? html`<td class="action">
              <button
                class="button ${open ? 'quiet' : ''}"
                type="button"
                aria-expanded=${String(open)}
                aria-controls=${`identity-${r.id}`}
                ?disabled=${reveal?.status === 'pending'}
                @click=${() => (open ? this.hide(r.id) : this.reveal(r.id))}
              >
                ${open ? t('respondents.hide') : t('respondents.show')}<span class="visually-hidden"> ${r.code}</span>
              </button>
            </td>`
          : nothing}
      </tr>
      ${open
        ? html`<tr class="identity" id=${`identity-${r.id}`}>
            <td colspan=${columns}><div role="status">${this.renderIdentity(reveal)}</div></td>
          </tr>`
        : nothing}`;
  }

  private renderIdentity(reveal: Reveal) {
    const { t } = this.i18n;
    if (reveal.status === 'pending') return t('respondents.revealing');
    if (reveal.status === 'error') return html`<span class="error">${describeError(t, reveal.error)}</span>`;
    const identity = reveal.view.identity;
    const filled = IDENTITY_FIELDS.filter((key) => identity?.[key]);
    if (!identity || filled.length === 0) return t('respondents.noIdentity');
    return html`<span class="visually-hidden">${t('respondents.identityOf', reveal.view.respondent.code)}</span>
      <dl>
      ${filled.map((key) => html`<dt>${t(`identity.${key}`)}</dt><dd>${identity[key]}</dd>`)}
    </dl>`;
  }

  private async reveal(id: string) {
    this.set(id, { status: 'pending' });
    try {
      this.set(id, { status: 'shown', view: await getIdentity(this.studyId, id) });
    } catch (error) {
      this.set(id, { status: 'error', error });
    }
  }

  private hide(id: string) {
    const next = new Map(this.revealed);
    next.delete(id);
    this.revealed = next;
  }

  private set(id: string, reveal: Reveal) {
    this.revealed = new Map(this.revealed).set(id, reveal);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-respondent-table': LdRespondentTable;
  }
}
