// Finding the control to focus after an edit: the designer's parts each render in their own
// shadow root and their own update.
import { ReactiveElement } from 'lit';

/** The first element with this `data-focus` key, shadow roots included. */
export function findFocus(root: ParentNode, key: string): HTMLElement | null {
  const found = root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot && findFocus(el.shadowRoot, key);
    if (inner) return inner;
  }
  return null;
}

function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Waits until no element inside has an update pending (parts render one after another). */
export async function settled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const pending = [...deepElements(root)].filter((el): el is ReactiveElement => el instanceof ReactiveElement && el.isUpdatePending);
    if (!pending.length) return;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
}
