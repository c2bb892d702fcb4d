import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { paths } from '../router.ts';
import { sharedStyles } from '../styles/shared.ts';

/** Any path the client does not know. */
@customElement('ld-not-found-page')
export class LdNotFoundPage extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: clamp(1.6rem, 1.2rem + 1.5vw, 2.1rem);
      }
      p {
        margin: var(--ld-space-3) 0 var(--ld-space-5);
      }
      code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property() path = '';

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    return html`<h1>${t('notFound.title')}</h1>
      <p>${t('notFound.body')} <code>${this.path}</code></p>
      <a class="button" href=${paths.home()}>${t('notFound.home')}</a>`;
  }

  override updated() {
    document.title = `${this.i18n.t('notFound.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-not-found-page': LdNotFoundPage;
  }
}
