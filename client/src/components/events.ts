// Events that more than one element sends upward.
import type { Respondent } from '../api.ts';

/** Members or pairs changed on the server: the study page reloads the study. */
export class StudyChangedEvent extends Event {
  static readonly eventName = 'ld-study-changed';
  constructor() {
    super(StudyChangedEvent.eventName, { bubbles: true, composed: true });
  }
}

export class RespondentCreatedEvent extends Event {
  static readonly eventName = 'ld-respondent-created';
  constructor(readonly respondent: Respondent) {
    super(RespondentCreatedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A form was closed without sending. */
export class CancelEvent extends Event {
  static readonly eventName = 'ld-cancel';
  constructor() {
    super(CancelEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ld-study-changed': StudyChangedEvent;
    'ld-respondent-created': RespondentCreatedEvent;
    'ld-cancel': CancelEvent;
  }
}
