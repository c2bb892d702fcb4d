// The study matrix for 10,000 respondents x 21 cells: through the API, against the same
// SQL issued straight through postgres.js, in the same run.
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows } from '../../server/db/database.ts';
import { groupCells } from '../../server/queries/matrices.ts';
import { BENCH_PASSWORD } from './setup.ts';
import { percentile } from './stats.ts';

const REGIONS = ["'s-Hertogenbosch", 'Zuidoost-Brabant', 'West-Brabant', 'Midden-Limburg', 'Parkstad', 'Westelijke Mijnstreek', 'Zuid-Limburg'];

/** A study of `count` respondents, each with a completed interview answering every matrix item. */
export async function seedMatrixStudy(url: string, count: number): Promise<string> {
  const database = await openPostgres(url, { max: 2 });
  const db = database.db;
  const [lead] = await queryRows<{ id: string }>(db, sql`select id from users where role = 'lead' limit 1`);
  const [study] = await queryRows<{ id: string }>(
    db,
    sql`insert into studies (name, topiclist_id, topiclist_version, created_by) values ('Matrix bench', 'ketensamenwerking-stalking', 1, ${lead!.id}) returning id`,
  );
  const studyId = study!.id;
  await queryRows(
    db,
    sql`insert into respondents (study_id, code, organisation, role, region)
        select ${studyId}, 'R' || lpad(g::text, 5, '0'),
               (array['Veilig Thuis', 'Veiligheidshuis', 'Politie'])[1 + g % 3], 'regisseur',
               (string_to_array(${REGIONS.join('|')}, '|'))[1 + g % 7]
        from generate_series(1, ${count}) g`,
  );
  await queryRows(
    db,
    sql`insert into interviews (study_id, respondent_id, topiclist_id, topiclist_version, status, consent_given)
        select ${studyId}, id, 'ketensamenwerking-stalking', 1, 'completed', true from respondents where study_id = ${studyId}`,
  );
  await queryRows(
    db,
    sql`insert into answers (interview_id, item_id, value, revision, updated_at)
        select interview_id, item_id,
               case when r < 0.04 then '"na"'::jsonb when r < 0.08 then '"dk"'::jsonb else to_jsonb(1 + floor(r * 5)::int) end,
               1, now()
        -- random() per answer: an uncorrelated lateral subquery would be evaluated once per
        -- item and give every respondent the same answers.
        from (
          select i.id as interview_id, ti.item_id, random() as r
          from interviews i
          cross join topiclist_items ti
          where i.study_id = ${studyId} and ti.topiclist_id = 'ketensamenwerking-stalking' and ti.dimension_id is not null
          offset 0
        ) x
        where x.r < 0.97`,
  );
  await queryRows(db, sql`analyze`);
  await database.close();
  return studyId;
}

async function timed(runs: number, fn: () => Promise<unknown>) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), max: ms.at(-1)! };
}

export async function benchMatrices(base: string, url: string, studyId: string) {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'lead@bench.example', password: BENCH_PASSWORD }) });
  const cookie = /leidraad_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  const api = await timed(7, async () => {
    const r = await fetch(`${base}/api/studies/${studyId}/matrix?by=organisation`, { headers: { cookie } });
    if (!r.ok) throw new Error(`matrix: ${r.status} ${await r.text()}`);
    await r.arrayBuffer();
  });
  const database = await openPostgres(url, { max: 1 });
  const raw = await timed(7, () => groupCells(database.db, studyId, 'organisation', false, { min: 1, max: 5 }));
  const [{ n }] = (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from answers`)) as [{ n: number }];
  await database.close();
  return { respondents: 10_000, answers: n, api, raw, ratio: api.p50 / raw.p50 };
}
