// The interview's live events over EventSource. The browser reconnects by itself after a
// dropped connection and sends Last-Event-ID, so the server resumes without gaps. It gives up
// for good on an HTTP error (a 502 from a proxy, a restart answering 503): then this opens a
// new stream after a backoff, from the last event it saw.
import { Backoff } from './backoff.ts';

export const LIVE_EVENT_KINDS = ['answers', 'status', 'consent', 'presence'] as const;
export type LiveEventKind = (typeof LIVE_EVENT_KINDS)[number];

export interface LiveHandlers {
  event(kind: LiveEventKind, data: unknown, seq: number): void;
  /** Connected (first time or again): a moment to retry what waited for the network. */
  open(): void;
  /** The connection dropped; the browser (or this) is trying again. */
  down(): void;
}

export class LiveStream {
  private source: EventSource | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly backoff = new Backoff();

  constructor(
    private readonly url: () => string,
    private readonly on: LiveHandlers,
  ) {}

  get connected(): boolean {
    return this.source?.readyState === 1;
  }

  start(): void {
    if (this.source || this.timer || typeof EventSource === 'undefined') return;
    const source = (this.source = new EventSource(this.url(), { withCredentials: true }));
    source.onopen = () => {
      this.backoff.reset();
      this.on.open();
    };
    source.onerror = () => {
      if (this.source !== source) return;
      this.on.down();
      if (source.readyState !== 2) return; // CONNECTING: the browser retries
      source.close();
      this.source = undefined;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.start();
      }, this.backoff.next());
    };
    for (const kind of LIVE_EVENT_KINDS) {
      source.addEventListener(kind, (e) => {
        if (this.source !== source) return;
        const message = e as MessageEvent<string>;
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return; // not ours to interpret
        }
        this.on.event(kind, data, Number(message.lastEventId));
      });
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.source?.close();
    this.source = undefined;
  }
}
