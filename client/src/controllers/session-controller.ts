import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { User } from '../api.ts';
import { getSessionState, SESSION_CHANGED, type SessionState } from '../session.ts';

/** Gives a component the session state and re-renders it when someone signs in or out. */
export class SessionController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): SessionState {
    return getSessionState();
  }

  /** The signed-in user, if any. */
  get user(): User | undefined {
    const state = getSessionState();
    return state.status === 'signed-in' ? state.user : undefined;
  }

  hostConnected(): void {
    window.addEventListener(SESSION_CHANGED, this.onChange);
  }

  hostDisconnected(): void {
    window.removeEventListener(SESSION_CHANGED, this.onChange);
  }

  private readonly onChange = () => this.host.requestUpdate();
}
