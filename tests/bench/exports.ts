// Exporting many answers with notes to anonymised CSV: answers per second and the server's
// peak memory, at two sizes, to show memory stays flat as the study grows.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows } from '../../server/db/database.ts';
import { BENCH_PASSWORD } from './setup.ts';

/** A study with `interviews` completed interviews answering every scale item, with a note each. */
export async function seedExportStudy(url: string, interviews: number): Promise<{ studyId: string; answers: number }> {
  const database = await openPostgres(url, { max: 2 });
  const db = database.db;
  const [lead] = await queryRows<{ id: string }>(db, sql`select id from users where role = 'lead' limit 1`);
  const [study] = await queryRows<{ id: string }>(
    db,
    sql`insert into studies (name, topiclist_id, topiclist_version, created_by) values (${`Export bench ${interviews}`}, 'ketensamenwerking-stalking', 1, ${lead!.id}) returning id`,
  );
  const studyId = study!.id;
  await queryRows(db, sql`insert into respondents (study_id, code, organisation, role, region)
    select ${studyId}, 'R' || lpad(g::text, 6, '0'), (array['Veilig Thuis', 'Veiligheidshuis', 'Politie'])[1 + g % 3], 'regisseur', 'Zuid-Limburg'
    from generate_series(1, ${interviews}) g`);
  await queryRows(db, sql`insert into interviews (study_id, respondent_id, topiclist_id, topiclist_version, status, consent_given)
    select ${studyId}, id, 'ketensamenwerking-stalking', 1, 'completed', true from respondents where study_id = ${studyId}`);
  await queryRows(db, sql`insert into answers (interview_id, item_id, value, note, revision, updated_at)
    select i.id, ti.item_id, to_jsonb(1 + (abs(hashtext(i.id::text || ti.item_id)) % 5)),
           -- Notes differ, as real ones do: two of eight sentences and a number to scrub.
           (array['De respondent licht toe: het overleg met de ketenpartners liep goed.', 'Afstemming met de politie kostte veel tijd.',
                  'Het casusoverleg in het Veiligheidshuis was volgens haar nuttig.', 'Bij spoed werd de regie niet altijd duidelijk belegd.',
                  'De terugkoppeling vanuit Veilig Thuis kwam laat.', 'Men vertrouwt elkaar, maar de rolverdeling blijft vaag.',
                  'Afspraken over gegevensdeling zijn pas sinds kort helder.', 'Zij noemt het risicotaxatie-instrument bruikbaar.'])[1 + abs(hashtext(i.id::text || ti.item_id)) % 8]
           || ' ' || (array['Daarna volgde een gesprek met de pleger.', 'Het slachtoffer werd doorverwezen.', 'Er kwam een huisverbod.', 'De zaak liep nog.',
                  'Zij wil dit graag verbeterd zien.', 'Dit speelt in meer regio''s.', 'De wachttijd was zes weken.', 'Er is geen vervolg afgesproken.'])[1 + abs(hashtext(ti.item_id || i.id::text)) % 8]
           || ' Bereikbaar via 06-' || lpad((abs(hashtext(i.id::text)) % 100000000)::text, 8, '0') || '.',
           1, now()
    from interviews i cross join topiclist_items ti
    where i.study_id = ${studyId} and ti.topiclist_id = 'ketensamenwerking-stalking' and ti.type = 'scale'`);
  const [{ n }] = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from answers a join interviews i on i.id = a.interview_id where i.study_id = ${studyId}`)) as [{ n: number }];
  // Vacuumed as a database in use is, so autovacuum does not run during the measurement.
  await queryRows(db, sql`vacuum analyze`);
  await database.close();
  return { studyId, answers: n };
}

function rssMb(pid: number): number {
  let kb = 0;
  const walk = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const c of readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) walk(Number(c));
    } catch {
      // gone
    }
  };
  walk(pid);
  return kb / 1024;
}

export async function benchExport(base: string, serverPid: number, studyId: string, answers: number) {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'lead@bench.example', password: BENCH_PASSWORD }) });
  const cookie = /leidraad_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  const before = rssMb(serverPid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(serverPid))), 50);
  const started = performance.now();
  const download = await fetch(`${base}/api/studies/${studyId}/export?format=csv`, { headers: { cookie } });
  let bytes = 0;
  for await (const chunk of download.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (!download.ok) throw new Error(`export failed: ${download.status}`);
  // What the export itself adds: the processes' memory before it is mostly the running app.
  return { answers, seconds, answersPerSecond: answers / seconds, zipMb: bytes / 1e6, rssBeforeMb: before, rssPeakMb: peak, rssAddedMb: peak - before };
}
