import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type TaskStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface TaskOptions<A extends readonly unknown[], R> {
  /** The async work; `signal` aborts when the arguments change or the host disconnects. */
  task: (args: A, signal: AbortSignal) => Promise<R>;
  /** Read before every host update; the task reruns when any argument changes. */
  args: () => A;
}

export interface TaskRenderers<R, T> {
  pending?: () => T;
  complete: (value: R) => T;
  error?: (error: unknown) => T;
}

/**
 * A small stand-in for `@lit/task`: runs async work for a component, keeps its status,
 * and re-renders the host when the work settles. Stale runs are aborted and ignored.
 */
export class TaskController<A extends readonly unknown[], R> implements ReactiveController {
  status: TaskStatus = 'initial';
  value: R | undefined;
  error: unknown;

  private args: A | undefined;
  private abort: AbortController | undefined;
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TaskOptions<A, R>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.args && sameArgs(args, this.args)) return;
    this.args = args;
    // Runs before render, so the pending state shows without an extra update.
    void this.perform(args);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Forget the arguments so a reconnected host fetches again.
    this.args = undefined;
  }

  /** Runs the task again with the current arguments (a "try again" button). */
  retry(): void {
    if (!this.args) return;
    void this.perform(this.args);
    this.host.requestUpdate();
  }

  /**
   * Runs again but keeps showing the current value until the new one arrives (after a
   * change the page made itself, or a periodic refresh); a failure keeps the old value.
   */
  refresh(): void {
    if (!this.args) return;
    void this.perform(this.args, this.status === 'complete');
  }

  render<T>(renderers: TaskRenderers<R, T>): T | undefined {
    switch (this.status) {
      case 'complete':
        return renderers.complete(this.value as R);
      case 'error':
        return renderers.error?.(this.error);
      default:
        return renderers.pending?.();
    }
  }

  private async perform(args: A, quiet = false): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const run = ++this.run;
    if (!quiet) this.status = 'pending';
    try {
      const value = await this.options.task(args, abort.signal);
      if (run !== this.run) return;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (run !== this.run || abort.signal.aborted) return;
      this.error = error;
      if (!quiet) this.status = 'error';
    }
    this.host.requestUpdate();
  }
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}
