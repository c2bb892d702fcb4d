// The events the designer's parts send up to ld-topiclist-editor, which applies them to the
// document and tells the page with one DocChangeEvent.
import type { TopicList } from '../../../server/contract/topiclist.ts';
import type { ConfirmOptions } from '../components/ld-confirm-dialog.ts';
import { type ListRef, moveAt, pathOf, type Ref, withIndex } from './doc-ops.ts';

export interface EditOptions {
  /** Said in the editor's live region once the edit is made. */
  announce?: string;
  /** The `data-focus` key of the control that gets focus once the edit has rendered (a function to find it in the new document). */
  focus?: string | ((doc: TopicList) => string);
  /** Asked first (a function to word it from the document); cancelling drops the edit. */
  confirm?: ConfirmOptions | ((doc: TopicList) => ConfirmOptions | undefined);
  /** The element whose main label the edit changed: while it is new, its id follows. */
  follow?: Ref;
  /** Elements the edit created: their ids follow their labels until edited by hand. */
  created?: Ref[];
}

/** One edit, as a pure function of the document. */
export class EditEvent extends Event {
  static readonly eventName = 'ld-editor-edit';
  constructor(
    readonly edit: (doc: TopicList) => TopicList,
    readonly options: EditOptions = {},
  ) {
    super(EditEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A level or topic folded open or shut; `key` names it (see collapseKey). */
export class CollapseEvent extends Event {
  static readonly eventName = 'ld-editor-collapse';
  constructor(
    readonly key: string,
    readonly collapsed: boolean,
  ) {
    super(CollapseEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Folding state is remembered by id, so it stays with a level or topic when it moves. */
export const collapseKey = (levelId: string, topicId?: string) => (topicId === undefined ? `L#${levelId}` : `T#${levelId}#${topicId}`);

/** The `data-focus` key of a control of an element: `levels[0].topics[1]|up`. */
export const focusKey = (path: string, control: string) => `${path}|${control}`;

declare global {
  interface HTMLElementEventMap {
    'ld-editor-edit': EditEvent;
    'ld-editor-collapse': CollapseEvent;
  }
}

/**
 * Moving an element among its siblings, keeping focus on the control that moved it (`up`,
 * `down`, `title`...) at the element's new place.
 */
export function moveEvent(ref: ListRef, to: number, control: string, announce: string): EditEvent {
  return new EditEvent((doc) => moveAt(doc, ref, to).doc, { focus: focusKey(pathOf(withIndex(ref, to)), control), announce });
}
