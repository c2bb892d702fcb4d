import { describe, expect, it } from 'vitest';
import { createBatcher } from '../../server/db/batcher.ts';

describe('smart batcher', () => {
  it('sends a lone call at once and shares a trip among calls that arrive while busy', async () => {
    const trips: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const call = createBatcher(
      async (xs: number[]) => {
        trips.push(xs);
        if (trips.length === 1) await gate;
        return xs.map((x) => x * 10);
      },
      { maxInFlight: 1, maxBatch: 100 },
    );
    const first = call(1);
    const rest = [2, 3, 4].map(call);
    expect(trips).toEqual([[1]]);
    release();
    expect(await first).toBe(10);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
    expect(trips).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps each caller’s answer and error its own, and respects maxInFlight and maxBatch', async () => {
    let inFlight = 0;
    let most = 0;
    const sizes: number[] = [];
    const call = createBatcher(
      async (xs: number[]) => {
        inFlight++;
        most = Math.max(most, inFlight);
        sizes.push(xs.length);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        if (xs.includes(13)) throw new Error('unlucky trip');
        return xs.map((x) => -x);
      },
      { maxInFlight: 2, maxBatch: 8 },
    );
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => call(i)));
    expect(most).toBe(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') expect(r.value).toBe(-i);
    });
    expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 'rejected').length).toBeLessThanOrEqual(8);
  });

  it('sends one trip at a time, and another beside it only once the first has taken too long', async () => {
    const trips: number[][] = [];
    const gates: (() => void)[] = [];
    const call = createBatcher(
      async (xs: number[]) => {
        trips.push(xs);
        await new Promise<void>((r) => gates.push(r));
        return xs;
      },
      { maxInFlight: 2, maxBatch: 100, spillAfterMs: 40 },
    );
    const first = call(1);
    const second = call(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(trips).toEqual([[1]]); // the second waits: the first is not slow yet
    await new Promise((r) => setTimeout(r, 50));
    expect(trips).toEqual([[1], [2]]); // the first is stuck: the second goes beside it
    const third = call(3);
    await new Promise((r) => setTimeout(r, 10));
    expect(trips).toHaveLength(2); // two in flight at most
    gates[1]!();
    expect(await second).toBe(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(trips).toEqual([[1], [2], [3]]); // the first is still stuck, so the third spills too
    gates[0]!();
    gates[2]!();
    expect(await Promise.all([first, third])).toEqual([1, 3]);
  });
});
