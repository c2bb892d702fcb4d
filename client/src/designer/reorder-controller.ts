// Reordering the rows of one list: by mouse (HTML5 drag from a handle), by touch or pen
// (pointer events on the handle) and by keyboard (Alt+ArrowUp / Alt+ArrowDown on a row).
// The rows are elements in the host's shadow root with `data-reorder` (the list's name) and
// `data-index`; a handle inside a row has `data-drag-handle`. Events from deeper shadow
// roots arrive here composed, so a row may be an element with its own shadow root.
import type { ReactiveController, ReactiveElement } from 'lit';

/** A row moved from one index to another; `control` names what had focus (its data-focus). */
export type MoveHandler = (group: string, from: number, to: number, control: string | undefined) => void;

/** The HTML5 drag under way, across all lists (dataTransfer cannot be read during a drag). */
let dragging: { owner: ReorderController; group: string; index: number } | undefined;

const TEXT_ENTRY = 'input, textarea, select, [contenteditable]';

export class ReorderController implements ReactiveController {
  private pointer?: { group: string; index: number; id: number };

  constructor(
    private readonly host: ReactiveElement,
    private readonly onMove: MoveHandler,
  ) {
    host.addController(this);
  }

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  private readonly listeners: [string, EventListener][] = [
    ['dragstart', (e) => this.onDragStart(e as DragEvent)],
    ['dragover', (e) => this.onDragOver(e as DragEvent)],
    ['drop', (e) => this.onDrop(e as DragEvent)],
    ['dragend', () => this.clear()],
    ['pointerdown', (e) => this.onPointerDown(e as PointerEvent)],
    ['pointermove', (e) => this.onPointerMove(e as PointerEvent)],
    ['pointerup', (e) => this.onPointerUp(e as PointerEvent)],
    // Also sent when an HTML5 drag takes over the pointer: only the pointer drag ends.
    ['pointercancel', (e) => this.onPointerCancel(e as PointerEvent)],
    ['keydown', (e) => this.onKeyDown(e as KeyboardEvent)],
  ];

  hostConnected(): void {
    for (const [type, listener] of this.listeners) this.root.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.listeners) this.root.removeEventListener(type, listener);
    this.clear();
  }

  /** The row of this list an event came from, and whether it came from the row's handle. */
  private rowOf(event: Event): { row: HTMLElement; handle: boolean } | undefined {
    let handle = false;
    for (const node of event.composedPath()) {
      if (node === this.root) return undefined;
      if (!(node instanceof HTMLElement)) continue;
      if (node.hasAttribute('data-drag-handle')) handle = true;
      if (node.dataset.reorder && node.getRootNode() === this.root) return { row: node, handle };
    }
    return undefined;
  }

  private rows(group: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(`[data-reorder="${CSS.escape(group)}"]`)];
  }

  private onDragStart(event: DragEvent) {
    const found = this.rowOf(event);
    if (!found?.handle) return;
    event.stopPropagation();
    const { row } = found;
    dragging = { owner: this, group: row.dataset.reorder!, index: Number(row.dataset.index) };
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', row.dataset.reorderName ?? '');
      event.dataTransfer.setDragImage(row, 24, 24);
    }
    row.toggleAttribute('data-dragging', true);
  }

  /** The row under a drag of this list, if any. */
  private dropRow(event: Event): HTMLElement | undefined {
    if (dragging?.owner !== this) return undefined;
    const row = this.rowOf(event)?.row;
    return row?.dataset.reorder === dragging.group ? row : undefined;
  }

  private onDragOver(event: DragEvent) {
    const row = this.dropRow(event);
    if (!row) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.mark(row);
  }

  private onDrop(event: DragEvent) {
    const row = this.dropRow(event);
    if (!row || !dragging) return;
    event.preventDefault();
    event.stopPropagation();
    const { group, index } = dragging;
    this.clear();
    this.move(group, index, Number(row.dataset.index), undefined);
  }

  private onPointerDown(event: PointerEvent) {
    if (event.pointerType === 'mouse') return;
    const found = this.rowOf(event);
    if (!found?.handle) return;
    event.stopPropagation();
    const handle = event.composedPath()[0] as Element;
    try {
      handle.setPointerCapture(event.pointerId);
    } catch {
      // Not an active pointer (a synthetic event): moves still arrive while over the handle.
    }
    this.pointer = { group: found.row.dataset.reorder!, index: Number(found.row.dataset.index), id: event.pointerId };
    found.row.toggleAttribute('data-dragging', true);
  }

  private rowAt(x: number, y: number, group: string): HTMLElement | undefined {
    for (const el of this.root.elementsFromPoint(x, y)) {
      const row = el.closest<HTMLElement>('[data-reorder]');
      if (row && row.getRootNode() === this.root && row.dataset.reorder === group) return row;
    }
    return undefined;
  }

  private onPointerMove(event: PointerEvent) {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    event.stopPropagation();
    event.preventDefault();
    const row = this.rowAt(event.clientX, event.clientY, this.pointer.group);
    if (row) this.mark(row);
  }

  private onPointerUp(event: PointerEvent) {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    event.stopPropagation();
    const { group, index } = this.pointer;
    const row = this.rowAt(event.clientX, event.clientY, group);
    this.clear();
    if (row) this.move(group, index, Number(row.dataset.index), undefined);
  }

  private onPointerCancel(event: PointerEvent) {
    if (!this.pointer || event.pointerId !== this.pointer.id) return;
    this.pointer = undefined;
    if (!dragging) this.clear();
  }

  private onKeyDown(event: KeyboardEvent) {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const origin = event.composedPath()[0];
    // Alt+Arrow opens a select and moves the caret in text; those keep their meaning.
    if (origin instanceof Element && origin.matches(TEXT_ENTRY)) return;
    const row = this.rowOf(event)?.row;
    if (!row) return;
    event.preventDefault();
    event.stopPropagation();
    const from = Number(row.dataset.index);
    const to = from + (event.key === 'ArrowUp' ? -1 : 1);
    if (to < 0 || to >= this.rows(row.dataset.reorder!).length) return;
    const control = origin instanceof HTMLElement ? origin.dataset.focus?.split('|').pop() : undefined;
    this.move(row.dataset.reorder!, from, to, control);
  }

  private move(group: string, from: number, to: number, control: string | undefined) {
    if (from !== to && Number.isInteger(from) && Number.isInteger(to)) this.onMove(group, from, to, control);
  }

  private mark(row: HTMLElement) {
    for (const other of this.root.querySelectorAll('[data-drop-target]')) if (other !== row) other.removeAttribute('data-drop-target');
    row.toggleAttribute('data-drop-target', true);
  }

  private clear() {
    for (const el of this.root.querySelectorAll('[data-drop-target], [data-dragging]')) {
      el.removeAttribute('data-drop-target');
      el.removeAttribute('data-dragging');
    }
    this.pointer = undefined;
    if (dragging?.owner === this) dragging = undefined;
  }
}
