// Latency statistics for benchmark runs.

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export interface RunStats {
  ops: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export function summarise(latencies: number[], seconds: number, errors: number, perOp = 1): RunStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    ops: latencies.length * perOp,
    seconds,
    perSecond: (latencies.length * perOp) / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors,
  };
}

/** Runs `worker` in `concurrency` closed loops for `seconds`; each call's latency in ms. */
export async function closedLoop(concurrency: number, seconds: number, worker: (lane: number, i: number) => Promise<void>, perOp = 1) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      for (let i = 0; performance.now() < until; i++) {
        const t0 = performance.now();
        try {
          await worker(lane, i);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  return summarise(latencies, (performance.now() - started) / 1000, errors, perOp);
}

/**
 * Offers `rate` calls per second for `seconds`, whatever the answers take (open loop).
 * Latency counts from the moment a call was due, so a slow server cannot hide its queue.
 */
export async function openLoop(rate: number, seconds: number, worker: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      worker(i).then(
        () => void latencies.push(performance.now() - due),
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  return { offered: rate, ...summarise(latencies, (performance.now() - started) / 1000, errors) };
}
