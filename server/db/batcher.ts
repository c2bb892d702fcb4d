// Coalesces concurrent calls into shared database round trips ("smart batching"): a call
// made while the database is busy waits for the next trip and shares it with every other
// call that arrived meanwhile. An idle system sends each call at once, alone.

export interface BatcherOptions {
  /** Round trips in flight at once. */
  maxInFlight: number;
  /** Calls in one round trip. */
  maxBatch: number;
}

export function createBatcher<I, O>(run: (inputs: I[]) => Promise<O[]>, options: BatcherOptions): (input: I) => Promise<O> {
  const queue: { input: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  let inFlight = 0;

  const pump = () => {
    while (inFlight < options.maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, options.maxBatch);
      inFlight++;
      run(batch.map((b) => b.input))
        .then(
          (outputs) => batch.forEach((b, i) => b.resolve(outputs[i]!)),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          inFlight--;
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
