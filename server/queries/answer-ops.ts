// SQL for applying answer operations (server/services/answer-ops.ts decides what they do):
// the state a batch needs, read under lock, and its writes in one statement. Rows travel as
// one JSON parameter per statement, read by json(b)_to_recordset, so both drivers send the
// same thing and a batch of any size is a fixed number of statements.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryInOrder } from '../db/database.ts';
import type { ApplyCall, ApplyState, ApplyWrites, StoredAnswer } from '../services/answer-ops.ts';

// Times as JSON renders them (microseconds, UTC offset), the same in both drivers.
const at = (column: string) => sql.raw(`to_json(${column}) #>> '{}'`);

interface InterviewRow {
  id: string;
  status: string;
  consentGiven: boolean | null;
  eventSeq: string | number;
  members: string | null;
  now: string;
}
interface StoredRow {
  k: string;
  itemId: string;
  value: string | null;
  note: string | null;
  revision: number;
  updatedAt: string;
  updatedBy: string | null;
}
const stored = ({ itemId, value, note, revision, updatedAt, updatedBy }: StoredRow): StoredAnswer => ({
  itemId,
  value: value === null ? null : JSON.parse(value),
  note,
  revision,
  updatedAt,
  updatedBy,
});

/**
 * Locks the batch's interviews (in id order, so concurrent batches cannot deadlock), then the
 * answers its operations touch, and reads which operations were stored before: three
 * statements, sent together, each run once the lock before it is held. The lookups are
 * lateral, one index probe per operation whatever the planner believes of the table's size:
 * a history grown faster than its statistics made a hash join over all of it.
 */
export async function readApplyState(tx: Db, calls: ApplyCall[]): Promise<ApplyState> {
  const ids = [...new Set(calls.map((c) => c.interview))];
  // Per interview the op or item ids to look up: {"a": interview, "ids": [...]}.
  const idsOf = (key: 'opId' | 'itemId') => {
    const per = new Map<string, Set<string>>();
    for (const c of calls) {
      let set = per.get(c.interview);
      if (!set) per.set(c.interview, (set = new Set()));
      for (const op of c.ops) set.add(op[key]);
    }
    return JSON.stringify([...per].map(([a, ids]) => ({ a, ids: [...ids] })));
  };
  const [interviews, done, answers] = (await queryInOrder(tx, [
    sql`select i.id, i.status, i.consent_given as "consentGiven", i.event_seq as "eventSeq",
            (select string_agg(m.user_id::text, ' ') from interview_interviewers m where m.interview_id = i.id) as members,
            ${at('now()')} as now
          from interviews i where i.id in (select json_array_elements_text(${JSON.stringify(ids)}::json)::uuid)
          order by i.id for update of i`,
    sql`select u.a || '/' || o.b as k, h.item_id as "itemId", h.value::text as value, h.note, h.revision,
            ${at('h.changed_at')} as "updatedAt", h.changed_by as "updatedBy"
          from json_to_recordset(${idsOf('opId')}::json) as u(a uuid, ids text[]) cross join unnest(u.ids) as o(b)
          cross join lateral (select * from answer_history h where h.interview_id = u.a and h.op_id = o.b limit 1) h`,
    sql`select u.a || '/' || o.b as k, a.item_id as "itemId", a.value::text as value, a.note, a.revision,
            ${at('a.updated_at')} as "updatedAt", a.updated_by as "updatedBy"
          from json_to_recordset(${idsOf('itemId')}::json) as u(a uuid, ids text[]) cross join unnest(u.ids) as o(b)
          cross join lateral (select * from answers a where a.interview_id = u.a and a.item_id = o.b for update) a`,
  ])) as [InterviewRow[], StoredRow[], StoredRow[]];
  const members = new Set<string>();
  for (const i of interviews) for (const user of (i.members ?? '').split(' ')) members.add(`${i.id}/${user}`);
  return {
    now: interviews[0]?.now ?? new Date().toISOString(),
    interviews: new Map(interviews.map((i) => [i.id, { status: i.status, consentGiven: i.consentGiven, eventSeq: Number(i.eventSeq) }])),
    members,
    done: new Map(done.map((r) => [r.k, stored(r)])),
    answers: new Map(answers.map((r) => [r.k, stored(r)])),
  };
}

/**
 * The statement that writes the batch's answers, history, event numbers and events. Each
 * operation travels once, in its event's payload, which the database parses once and reads
 * the history rows from: building the payload there cost it more than the rest together.
 */
export function writeApplied(w: ApplyWrites): SQL | null {
  if (w.events.length === 0) return null;
  const answers = JSON.stringify(w.answers.map((a) => ({ a: a.interview, b: a.itemId, v: JSON.stringify(a.value), n: a.note, r: a.revision, w: a.updatedBy })));
  const events = JSON.stringify(w.events.map((e) => ({ a: e.interview, s: e.seq, w: e.actor, p: { answers: e.answers } })));
  return sql`with ev as materialized (
      select * from jsonb_to_recordset(${events}::jsonb) as u(a uuid, s bigint, w uuid, p jsonb)
    ), saved as (
      insert into answers (interview_id, item_id, value, note, revision, updated_at, updated_by)
      select u.a, u.b, u.v::jsonb, u.n, u.r, now(), u.w
      from json_to_recordset(${answers}::json) as u(a uuid, b text, v text, n text, r integer, w uuid)
      on conflict (interview_id, item_id) do update
        set value = excluded.value, note = excluded.note, revision = excluded.revision,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by
    ), logged as (
      insert into answer_history (interview_id, item_id, op_id, value, note, revision, changed_at, changed_by)
      select ev.a, h."itemId", h."opId", coalesce(h.value, 'null'), h.note, h.revision, now(), ev.w
      from ev cross join lateral rows from (jsonb_to_recordset(ev.p->'answers') as ("opId" text, "itemId" text, value jsonb, note text, revision integer)) with ordinality as h
      order by ev.a, ev.s, h.ordinality
    ), counted as (
      -- The first answer starts a planned interview.
      update interviews i
      set event_seq = i.event_seq + u.n, updated_at = now(),
          status = case when i.status = 'planned' then 'in_progress' else i.status end
      from json_to_recordset(${JSON.stringify(w.interviews.map((i) => ({ id: i.id, n: i.events })))}::json) as u(id uuid, n integer)
      where i.id = u.id
    )
    insert into interview_events (interview_id, seq, kind, payload, actor_id, created_at)
    select ev.a, ev.s, 'answers', ev.p, ev.w, now() from ev`;
}
