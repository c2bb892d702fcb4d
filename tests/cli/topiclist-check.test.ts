import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { miniYaml } from '../helpers/topiclist-fixtures.ts';
import { runScript } from '../helpers/spawn.ts';

const check = async (...files: string[]) => {
  const run = runScript('server/topiclist/check-cli.ts', files, {});
  return { code: await run.exited, output: run.output() };
};

describe('npm run topiclist:check', () => {
  it('passes the shipped topic lists', async () => {
    const { code, output } = await check('topiclists/ketensamenwerking-stalking.yaml');
    expect(code).toBe(0);
    expect(output).toContain('ketensamenwerking-stalking.yaml: ok (ketensamenwerking-stalking: 3 levels, 57 items)');
  });

  it('prints file:line:column path: message for every problem and exits 1', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'leidraad-cli-'));
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, miniYaml.replace('dimension: trust, prompt', 'dimension: trsut, prompt').replace('type: date', 'type: datum'));
    const good = path.join(dir, 'good.yaml');
    await writeFile(good, miniYaml);
    const { code, output } = await check(good, bad);
    expect(code).toBe(1);
    expect(output).toContain(`${good}: ok`);
    expect(output).toContain(`${bad}:21:82 levels[0].topics[0].items[1].dimension: unknown dimension "trsut" (known: trust)`);
    expect(output).toContain(`${bad}:37:37 levels[1].topics[0].items[4].type: type must be one of open, scale, choice, multi, number, boolean, date`);
    expect(output).toContain(`${bad}: 2 problems`);
  });

  it('exits 2 with usage when no file is named', async () => {
    const { code, output } = await check();
    expect(code).toBe(2);
    expect(output).toContain('usage:');
  });
});
