import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs one user action at a time for a component (a form submit, a button), keeps whether
 * it is pending and its error, and re-renders the host around it. The component renders
 * those; the work itself is a call to the API or the session store.
 */
export class ActionController implements ReactiveController {
  pending = false;
  error: unknown = undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Answers `{ value }` on success and undefined on failure (then `error` is set). */
  async run<R>(work: () => Promise<R>): Promise<{ value: R } | undefined> {
    if (this.pending) return undefined;
    this.pending = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      return { value: await work() };
    } catch (error) {
      this.error = error;
      return undefined;
    } finally {
      this.pending = false;
      this.host.requestUpdate();
    }
  }

  /** Forgets the last error (the person changed the input, or closed the message). */
  reset(): void {
    if (this.error === undefined) return;
    this.error = undefined;
    this.host.requestUpdate();
  }
}
