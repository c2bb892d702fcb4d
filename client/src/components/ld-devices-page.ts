import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale-controller.ts';
import { paths } from '../router.ts';
import { pageStyles } from '../styles/page.ts';
import { sharedStyles } from '../styles/shared.ts';
import './ld-device-list.ts';
import '../i18n/messages-admin.ts';

/** `/devices` (lead): every paired tablet, to revoke a lost or handed-in one. */
@customElement('ld-devices-page')
export class LdDevicesPage extends LitElement {
  static override styles = [sharedStyles, pageStyles];

  private readonly i18n = new LocaleController(this);

  override render() {
    const { t } = this.i18n;
    return html`<h1>${t('devices.title')}</h1>
      <p class="intro">${t('devices.intro')} <a href=${paths.pairing()}>${t('devices.pairLink')}</a></p>
      <ld-device-list show-user></ld-device-list>`;
  }

  override updated() {
    document.title = `${this.i18n.t('devices.title')} · leidraad`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-devices-page': LdDevicesPage;
  }
}
