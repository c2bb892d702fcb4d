// Placing the check's problems in the designer: each next to the field whose path it names,
// or on the nearest card that holds it.

/** A problem as the check reports it: `levels[0].topics[1].items[2].prompt` and a message. */
export interface EditorIssue {
  path: string;
  message: string;
}

/** Whether `path` is `base` or lies inside it (`base.x`, `base[3]`). */
export function isUnder(path: string, base: string): boolean {
  return base === '' || path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

export const issuesUnder = (issues: readonly EditorIssue[], base: string): EditorIssue[] => issues.filter((i) => isUnder(i.path, base));

/** The problems under `base` that none of the `inner` paths (fields shown, cards inside) takes. */
export function issuesLeft(issues: readonly EditorIssue[], base: string, inner: readonly string[]): EditorIssue[] {
  return issues.filter((i) => isUnder(i.path, base) && !inner.some((p) => isUnder(i.path, p)));
}
