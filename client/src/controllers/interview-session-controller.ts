import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { changeInterviewStatus, type Interview, type StatusChange } from '../api.ts';
import { openInterviewSession } from '../offline/interview-session.ts';
import type { InterviewSessionApi } from '../offline/types.ts';
import { trackSession, untrackSession } from '../open-interviews.ts';
import { getSessionState } from '../session.ts';

export type SessionStatus = 'pending' | 'ready' | 'error';
type Me = { id: string };

/** Re-rendering the host on these is all the runner needs; their details are read from the session. */
const EVENTS = ['answers', 'state', 'conflicts', 'presence', 'interview'] as const;

/**
 * Opens the offline interview session for a page, re-renders the page when anything in it
 * changes, and closes it when the page goes. The page's components send their changes here.
 */
export class InterviewSessionController implements ReactiveController {
  status: SessionStatus = 'pending';
  session: InterviewSessionApi | undefined;
  error: unknown;
  /** Counts the session's changes: the session object stays the same, so views compare this. */
  version = 0;
  /** How often each item changed from elsewhere (the other tablet), for "changed by" hints. */
  readonly remoteChanges = new Map<string, number>();
  /** The interview as a lead's status change answered it, until the session has caught up. */
  private reviewed: Interview | undefined;

  private key = '';
  private run = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly args: () => [interviewId: string, me: Me | undefined],
  ) {
    host.addController(this);
  }

  /** The interview as last known: the session's, or a newer answer to a status change. */
  get interview(): Interview | undefined {
    const own = this.session?.interview;
    if (!own) return undefined;
    const reviewed = this.reviewed;
    return reviewed && reviewed.updatedAt > own.updatedAt ? { ...own, status: reviewed.status, statusComment: reviewed.statusComment } : own;
  }

  hostUpdate(): void {
    const [interviewId, me] = this.args();
    const key = me ? `${interviewId} ${me.id}` : '';
    if (key === this.key) return;
    this.key = key;
    this.close();
    if (me) void this.open(interviewId, me);
  }

  hostDisconnected(): void {
    this.close();
    this.key = '';
  }

  retry(): void {
    this.key = '';
    this.host.requestUpdate();
  }

  /** A lead's decision on a completed interview (approve, has issues, reopen). */
  async review(change: StatusChange): Promise<void> {
    const interview = this.session?.interview;
    if (!interview) return;
    this.reviewed = await changeInterviewStatus(interview.id, change);
    this.version++;
    this.host.requestUpdate();
  }

  private async open(interviewId: string, me: Me) {
    const run = ++this.run;
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const signedIn = getSessionState();
      const deviceId = signedIn.status === 'signed-in' ? (signedIn.device?.id ?? null) : null;
      const session = await openInterviewSession(interviewId, { userId: me.id, deviceId });
      if (run !== this.run) return session.close();
      this.session = session;
      for (const name of EVENTS) session.addEventListener(name, this.onChange);
      trackSession(session);
      this.status = 'ready';
    } catch (error) {
      if (run !== this.run) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  private close() {
    this.run++;
    const session = this.session;
    if (!session) return;
    for (const name of EVENTS) session.removeEventListener(name, this.onChange);
    untrackSession(session);
    // Whatever is still queued stays in the outbox; flushing it is the session's own business.
    session.close();
    this.session = undefined;
    this.reviewed = undefined;
    this.remoteChanges.clear();
  }

  private readonly onChange = (event: Event) => {
    if (event.type === 'answers') {
      const detail = (event as CustomEvent<{ itemIds?: string[]; remote?: boolean } | undefined>).detail;
      if (detail?.remote) for (const id of detail.itemIds ?? []) this.remoteChanges.set(id, (this.remoteChanges.get(id) ?? 0) + 1);
    }
    this.version++;
    this.host.requestUpdate();
  };
}
