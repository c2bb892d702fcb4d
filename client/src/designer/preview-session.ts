// An interview session that lives in memory only, for the designer's preview: the runner
// the tablets use drives it exactly as it drives a real one, and nothing is ever stored.
import type { TopicListVersion } from '../../../server/contract/api.ts';
import type { TopicList } from '../../../server/contract/topiclist.ts';
import type { Conflict, Interview, InterviewSessionApi, LocalAnswer, Presence, SyncState } from '../offline/types.ts';

const PREVIEW_ID = '00000000-0000-4000-8000-000000000000';

export class PreviewSession extends EventTarget implements InterviewSessionApi {
  readonly interview: Interview;
  readonly topicList: TopicListVersion;
  readonly state: SyncState = 'saved';
  readonly pendingCount = 0;
  readonly conflicts: readonly Conflict[] = [];
  readonly presence: readonly Presence[] = [];
  private readonly answers = new Map<string, LocalAnswer>();

  constructor(list: TopicList, respondentCode: string) {
    super();
    this.topicList = { ...list, version: 0 };
    const now = new Date().toISOString();
    this.interview = {
      id: PREVIEW_ID,
      studyId: PREVIEW_ID,
      studyName: '',
      status: 'in_progress',
      respondent: { id: PREVIEW_ID, code: respondentCode, organisation: '', role: '', region: '' },
      interviewers: [],
      topiclist: { id: list.id, version: 0 },
      answered: 0,
      createdAt: now,
      updatedAt: now,
      statusComment: null,
      dossier: null,
      consent: null,
      answers: [],
      timing: [],
      eventSeq: 0,
    };
  }

  answer(itemId: string): LocalAnswer | undefined {
    return this.answers.get(itemId);
  }

  async setAnswer(itemId: string, value: unknown, note?: string | null): Promise<void> {
    const before = this.answers.get(itemId);
    this.answers.set(itemId, {
      itemId,
      value,
      note: note === undefined ? (before?.note ?? null) : note,
      revision: (before?.revision ?? 0) + 1,
      updatedAt: new Date().toISOString(),
      updatedBy: null,
      pending: false,
    });
    this.changed('answers', { itemIds: [itemId], remote: false });
  }

  setNote(itemId: string, note: string | null): Promise<void> {
    return this.setAnswer(itemId, this.answers.get(itemId)?.value ?? null, note);
  }

  resolveConflict(itemId: string, choice: { value: unknown; note: string | null }): Promise<void> {
    return this.setAnswer(itemId, choice.value, choice.note);
  }

  /** Starts over: every answer of the preview forgotten. */
  clear(): void {
    const itemIds = [...this.answers.keys()];
    this.answers.clear();
    this.changed('answers', { itemIds, remote: false });
  }

  setTopic(): void {}
  async recordConsent(): Promise<void> {}
  async changeStatus(): Promise<void> {}
  async flush(): Promise<number> {
    return 0;
  }
  close(): void {}

  private changed(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }
}
