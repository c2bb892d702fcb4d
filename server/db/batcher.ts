// Coalesces concurrent calls into shared database round trips ("smart batching"): a call
// made while the database is busy waits for the next trip and shares it with every other
// call that arrived meanwhile. An idle system sends each call at once, alone.

export interface BatcherOptions {
  /** Round trips in flight at once. */
  maxInFlight: number;
  /** Calls in one round trip. */
  maxBatch: number;
  /**
   * With this, one trip is in flight at a time, and more (up to maxInFlight) only while the
   * oldest has taken longer than this many milliseconds: one slow trip (waiting for a lock,
   * say) does not hold up every call behind it.
   */
  spillAfterMs?: number;
}

export function createBatcher<I, O>(run: (inputs: I[]) => Promise<O[]>, options: BatcherOptions): (input: I) => Promise<O> {
  const queue: { input: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  const started = new Set<number>(); // when each trip in flight began
  let timer: ReturnType<typeof setTimeout> | null = null;

  const room = () => {
    if (started.size >= options.maxInFlight) return false;
    if (options.spillAfterMs === undefined || started.size === 0) return true;
    const oldest = Math.min(...started);
    const wait = oldest + options.spillAfterMs - performance.now();
    if (wait <= 0) return true;
    timer ??= setTimeout(() => ((timer = null), pump()), wait);
    return false;
  };

  const pump = () => {
    while (queue.length > 0 && room()) {
      const batch = queue.splice(0, options.maxBatch);
      let at = performance.now();
      while (started.has(at)) at += 1e-6;
      started.add(at);
      run(batch.map((b) => b.input))
        .then(
          (outputs) => batch.forEach((b, i) => b.resolve(outputs[i]!)),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          started.delete(at);
          pump();
        });
    }
  };

  return (input) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      pump();
    });
}

/** One batcher per database handle, made on first use. */
export function perDatabase<K extends object, F>(make: (key: K) => F): (key: K) => F {
  const made = new WeakMap<K, F>();
  return (key) => {
    let f = made.get(key);
    if (!f) made.set(key, (f = make(key)));
    return f;
  };
}
