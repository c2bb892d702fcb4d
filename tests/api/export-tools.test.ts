// The SPSS syntax runs in PSPP and the R script in R, and both give the variables their labels.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createFixtureStudy, type FixtureStudy, json } from '../helpers/fixture-study.ts';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const skipTool = (tool: string) => {
  if (has(tool)) return false;
  if (process.env.CI) throw new Error(`${tool} is missing; CI must install it (.ci/run)`);
  console.warn(`${tool} not found: its export check is skipped`);
  return true;
};

let t: TestApp;
let f: FixtureStudy;
beforeAll(async () => {
  t = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  f = await createFixtureStudy(t);
  const I = `/api/interviews/${f.interviewId}`;
  const daan = f.people.interviewer.cookie;
  await json(t, 'POST', `${I}/consent`, daan, { given: true, version: 'v1' });
  const ops = [
    { opId: 'tools-op-1', itemId: 'individual-trust', value: 4, note: "Een 'citaat' met, komma en \"aanhalingstekens\"\nover twee regels." },
    { opId: 'tools-op-2', itemId: 'organisation-trust', value: 'dk' },
    { opId: 'tools-op-3', itemId: 'organisation-focus', value: 'victim' },
    { opId: 'tools-op-4', itemId: 'decisiveness-open', value: 'Snel en duidelijk.' },
  ];
  await json(t, 'POST', `${I}/sync`, daan, { ops });
  await json(t, 'POST', `${I}/status`, daan, { status: 'completed' });
});
afterAll(() => t?.close());

async function unpack(format: string): Promise<string> {
  const res = await t.app.inject({ method: 'GET', url: `/api/studies/${f.studyId}/export?format=${format}`, headers: { cookie: f.people.lead.cookie } });
  expect(res.statusCode).toBe(200);
  const dir = await mkdtemp(path.join(os.tmpdir(), `leidraad-${format}-`));
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(res.rawPayload)))) await writeFile(path.join(dir, name), data);
  return dir;
}

describe('statistics packages', () => {
  it.skipIf(skipTool('pspp'))('PSPP runs the SPSS syntax and shows labels, value labels and missing codes', async () => {
    const dir = await unpack('sps');
    await writeFile(path.join(dir, 'check.sps'), "INCLUDE FILE='leidraad.sps'.\nDISPLAY DICTIONARY /VARIABLES=individual_trust organisation_trust organisation_focus individual_trust_note.\nLIST /VARIABLES=respondent individual_trust organisation_trust organisation_focus.\n");
    const out = execFileSync('pspp', ['-O', 'format=txt', '-o', '-', 'check.sps'], { cwd: dir, encoding: 'utf8' });
    expect(out).not.toMatch(/error/i);
    expect(out).toContain('Hoe tevreden bent u op individueel niveau over het');
    expect(out).toMatch(/-1; -2;\s*\|\s*\n\|\s+\|\s+\|\s+\|\s+\|-9/);
    expect(out).toMatch(/Zeer tevreden/);
    expect(out).toMatch(/weet niet/);
    expect(out).toMatch(/\|R001\s+\|\s+4\|\s+-2\|\s+2\|/);
  });

  it.skipIf(skipTool('Rscript'))('R runs the script: factors with the scale labels, missing reasons, variable labels', async () => {
    const dir = await unpack('r');
    const out = execFileSync(
      'Rscript',
      ['-e', 'source("leidraad.R"); cat(as.character(wide$individual_trust), as.character(wide$organisation_trust_missing), as.character(wide$organisation_focus), attr(wide$individual_trust, "label"), sep = "|")'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(out).toContain('Tevreden|weet niet|Slachtoffer|');
    expect(out).toContain('Hoe tevreden bent u op individueel niveau');
  });
});
