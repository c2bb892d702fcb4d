// The tablet's copy of its interviews, in one IndexedDB database. Records are plain JSON
// values (never Blobs: Safari has lost Blobs in IndexedDB before). Everything per interview
// is keyed [interviewId, ...], so one key range reads or removes an interview's records.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { TopicListVersion } from '../../../server/contract/api.ts';
import { LOCAL_DATA_WIPE, registerDatabase } from '../local-data.ts';
import type { Conflict, Interview, LocalAnswer } from './types.ts';

export const DB_NAME = 'leidraad-interviews';
const DB_VERSION = 1;
registerDatabase(DB_NAME);

/** An answer as the server last confirmed it (from a sync result, an event or a snapshot). */
export type ServerAnswer = Interview['answers'][number];

export interface StoredInterview {
  id: string;
  /** GET /api/interviews/:id, its answers moved to the answers store. */
  interview: Interview;
  savedAt: string;
}
export interface StoredTopicList {
  key: string; // `${id}@${version}`: versions never change, so one copy serves every interview
  topicList: TopicListVersion;
}
export interface StoredAnswer extends LocalAnswer {
  interviewId: string;
  /** The newest server answer seen while this one was pending: adopted if ours turns out older. */
  latest?: ServerAnswer;
}
export interface StoredOp {
  interviewId: string;
  /** Position in the outbox: increasing, unique per interview. */
  n: number;
  opId: string;
  itemId: string;
  value: unknown;
  /** Present only when the note changed (absent keeps the server's note). */
  note?: string | null;
  baseRevision: number;
  /** Sent at least once: the server may have applied it, so it is never rewritten. */
  attempted: boolean;
  createdAt: string;
}
export interface StoredConflict extends Conflict {
  interviewId: string;
  at: string;
}
export interface StoredInterval {
  interviewId: string;
  n: number;
  topicId: string;
  openedAt: string;
  closedAt: string;
}
export interface StoredMeta {
  interviewId: string;
  lastEventSeq: number;
  /** The topic on screen, refreshed every minute, so a closed tab's last interval is not lost. */
  openTopic?: { topicId: string; openedAt: string; lastAt: string };
}

interface InterviewDb extends DBSchema {
  interviews: { key: string; value: StoredInterview };
  topiclists: { key: string; value: StoredTopicList };
  answers: { key: [string, string]; value: StoredAnswer };
  outbox: { key: [string, number]; value: StoredOp };
  conflicts: { key: [string, string]; value: StoredConflict };
  timings: { key: [string, number]; value: StoredInterval };
  meta: { key: string; value: StoredMeta };
}
export type Db = IDBPDatabase<InterviewDb>;

let opening: Promise<Db> | undefined;

/** The one connection of this page, opened on first use. */
export function openInterviewDb(): Promise<Db> {
  opening ??= openDB<InterviewDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      const create = (name: Parameters<typeof db.createObjectStore>[0], keyPath: string | string[]) => {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath });
      };
      create('interviews', 'id');
      create('topiclists', 'key');
      create('answers', ['interviewId', 'itemId']);
      create('outbox', ['interviewId', 'n']);
      create('conflicts', ['interviewId', 'itemId']);
      create('timings', ['interviewId', 'n']);
      create('meta', 'interviewId');
    },
    // Another tab deletes or upgrades the database: let it, rather than block it for good.
    blocking: () => forget(),
    terminated: () => (opening = undefined),
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function forget(): void {
  const current = opening;
  opening = undefined;
  void current?.then((db) => db.close()).catch(() => undefined);
}

// The wipe deletes the database; an open connection would block that until the page closes.
globalThis.addEventListener?.(LOCAL_DATA_WIPE, forget);

const topicListKey = (id: string, version: number) => `${id}@${version}`;
/** Every key [interviewId, anything]: arrays sort after strings and numbers. */
const ofInterview = (id: string) => IDBKeyRange.bound([id], [id, []]);

export interface LocalInterview {
  stored?: StoredInterview;
  topicList?: TopicListVersion;
  answers: StoredAnswer[];
  outbox: StoredOp[];
  conflicts: StoredConflict[];
  intervals: StoredInterval[];
  meta?: StoredMeta;
}

/** Everything this tablet holds of one interview, read in one transaction. */
export async function readInterview(db: Db, id: string): Promise<LocalInterview> {
  const tx = db.transaction(['interviews', 'topiclists', 'answers', 'outbox', 'conflicts', 'timings', 'meta']);
  const [stored, answers, outbox, conflicts, intervals, meta] = await Promise.all([
    tx.objectStore('interviews').get(id),
    tx.objectStore('answers').getAll(ofInterview(id)),
    tx.objectStore('outbox').getAll(ofInterview(id)),
    tx.objectStore('conflicts').getAll(ofInterview(id)),
    tx.objectStore('timings').getAll(ofInterview(id)),
    tx.objectStore('meta').get(id),
  ]);
  const ref = stored?.interview.topiclist;
  const topicList = ref ? (await tx.objectStore('topiclists').get(topicListKey(ref.id, ref.version)))?.topicList : undefined;
  await tx.done;
  return { stored, topicList, answers, outbox, conflicts, intervals, meta };
}

/** What one step changes; written in one transaction, so a step is stored whole or not at all. */
export interface Changes {
  interview?: StoredInterview;
  topicList?: TopicListVersion;
  answers?: StoredAnswer[];
  ops?: StoredOp[];
  dropOps?: StoredOp[];
  conflicts?: StoredConflict[];
  dropConflicts?: string[];
  intervals?: StoredInterval[];
  dropIntervals?: StoredInterval[];
  meta?: StoredMeta;
}

/**
 * Writes the changes of one interview. The values are cloned when this is called, so later
 * changes to the same objects in memory do not leak into this write; transactions over the
 * same stores complete in the order they were started.
 */
export function commit(db: Db, interviewId: string, c: Changes): Promise<void> {
  let tx;
  try {
    tx = db.transaction(['interviews', 'topiclists', 'answers', 'outbox', 'conflicts', 'timings', 'meta'], 'readwrite');
  } catch (error) {
    // A closed connection (after a wipe) throws here, not in the promise callers wait on.
    return Promise.reject(error);
  }
  const done = tx.done;
  if (c.interview) void tx.objectStore('interviews').put(c.interview);
  if (c.topicList) void tx.objectStore('topiclists').put({ key: topicListKey(c.topicList.id, c.topicList.version), topicList: c.topicList });
  for (const a of c.answers ?? []) void tx.objectStore('answers').put(a);
  for (const op of c.dropOps ?? []) void tx.objectStore('outbox').delete([interviewId, op.n]);
  for (const op of c.ops ?? []) void tx.objectStore('outbox').put(op);
  for (const itemId of c.dropConflicts ?? []) void tx.objectStore('conflicts').delete([interviewId, itemId]);
  for (const conflict of c.conflicts ?? []) void tx.objectStore('conflicts').put(conflict);
  for (const i of c.dropIntervals ?? []) void tx.objectStore('timings').delete([interviewId, i.n]);
  for (const i of c.intervals ?? []) void tx.objectStore('timings').put(i);
  if (c.meta) void tx.objectStore('meta').put(c.meta);
  return done;
}
