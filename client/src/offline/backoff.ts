// Exponential backoff for retries after network errors and server failures: 1 s, doubling
// up to 60 s, each wait shortened by up to a quarter at random so that tablets that lost the
// network together do not all come back in the same second.
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 60_000;

export class Backoff {
  private attempt = 0;

  constructor(private readonly random: () => number = Math.random) {}

  /** The wait before the next try; each call doubles the one after. */
  next(): number {
    const full = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** this.attempt);
    this.attempt = Math.min(this.attempt + 1, 16);
    return Math.round(full * (1 - 0.25 * this.random()));
  }

  /** Straight to the longest wait: for failures a quick retry cannot fix. */
  exhaust(): void {
    this.attempt = 16;
  }

  reset(): void {
    this.attempt = 0;
  }
}
