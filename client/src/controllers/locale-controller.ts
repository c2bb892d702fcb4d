import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale, LOCALE_CHANGED, translate, type Locale } from '../i18n/locale.ts';
import type { MessageArgs, MessageKey } from '../i18n/messages.ts';

/** Gives a component the UI locale and `t()`, and re-renders it when the locale changes. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get locale(): Locale {
    return getLocale();
  }

  /** A message in the current locale; an arrow so `const { t } = this.i18n` works. */
  readonly t = <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string => translate(getLocale(), key, ...args);

  hostConnected(): void {
    window.addEventListener(LOCALE_CHANGED, this.onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_CHANGED, this.onChange);
  }

  private readonly onChange = () => this.host.requestUpdate();
}
