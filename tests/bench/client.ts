// The tablet runner's budget: the JavaScript it loads (gzipped) and the time until an
// interviewer can answer the first item, on Chromium with the CPU slowed down 4x, against
// the sign-in page measured the same way in the same run.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { DEFAULT_CLIENT_DIR } from '../../server/app.ts';
import { BENCH_PASSWORD, type Fixture } from './setup.ts';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function benchClient(base: string, fx: Fixture) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const measure = async (url: string, ready: (page: import('playwright-core').Page) => Promise<void>, signIn: boolean) => {
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' });
      if (signIn) {
        const res = await context.request.post(`${base}/api/session`, { data: { email: fx.interviewerOf[0], password: BENCH_PASSWORD } });
        if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
      }
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url, { waitUntil: 'commit' });
      await ready(page);
      const ms = await page.evaluate(() => performance.now());
      let gzipped = 0;
      for (const file of scripts) gzipped += gzipSync(await readFile(path.join(DEFAULT_CLIENT_DIR, file)), { level: 9 }).length;
      await context.close();
      return { ms, scripts: scripts.size, jsGzipKb: gzipped / 1024 };
    };
    const runs = async (n: number, f: () => Promise<{ ms: number; scripts: number; jsGzipKb: number }>) => {
      const all = [];
      for (let i = 0; i < n; i++) all.push(await f());
      all.sort((a, b) => a.ms - b.ms);
      return all[Math.floor(n / 2)]!;
    };
    const baseline = await runs(3, () => measure(`${base}/login`, (p) => p.getByLabel(/e-mail/i).first().waitFor(), false));
    const runner = await runs(3, () =>
      measure(`${base}/interviews/${fx.interviewIds[0]}`, (p) => p.getByRole('radio').first().waitFor({ timeout: 30_000 }), true),
    );
    return { baseline, runner, ratio: runner.ms / baseline.ms };
  } finally {
    await browser.close();
  }
}
