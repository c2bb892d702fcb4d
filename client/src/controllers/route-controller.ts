import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { navigate, parseRoute, ROUTE_CHANGED, type Route } from '../router.ts';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps the current route for the app shell: follows back/forward and `navigate()`, and
 * turns clicks on same-origin links anywhere inside the host (shadow roots included)
 * into History API navigation.
 */
export class RouteController implements ReactiveController {
  route: Route = parseRoute(location);

  constructor(
    private readonly host: Host,
    private readonly onChange?: (route: Route, how: 'push' | 'replace' | 'pop') => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPop);
    window.addEventListener(ROUTE_CHANGED, this.onNavigated);
    this.host.addEventListener('click', this.onClick);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
    window.removeEventListener(ROUTE_CHANGED, this.onNavigated);
    this.host.removeEventListener('click', this.onClick);
  }

  private update(how: 'push' | 'replace' | 'pop') {
    this.route = parseRoute(location);
    this.host.requestUpdate();
    this.onChange?.(this.route, how);
  }

  private readonly onPop = () => this.update('pop');

  private readonly onNavigated = (event: Event) => {
    const replace = (event as CustomEvent<{ replace: boolean }>).detail?.replace;
    this.update(replace ? 'replace' : 'push');
  };

  private readonly onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.hasAttribute('download')) return;
    if (anchor.target && anchor.target !== '_self') return;
    const url = new URL(anchor.href);
    // /api and /docs are the server's, not pages of this app.
    if (url.origin !== location.origin || /^\/(api|docs)(\/|$)/.test(url.pathname)) return;
    // In-page anchors stay with the browser.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
}
