// npm run bench: benchmarks against a real PostgreSQL server. Prints a table, writes JSON
// to bench-results/. BENCH_DATABASE_URL (or TEST_DATABASE_URL) names the server; a fresh
// database is made there and dropped afterwards. BENCH_SECONDS sets the length of a run.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchAnswers } from './answers.ts';
import { ensureClientBuilt } from '../../server/build-client.ts';
import { benchClient } from './client.ts';
import { benchExport, seedExportStudy } from './exports.ts';
import { benchMatrices, seedMatrixStudy } from './matrices.ts';
import { benchStartup } from './startup.ts';
import { createBenchDatabase, seedStudy, startServer } from './setup.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
// `npm run bench -- startup` runs one part; no argument runs them all.
const only = new Set(process.argv.slice(2));
const wanted = (part: string) => only.size === 0 || only.has(part);

const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const bench = await createBenchDatabase(adminUrl);
  try {
    console.log(`benchmark database ${new URL(bench.url).pathname.slice(1)} on ${new URL(adminUrl).host}; ${os.cpus().length} cores`);
    const report: Record<string, unknown> = { when: new Date().toISOString(), cores: os.cpus().length, seconds };
    if (wanted('startup')) {
      const startup = await benchStartup(bench.url);
      report.startup = startup;
      console.log('\nStart-up until /api/health answers');
      console.table(
        [startup.baseline, ...startup.runs].map((r) => ({
          start: r.name,
          ms: fmt(r.ms),
          'x baseline': fmt(r.ms / startup.baseline.ms, 1),
          'RSS MB': fmt(r.rssMb),
          'RSS x baseline': fmt(r.rssMb / startup.baseline.rssMb, 1),
        })),
      );
    }
    if (wanted('answers') || wanted('matrices') || wanted('exports') || wanted('client')) {
      const fixture = await seedStudy(bench.url, 64);
      if (wanted('client')) await ensureClientBuilt();
      server = await startServer(bench.url);
      if (wanted('answers')) await runAnswers(server.base, bench.url, fixture, report);
      if (wanted('matrices')) {
        const studyId = await seedMatrixStudy(bench.url, 10_000);
        const m = await benchMatrices(server.base, bench.url, studyId);
        report.matrices = m;
        console.log(
          `\nStudy matrix, ${fmt(m.respondents)} respondents x 21 cells (${fmt(m.answers)} answers in the database): API p50 ${fmt(m.api.p50)} ms (max ${fmt(m.api.max)}), the same SQL straight ${fmt(m.raw.p50)} ms, API / SQL ${fmt(m.ratio, 2)}`,
        );
      }
      if (wanted('client')) {
        const c = await benchClient(server.base, fixture);
        report.client = c;
        console.log('\nTablet runner under 4x CPU throttling (median of 3, service worker off: a first visit)');
        console.table([
          { page: 'sign-in (baseline)', 'ms until usable': fmt(c.baseline.ms), 'JS files': c.baseline.scripts, 'JS gzip KB': fmt(c.baseline.jsGzipKb, 1) },
          { page: 'interview runner', 'ms until usable': fmt(c.runner.ms), 'JS files': c.runner.scripts, 'JS gzip KB': fmt(c.runner.jsGzipKb, 1), 'x baseline': fmt(c.ratio, 2) },
        ]);
      }
      if (wanted('exports')) {
        const sizes = (process.env.BENCH_EXPORT_SIZES ?? '100000,1000000').split(',').map(Number);
        const seeded = [];
        for (const size of sizes) seeded.push(await seedExportStudy(bench.url, Math.ceil(size / 30)));
        // Its own server, so the memory measured is the export's, not what the parts before left.
        await server.stop();
        server = await startServer(bench.url);
        const runs: Awaited<ReturnType<typeof benchExport>>[] = [];
        for (const { studyId, answers } of seeded) runs.push(await benchExport(server.base, server.child.pid!, studyId, answers));
        report.exports = runs;
        console.log('\nAnonymised CSV export (every answer with a note to scrub)');
        console.table(runs.map((r) => ({ answers: fmt(r.answers), seconds: fmt(r.seconds, 1), 'answers/s': fmt(r.answersPerSecond), 'zip MB': fmt(r.zipMb, 1), 'RSS before MB': fmt(r.rssBeforeMb), 'RSS peak MB': fmt(r.rssPeakMb), 'peak x first size': fmt(r.rssPeakMb / runs[0]!.rssPeakMb, 2) })));
      }
      await server.stop();
      server = undefined;
    }
    await mkdir('bench-results', { recursive: true });
    const file = `bench-results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
    await writeFile(file, JSON.stringify(report, null, 2));
    console.log(`\nwritten ${file}`);
  } finally {
    await server?.stop();
    await bench.drop();
  }
}

async function runAnswers(base: string, url: string, fixture: Awaited<ReturnType<typeof seedStudy>>, report: Record<string, unknown>) {
  const answers = await benchAnswers(base, url, fixture, { seconds, concurrency: [16, 64], rate: 1000, batches: 20 });
  report.answers = answers;

  console.log('\nSaving single answers (closed loop, each tablet saves again as soon as answered)');
  console.table(
    answers.single.map((s) => ({
      tablets: s.concurrency,
      'app saves/s': fmt(s.app.perSecond),
      'app p50 ms': fmt(s.app.p50, 1),
      'app p99 ms': fmt(s.app.p99, 1),
      'raw saves/s': fmt(s.raw.perSecond),
      'raw p50 ms': fmt(s.raw.p50, 1),
      'raw p99 ms': fmt(s.raw.p99, 1),
      'app / raw': fmt(s.ratio, 2),
      errors: s.app.errors + s.raw.errors,
    })),
  );
  const o = answers.openLoop;
  console.log(`Open loop at ${o.offered} saves/s offered: ${fmt(o.perSecond)} saves/s done, p50 ${fmt(o.p50, 1)} ms, p99 ${fmt(o.p99, 1)} ms, errors ${o.errors}`);
  const b = answers.batch;
  console.log(
    `Sync batches of ${b.size}: app ${fmt(b.app.perSecond)} answers/s (p50 ${fmt(b.app.p50, 0)} ms per batch), raw ${fmt(b.raw.perSecond)} answers/s, app / raw ${fmt(b.ratio, 2)}`,
  );
}

let server: Awaited<ReturnType<typeof startServer>> | undefined;

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
