// One interview on this tablet, as the runner sees it (InterviewSessionApi): answers from
// the AnswerBook, sending by the SyncLoop, the server by the ServerLink, presence and topic
// time by SessionPresence. This file wires them and guards what the runner may do.
import type { TopicListVersion } from '../../../server/contract/api.ts';
import { ApiError } from '../api.ts';
import { LOCAL_DATA_WIPE } from '../local-data.ts';
import { AnswerBook } from './answer-book.ts';
import type { Db, LocalInterview, StoredInterview } from './db.ts';
import * as api from './interview-api.ts';
import { editRefusal, indexItems } from './interview-state.ts';
import type { Me } from './presence-board.ts';
import { ServerLink } from './server-link.ts';
import { SessionPresence } from './session-presence.ts';
import { BLOCKING_CODES, SyncLoop } from './sync-loop.ts';
import type { Conflict, Interview, InterviewSessionApi, LocalAnswer, Presence, SessionEventName, SyncState } from './types.ts';

export class OfflineInterviewSession extends EventTarget implements InterviewSessionApi {
  readonly topicList: TopicListVersion;
  private readonly items: ReturnType<typeof indexItems>;
  private readonly book: AnswerBook;
  private readonly sync: SyncLoop;
  private readonly link: ServerLink;
  private readonly here: SessionPresence;
  private view: Interview | undefined;
  private closed = false;
  private lastState = '';

  constructor(db: Db, me: Me, local: LocalInterview & { stored: StoredInterview; topicList: TopicListVersion }) {
    super();
    const id = local.stored.id;
    this.topicList = local.topicList;
    this.items = indexItems(local.topicList);
    const failed = (e: unknown) => this.background(e);
    this.book = new AnswerBook(db, id, me.userId, local, {
      answers: (itemIds, remote) => {
        this.view = undefined;
        this.emit('answers', { itemIds, remote });
        this.emitState();
      },
      conflicts: () => (this.emit('conflicts'), this.emitState()),
    });
    this.here = new SessionPresence(db, id, me, local, {
      presence: () => this.emit('presence'),
      online: () => this.link.reachable,
      saveMeta: () => this.link.saveMeta(),
      failed,
    });
    this.sync = new SyncLoop(id, this.book, {
      reachable: (ok) => this.link.setReachable(ok),
      // The server refused the outbox because of the interview's state (locked, no consent):
      // this copy of the interview is behind, so read it again rather than wait for an event.
      blocked: (code) => {
        if (code && BLOCKING_CODES.includes(code)) this.link.refreshSoon();
        this.emit('interview');
        this.emitState();
      },
      progress: () => this.emitState(),
      extra: () => this.here.sendTimings(),
    });
    const lastEventSeq = Math.max(local.meta?.lastEventSeq ?? 0, local.stored.interview.eventSeq);
    this.link = new ServerLink(db, local.stored.interview, lastEventSeq, { book: this.book, sync: this.sync, here: this.here }, {
      interview: () => ((this.view = undefined), this.emit('interview')),
      state: () => this.emitState(),
      failed,
    });
  }

  /** Goes live; called once, after opening. `fresh`: the copy just fetched, if any. */
  start(fresh: Interview | undefined): void {
    globalThis.addEventListener?.(LOCAL_DATA_WIPE, this.onWipe);
    globalThis.addEventListener?.('pagehide', this.onHide);
    this.here.start();
    this.link.start(fresh);
    this.book.replayRescued().then(() => this.sync.soon(), (e) => this.background(e));
  }

  get interview(): Interview {
    this.view ??= { ...this.link.snapshot, answers: this.book.all().map(({ itemId, value, note, revision, updatedAt, updatedBy }) => ({ itemId, value, note, revision, updatedAt, updatedBy })) };
    return this.view;
  }
  get state(): SyncState {
    if (this.book.conflicts.length) return 'conflict';
    if (!this.link.reachable) return 'offline';
    return this.book.pendingCount ? 'pending' : 'saved';
  }
  get pendingCount(): number {
    return this.book.pendingCount;
  }
  get conflicts(): readonly Conflict[] {
    return this.book.conflicts.map(({ itemId, mine, theirs }) => ({ itemId, mine, theirs }));
  }
  get presence(): readonly Presence[] {
    return this.here.list;
  }
  get blockedBy(): string | null {
    return this.sync.blockedBy;
  }

  answer(itemId: string): LocalAnswer | undefined {
    const a = this.book.get(itemId);
    return a && { itemId: a.itemId, value: a.value, note: a.note, revision: a.revision, updatedAt: a.updatedAt, updatedBy: a.updatedBy, pending: a.pending };
  }

  async setAnswer(itemId: string, value: unknown, note?: string | null): Promise<void> {
    this.checkEdit(itemId, value ?? null);
    await this.book.edit(itemId, value, note);
    this.sync.soon();
  }

  async setNote(itemId: string, note: string | null): Promise<void> {
    const value = this.book.get(itemId)?.value ?? null;
    this.checkEdit(itemId, value);
    await this.book.edit(itemId, value, note);
    this.sync.soon();
  }

  async resolveConflict(itemId: string, choice: { value: unknown; note: string | null }): Promise<void> {
    this.checkEdit(itemId, choice.value ?? null);
    await this.book.resolve(itemId, choice);
    this.sync.soon();
  }

  setTopic(topicId: string | null): void {
    if (!this.closed) this.here.setTopic(topicId);
  }

  async recordConsent(given: boolean, version: string): Promise<void> {
    await this.link.adopt(await api.postConsent(this.link.snapshot.id, given, version));
  }

  async changeStatus(status: 'in_progress' | 'completed', comment?: string): Promise<void> {
    if (status === 'completed') {
      // Completing locks the interview: whatever is still only on this tablet would be refused.
      if ((await this.flush()) > 0) {
        throw this.link.reachable ? new ApiError(409, 'interview.unsynced', 'Some changes are not on the server yet.') : new ApiError(0, 'network.unreachable', 'No connection.');
      }
      if (this.book.conflicts.length) throw new ApiError(409, 'interview.conflicts_open', 'Decide the conflicting answers first.');
    }
    await this.link.adopt(await api.postStatus(this.link.snapshot.id, status, comment));
  }

  async flush(): Promise<number> {
    if (!this.closed) await this.sync.now({ force: true });
    return this.book.pendingCount;
  }

  close(): void {
    this.shut(true);
  }

  /** `keep`: write the last topic time down; not when the data is being wiped. */
  private shut(keep: boolean): void {
    if (this.closed) return;
    this.here.close(keep); // before the link stops, which refuses writes after
    this.closed = true;
    this.link.stop();
    this.sync.stop();
    globalThis.removeEventListener?.(LOCAL_DATA_WIPE, this.onWipe);
    globalThis.removeEventListener?.('pagehide', this.onHide);
  }

  private readonly onWipe = () => this.shut(false);
  private readonly onHide = () => this.book.rescue();

  private checkEdit(itemId: string, value: unknown): void {
    if (this.closed) throw new ApiError(0, 'interview.closed', 'This interview session is closed.');
    const refusal = editRefusal(this.link.snapshot, this.topicList, this.items.get(itemId), itemId, value);
    if (refusal) throw refusal;
  }

  private emitState(): void {
    const key = `${this.state}|${this.pendingCount}|${this.blockedBy}`;
    if (key === this.lastState) return;
    this.lastState = key;
    this.emit('state');
  }

  private emit(name: SessionEventName, detail?: unknown): void {
    if (!this.closed) this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  /** A background step failed: after a wipe or close that is expected; otherwise worth a line. */
  private background(error: unknown): void {
    if (!this.closed) console.warn('leidraad: interview sync', error);
  }
}
