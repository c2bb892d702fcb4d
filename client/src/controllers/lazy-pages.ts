import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import '../components/ld-status.ts';
import { getLocale, translate } from '../i18n/locale.ts';

type Loader = () => Promise<unknown>;

/**
 * Pages whose code is loaded when first shown: the host renders a loading line until the
 * module has defined its element, then the page. A failed load can be tried again.
 */
export class LazyPages<N extends string> implements ReactiveController {
  private readonly loaded = new Set<N>();
  private readonly failed = new Map<N, unknown>();
  private readonly loading = new Set<N>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loaders: Record<N, Loader>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  page(name: N, render: () => TemplateResult): TemplateResult {
    if (this.loaded.has(name)) return render();
    const error = this.failed.get(name);
    if (error) return html`<ld-status kind="error" .error=${error} retryable @ld-retry=${() => this.load(name)}></ld-status>`;
    this.load(name);
    return html`<ld-status kind="loading" message=${translate(getLocale(), 'app.loading')}></ld-status>`;
  }

  private load(name: N) {
    if (this.loading.has(name)) return;
    this.loading.add(name);
    this.failed.delete(name);
    this.loaders[name]().then(
      () => this.loaded.add(name),
      (error: unknown) => this.failed.set(name, error),
    ).finally(() => {
      this.loading.delete(name);
      this.host.requestUpdate();
    });
  }
}
