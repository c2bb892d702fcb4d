// Reads a Server-Sent Events stream the way a browser's EventSource does.
export interface SseEvent {
  id?: number;
  event: string;
  data: any;
}

export class SseReader {
  private buffer = '';
  private readonly events: SseEvent[] = [];
  private waiters: (() => void)[] = [];
  private readonly controller = new AbortController();
  status = 0;

  static async open(url: string, headers: Record<string, string>): Promise<SseReader> {
    const reader = new SseReader();
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: reader.controller.signal });
    reader.status = res.status;
    if (res.ok && res.body) void reader.pump(res.body);
    return reader;
  }

  private async pump(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        this.buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = this.buffer.indexOf('\n\n')) !== -1) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          const event = parse(block);
          if (event) this.events.push(event);
          for (const w of this.waiters.splice(0)) w();
        }
      }
    } catch {
      // aborted
    }
  }

  /** Waits until `n` events of `kind` have arrived (or fails after `ms`). */
  async next(kind: string, n = 1, ms = 5000): Promise<SseEvent[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.filter((e) => e.event === kind);
      if (found.length >= n) return found.slice(0, n);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${n} ${kind} event(s); have ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  all(kind?: string) {
    return kind ? this.events.filter((e) => e.event === kind) : [...this.events];
  }

  close() {
    this.controller.abort();
  }
}

function parse(block: string): SseEvent | undefined {
  let id: number | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const [field, ...rest] = line.split(':');
    const value = rest.join(':').replace(/^ /, '');
    if (field === 'id') id = Number(value);
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return undefined;
  return { id, event, data: JSON.parse(data.join('\n')) };
}
