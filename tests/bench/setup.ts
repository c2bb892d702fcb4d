// A fresh benchmark database on a real PostgreSQL server, a study with N interviews ready
// for answers, and the app started as its own process, as in production.
import { randomBytes } from 'node:crypto';
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openPostgres, queryRows } from '../../server/db/database.ts';
import { interviews } from '../../server/db/schema.ts';
import { loadTopicListFiles } from '../../server/topiclist/load-files.ts';
import { createUser } from '../../server/services/accounts.ts';
import { ROOT } from '../helpers/spawn.ts';
import { databaseUrl } from '../helpers/urls.ts';

export const BENCH_PASSWORD = 'benchmark password';

export async function createBenchDatabase(adminUrl: string) {
  const name = `leidraad_bench_${randomBytes(3).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = databaseUrl(adminUrl, name);
  return {
    url,
    drop: async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export interface Fixture {
  interviewIds: string[];
  /** e-mail of the interviewer assigned to interviewIds[i] */
  interviewerOf: string[];
  items: string[];
}

/** One interviewer per `perInterviewer` interviews; consent recorded; scale items to answer. */
export async function seedStudy(url: string, count: number, perInterviewer = 4): Promise<Fixture> {
  const database = await openPostgres(url, { max: 4 });
  await database.migrate();
  const db = database.db;
  await loadTopicListFiles(db, `${ROOT}/topiclists`, { info: () => {}, warn: console.warn });
  const lead = await createUser(db, null, { email: 'lead@bench.example', name: 'Bench Lead', role: 'lead', password: BENCH_PASSWORD });
  const interviewers = [];
  for (let i = 0; i < Math.ceil(count / perInterviewer); i++) {
    interviewers.push(await createUser(db, null, { email: `tablet${i}@bench.example`, name: `Tablet ${i}`, role: 'interviewer', password: BENCH_PASSWORD }));
  }
  const [study] = await queryRows<{ id: string }>(
    db,
    sql`insert into studies (name, topiclist_id, topiclist_version, created_by) values ('Bench', 'ketensamenwerking-stalking', 1, ${lead.id}) returning id`,
  );
  const studyId = study!.id;
  const interviewIds: string[] = [];
  const interviewerOf: string[] = [];
  for (let i = 0; i < count; i++) {
    const who = interviewers[Math.floor(i / perInterviewer)]!;
    const [r] = await queryRows<{ id: string }>(
      db,
      sql`insert into respondents (study_id, code, organisation, role, region) values (${studyId}, ${`R${i + 1}`}, 'Politie', 'regisseur', 'Zuid') returning id`,
    );
    const [iv] = await db
      .insert(interviews)
      .values({ studyId, respondentId: r!.id, topiclistId: 'ketensamenwerking-stalking', topiclistVersion: 1, status: 'in_progress', consentGiven: true, consentVersion: 'v1', consentAt: new Date(), consentBy: who.id })
      .returning({ id: interviews.id });
    await db.execute(sql`insert into interview_interviewers (interview_id, user_id) values (${iv!.id}, ${who.id})`);
    interviewIds.push(iv!.id);
    interviewerOf.push(who.email);
  }
  const items = await queryRows<{ item_id: string }>(db, sql`select item_id from topiclist_items where type = 'scale' order by position`);
  await database.close();
  return { interviewIds, interviewerOf, items: items.map((i) => i.item_id) };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** Starts the server as `npm start` does, on the database; resolves once it answers. */
export async function startServer(url: string): Promise<{ base: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn', LEIDRAAD_DATA_DIR: `/tmp/leidraad-bench-${port}`, LEIDRAAD_TOPICLISTS_DIR: '/nonexistent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    base,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
