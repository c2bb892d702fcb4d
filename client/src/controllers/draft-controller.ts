import '../designer/zod-csp.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkTopicListDoc, type DocIssue } from '../../../server/contract/topiclist-check.ts';
import { ApiError } from '../api.ts';
import { conflictingDraft, type Draft, getDraft, saveDraft } from '../designer/drafts-api.ts';
import { forgetDraftCopy, readDraftCopy, writeDraftCopy } from '../designer/draft-copy.ts';

/**
 * - `saved`: the server has this very content;
 * - `saving` / `unsaved`: kept on this device, on its way (a pause in typing sends it);
 * - `offline`: the server cannot be reached; kept on this device, sent when it can be;
 * - `conflict`: someone else saved this draft in between: the lead chooses;
 * - `error`: the server refused the save (the message says why).
 */
export type DraftSaveState = 'saved' | 'saving' | 'unsaved' | 'offline' | 'conflict' | 'error';

const SAVE_DELAY_MS = 600;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * A draft being edited: loads it, checks every edit with the format's own rules at once,
 * keeps a copy of each edit on this device before anything else (a reload or a lost
 * network loses nothing), and saves a pause after typing, based on the revision it read.
 */
export class DraftController implements ReactiveController {
  draft: Draft | undefined;
  doc: Record<string, unknown> | undefined;
  issues: DocIssue[] = [];
  state: DraftSaveState = 'saved';
  loadError: unknown;
  saveError: unknown;
  /** The server's draft when a save met someone else's; `doc` stays this device's. */
  theirs: Draft | undefined;

  private draftId = '';
  private revision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private inFlight: Promise<void> | undefined;
  private readonly online = () => this.state === 'offline' && this.saveSoon(0);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.online);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.online);
    clearTimeout(this.timer);
  }

  async load(draftId: string): Promise<void> {
    this.draftId = draftId;
    this.draft = this.doc = this.loadError = this.theirs = undefined;
    this.host.requestUpdate();
    try {
      const draft = await getDraft(draftId);
      if (draftId !== this.draftId) return;
      this.adopt(draft);
      const copy = readDraftCopy(draftId);
      if (copy && JSON.stringify(copy.doc) !== JSON.stringify(draft.content)) {
        // Edits made here that never reached the server.
        this.setDoc(copy.doc);
        if (copy.baseRevision === draft.revision) this.saveSoon(0);
        else this.conflictWith(draft);
      }
    } catch (error) {
      this.loadError = error;
    }
    this.host.requestUpdate();
  }

  /** An edit: checked and kept on this device at once, sent to the server shortly. */
  edit(doc: Record<string, unknown>): void {
    if (!this.draft) return;
    this.setDoc(doc);
    writeDraftCopy(this.draftId, { baseRevision: this.revision, doc });
    if (this.state !== 'conflict') {
      this.state = 'unsaved';
      this.saveSoon(SAVE_DELAY_MS);
    }
    this.host.requestUpdate();
  }

  /** Sends what is waiting now (before publishing); resolves when the server has it or refused it. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    if (this.state === 'unsaved' || this.state === 'offline') await this.save();
    return this.state === 'saved';
  }

  /** After a conflict: keep this device's version (saved over theirs) or take theirs. */
  resolve(keep: 'mine' | 'theirs'): void {
    const theirs = this.theirs;
    if (!theirs) return;
    this.theirs = undefined;
    this.revision = theirs.revision;
    if (keep === 'theirs') {
      this.adopt(theirs);
      forgetDraftCopy(this.draftId);
    } else {
      writeDraftCopy(this.draftId, { baseRevision: this.revision, doc: this.doc! });
      this.state = 'unsaved';
      this.saveSoon(0);
    }
    this.host.requestUpdate();
  }

  /** The draft's revision the server has, for publishing exactly what was seen. */
  get savedRevision(): number {
    return this.revision;
  }

  /** Published or thrown away: nothing of it stays on this device. */
  forget(): void {
    clearTimeout(this.timer);
    forgetDraftCopy(this.draftId);
    this.state = 'saved';
  }

  private adopt(draft: Draft) {
    this.draft = draft;
    this.revision = draft.revision;
    this.setDoc(draft.content);
    this.state = 'saved';
  }

  private setDoc(doc: Record<string, unknown>) {
    this.doc = doc;
    this.issues = checkTopicListDoc(doc).issues;
  }

  private conflictWith(current: Draft) {
    this.theirs = current;
    this.state = 'conflict';
  }

  private saveSoon(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), delay);
  }

  private async save(): Promise<void> {
    if (this.inFlight || !this.doc || this.state === 'conflict') return;
    const doc = this.doc;
    const draftId = this.draftId;
    this.state = 'saving';
    this.host.requestUpdate();
    const work = (async () => {
      try {
        const saved = await saveDraft(draftId, doc, this.revision);
        if (draftId !== this.draftId) return;
        this.revision = saved.revision;
        this.draft = { ...this.draft!, ...saved, content: doc };
        this.retries = 0;
        this.saveError = undefined;
        if (this.doc === doc) {
          this.state = 'saved';
          forgetDraftCopy(draftId);
        } else {
          // Edited while saving: the copy on this device is based on the new revision now.
          writeDraftCopy(draftId, { baseRevision: this.revision, doc: this.doc! });
          this.state = 'unsaved';
          this.saveSoon(SAVE_DELAY_MS);
        }
      } catch (error) {
        const current = conflictingDraft(error);
        if (current) return this.conflictWith(current);
        const unreachable = error instanceof ApiError && (error.status === 0 || error.status >= 500);
        this.state = unreachable ? 'offline' : 'error';
        this.saveError = error;
        if (unreachable) this.saveSoon(RETRY_MS[Math.min(this.retries++, RETRY_MS.length - 1)]!);
      }
    })();
    this.inFlight = work;
    await work;
    this.inFlight = undefined;
    this.host.requestUpdate();
  }
}
