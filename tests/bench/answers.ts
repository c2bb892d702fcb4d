// Saving answers: the HTTP API against the same SQL issued straight through postgres.js,
// at the same concurrency, in the same run.
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { Pool } from 'undici';
import { closedLoop, openLoop, type RunStats } from './stats.ts';
import { BENCH_PASSWORD, type Fixture } from './setup.ts';

export interface AnswersReport {
  single: { concurrency: number; app: RunStats; raw: RunStats; ratio: number }[];
  openLoop: RunStats & { offered: number };
  batch: { size: number; app: RunStats; raw: RunStats; ratio: number };
}

async function signInAll(base: string, emails: string[]): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const email of new Set(emails)) {
    const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: BENCH_PASSWORD }) });
    if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    cookies.set(email, /leidraad_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0]);
  }
  return cookies;
}

export async function benchAnswers(base: string, url: string, fx: Fixture, opts: { seconds: number; concurrency: number[]; rate: number; batches: number }): Promise<AnswersReport> {
  const cookies = await signInAll(base, fx.interviewerOf);
  const pool = new Pool(base, { connections: Math.max(...opts.concurrency), pipelining: 1 });
  const put = async (lane: number, i: number) => {
    const k = lane % fx.interviewIds.length;
    const item = fx.items[i % fx.items.length]!;
    const { statusCode, body } = await pool.request({
      method: 'PUT',
      path: `/api/interviews/${fx.interviewIds[k]}/answers/${item}`,
      headers: { 'content-type': 'application/json', cookie: cookies.get(fx.interviewerOf[k]!)! },
      body: JSON.stringify({ opId: randomUUID(), value: (i % 5) + 1, note: 'Toelichting van de respondent.' }),
    });
    await body.dump();
    if (statusCode !== 200) throw new Error(String(statusCode));
  };

  const single: AnswersReport['single'] = [];
  for (const concurrency of opts.concurrency) {
    const sql = postgres(url, { max: concurrency, onnotice: () => {} });
    const raw = async (lane: number, i: number) => {
      const interview = fx.interviewIds[lane % fx.interviewIds.length]!;
      const item = fx.items[i % fx.items.length]!;
      const value = JSON.stringify((i % 5) + 1);
      await sql.begin(async (tx) => {
        const [row] = await tx`insert into answers (interview_id, item_id, value, note, revision, updated_at)
          values (${interview}, ${item}, ${value}::jsonb, 'Toelichting van de respondent.', 1, now())
          on conflict (interview_id, item_id) do update set value = excluded.value, note = excluded.note,
            revision = answers.revision + 1, updated_at = excluded.updated_at returning revision`;
        await tx`insert into answer_history (interview_id, item_id, op_id, value, note, revision, changed_at)
          values (${interview}, ${item}, ${randomUUID()}, ${value}::jsonb, 'Toelichting van de respondent.', ${row!.revision}, now())`;
      });
    };
    await closedLoop(concurrency, 1, put); // warm-up
    const app = await closedLoop(concurrency, opts.seconds, put);
    await closedLoop(concurrency, 1, raw);
    const rawStats = await closedLoop(concurrency, opts.seconds, raw);
    await sql.end();
    single.push({ concurrency, app, raw: rawStats, ratio: app.perSecond / rawStats.perSecond });
  }

  let n = 0;
  const open = await openLoop(opts.rate, opts.seconds * 2, () => put(n % fx.interviewIds.length, n++));

  // Outbox batches of 500 operations, two tablets syncing at once.
  const size = 500;
  const opsFor = (i: number) =>
    Array.from({ length: size }, (_, j) => ({ opId: randomUUID(), itemId: fx.items[j % fx.items.length]!, value: ((i + j) % 5) + 1, note: 'Offline genoteerd.' }));
  let b = 0;
  const sync = async (lane: number) => {
    const k = (b++ * 2 + lane) % fx.interviewIds.length;
    const { statusCode, body } = await pool.request({
      method: 'POST',
      path: `/api/interviews/${fx.interviewIds[k]}/sync`,
      headers: { 'content-type': 'application/json', cookie: cookies.get(fx.interviewerOf[k]!)! },
      body: JSON.stringify({ ops: opsFor(b) }),
    });
    await body.dump();
    if (statusCode !== 200) throw new Error(String(statusCode));
  };
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  let rb = 0;
  const rawBatch = async (lane: number) => {
    const interview = fx.interviewIds[(rb++ * 2 + lane) % fx.interviewIds.length]!;
    const ops = opsFor(rb);
    const last = new Map(ops.map((o) => [o.itemId, o]));
    await sql.begin(async (tx) => {
      await tx`insert into answers (interview_id, item_id, value, note, revision, updated_at)
        select ${interview}::uuid, o.item_id, o.value, o.note, 1, now() from jsonb_to_recordset(${sql.json([...last.values()].map((o) => ({ item_id: o.itemId, value: o.value, note: o.note })))})
          as o(item_id text, value jsonb, note text)
        on conflict (interview_id, item_id) do update set value = excluded.value, note = excluded.note, revision = answers.revision + 1, updated_at = excluded.updated_at`;
      await tx`insert into answer_history (interview_id, item_id, op_id, value, note, revision, changed_at)
        select ${interview}::uuid, o.item_id, o.op_id, o.value, o.note, 1, now() from jsonb_to_recordset(${sql.json(ops.map((o) => ({ item_id: o.itemId, op_id: o.opId, value: o.value, note: o.note })))})
          as o(item_id text, op_id text, value jsonb, note text)`;
    });
  };
  const batchSeconds = Math.max(2, opts.seconds);
  const appBatch = await closedLoop(2, batchSeconds, (lane) => sync(lane), size);
  const rawBatchStats = await closedLoop(2, batchSeconds, (lane) => rawBatch(lane), size);
  await sql.end();
  await pool.close();
  return { single, openLoop: open, batch: { size, app: appBatch, raw: rawBatchStats, ratio: appBatch.perSecond / rawBatchStats.perSecond } };
}
