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
  const trips = new Set<{ started: number }>(); // the trips in flight
  let timer: ReturnType<typeof setTimeout> | null = null;

  const room = () => {
    if (trips.size >= options.maxInFlight) return false;
    if (options.spillAfterMs === undefined || trips.size === 0) return true;
    const [oldest] = trips; // a Set keeps the order trips began in
    const wait = oldest!.started + options.spillAfterMs - performance.now();
    if (wait <= 0) return true;
    timer ??= setTimeout(() => ((timer = null), pump()), wait);
    return false;
  };

  const pump = () => {
    while (queue.length > 0 && room()) {
      const batch = queue.splice(0, options.maxBatch);
      const trip = { started: performance.now() };
      trips.add(trip);
      run(batch.map((b) => b.input))
        .then(
          (outputs) => batch.forEach((b, i) => b.resolve(outputs[i]!)),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          trips.delete(trip);
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
