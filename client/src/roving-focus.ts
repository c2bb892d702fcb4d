// Arrow-key movement in a row of choices (tabs, radio buttons): where focus goes next.

/** The index a key moves to among `count` choices, wrapping around; undefined for other keys. */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    // Up and down too: rows wrap, and on phones they stack.
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
