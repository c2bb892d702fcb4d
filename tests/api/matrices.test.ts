// Satisfaction matrices against hand-computed figures. Respondents R1-R13 answer the
// matrix-test topic list; "-" is not asked (no answer at all).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.ts';
import { createPersonas, type SignedIn } from '../helpers/personas.ts';
import { json } from '../helpers/fixture-study.ts';

type V = number | 'na' | 'dk' | '-';
// organisation, [ind-trust-a, ind-trust-b, ind-speed, chain-trust, chain-speed], final?
const RESPONDENTS: [string, V[], boolean][] = [
  ['Veilig Thuis', [4, 5, 3, 2, 'na'], true],
  ['Veilig Thuis', [3, 'na', 'dk', 4, 5], true],
  ['Veilig Thuis', ['dk', 'na', 5, 3, 4], true],
  ['Veilig Thuis', [2, 2, 4, '-', 3], true],
  ['Veilig Thuis', [5, 4, 2, 5, 5], true],
  ['Veiligheidshuis', [1, 2, 1, 2, 2], true],
  ['Veiligheidshuis', ['na', 'na', 3, 3, 'na'], true],
  ['Veiligheidshuis', [3, 3, 'na', 'dk', 4], true],
  ['Veiligheidshuis', ['-', '-', 4, 4, 4], true],
  ['Politie', [5, 5, 5, 5, 5], true],
  ['Politie', [4, 3, 'dk', 1, 2], true],
  ['Politie', [2, 'na', 3, 'na', 'dk'], true],
  ['Veilig Thuis', [1, 1, 1, 1, 1], false], // still in progress: counts only with include=all
];
const ITEMS = ['ind-trust-a', 'ind-trust-b', 'ind-speed', 'chain-trust', 'chain-speed'];

let t: TestApp;
let lead: SignedIn;
let analyst: SignedIn;
let studyId: string;
const interviewIds: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
  const people = await createPersonas(t, ['lead', 'interviewer', 'partner', 'analyst']);
  lead = people.lead;
  analyst = people.analyst;
  const yaml = readFileSync(new URL('../fixtures/matrix.yaml', import.meta.url), 'utf8');
  await t.app.inject({ method: 'POST', url: '/api/topiclists', payload: yaml, headers: { 'content-type': 'application/yaml', cookie: lead.cookie } });
  studyId = (await json(t, 'POST', '/api/studies', lead.cookie, { name: 'Matrix', topiclist: { id: 'matrix-test', version: 1 }, minGroupSize: 3 })).json().id;
  for (const p of [people.interviewer, people.partner, people.analyst]) await json(t, 'POST', `/api/studies/${studyId}/members`, lead.cookie, { userId: p.id });
  const daan = people.interviewer.cookie;
  for (const [n, [organisation, values, final]] of RESPONDENTS.entries()) {
    const r = (await json(t, 'POST', `/api/studies/${studyId}/respondents`, lead.cookie, { organisation, role: 'regisseur', region: n % 2 ? 'Oost' : 'West' })).json();
    const iv = (await json(t, 'POST', `/api/studies/${studyId}/interviews`, lead.cookie, { respondentId: r.id, interviewerIds: [people.interviewer.id] })).json();
    interviewIds.push(iv.id);
    await json(t, 'POST', `/api/interviews/${iv.id}/consent`, daan, { given: true, version: 'v1' });
    const ops = ITEMS.flatMap((itemId, i) => (values[i] === '-' ? [] : [{ opId: `matrix-${n}-${i}`, itemId, value: values[i] }]));
    ops.push({ opId: `matrix-${n}-open`, itemId: 'ind-open', value: 'Toelichting' as never });
    expect((await json(t, 'POST', `/api/interviews/${iv.id}/sync`, daan, { ops })).statusCode).toBe(200);
    if (final) await json(t, 'POST', `/api/interviews/${iv.id}/status`, daan, { status: 'completed' });
  }
  // One approved, to show approved interviews count as final too.
  await json(t, 'POST', `/api/interviews/${interviewIds[0]}/status`, lead.cookie, { status: 'approved' });
});
afterAll(() => t?.close());

// Textbook statistics, to check the SQL against.
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const sd = (xs: number[]) => (xs.length < 2 ? null : Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1)));

describe('a respondent’s matrix', () => {
  it('is the topic list’s own grid: 2 dimensions x 2 levels, means of several items, statuses by precedence', async () => {
    const m = (i: number) => json(t, 'GET', `/api/interviews/${interviewIds[i]}/matrix`, lead.cookie).then((r) => r.json());
    const r1 = await m(0);
    expect(r1.respondent).toEqual({ code: 'R001', organisation: 'Veilig Thuis', role: 'regisseur', region: 'West' });
    expect(r1.dimensions.map((d: { id: string }) => d.id)).toEqual(['trust', 'speed']);
    expect(r1.levels.map((l: { id: string }) => l.id)).toEqual(['individual', 'chain']);
    expect(r1.scale).toEqual({ min: 1, max: 5 });
    expect(r1.cells).toEqual([
      { dimension: 'trust', level: 'individual', value: 4.5, status: 'answered', items: 2 },
      { dimension: 'trust', level: 'chain', value: 2, status: 'answered', items: 1 },
      { dimension: 'speed', level: 'individual', value: 3, status: 'answered', items: 1 },
      { dimension: 'speed', level: 'chain', value: null, status: 'not_applicable', items: 1 },
    ]);
    const trustInd = async (i: number) => (await m(i)).cells[0];
    expect(await trustInd(1)).toMatchObject({ value: 3, status: 'answered' }); // 3 and n.v.t.: the number counts
    expect(await trustInd(2)).toMatchObject({ value: null, status: 'dont_know' }); // dk and n.v.t.
    expect(await trustInd(6)).toMatchObject({ value: null, status: 'not_applicable' });
    expect(await trustInd(8)).toMatchObject({ value: null, status: 'not_asked' });
  });

  it('is there for the study topic list as 7 dimensions x 3 levels', async () => {
    const { createFixtureStudy } = await import('../helpers/fixture-study.ts');
    const other = await startTestApp({ studyTopicList: true, limits: { signIn: { max: 1000, timeWindow: 60_000 } } });
    try {
      const f = await createFixtureStudy(other);
      const m = (await json(other, 'GET', `/api/interviews/${f.interviewId}/matrix`, f.people.interviewer.cookie)).json();
      expect(m.dimensions).toHaveLength(7);
      expect(m.levels.map((l: { id: string }) => l.id)).toEqual(['individual', 'organisation', 'chain']);
      expect(m.cells).toHaveLength(21);
      expect(m.cells.every((c: { status: string }) => c.status === 'not_asked')).toBe(true);
      expect((await json(other, 'GET', `/api/interviews/${f.interviewId}/matrix`, f.people.otherInterviewer.cookie)).statusCode).toBe(404);
    } finally {
      await other.close();
    }
  });
});

describe('the study matrix', () => {
  const get = async (query: string, cookie = analyst.cookie) => (await json(t, 'GET', `/api/studies/${studyId}/matrix${query}`, cookie)).json();
  const values = (org: string | null, item: number[], final = true) =>
    RESPONDENTS.filter(([o, , f]) => (org === null || o === org) && (f || !final)).flatMap(([, v]) => {
      const nums = item.map((i) => v[i]).filter((x): x is number => typeof x === 'number');
      return nums.length ? [mean(nums)] : [];
    });
  const CELLS: [string, string, number[]][] = [
    ['trust', 'individual', [0, 1]],
    ['trust', 'chain', [3]],
    ['speed', 'individual', [2]],
    ['speed', 'chain', [4]],
  ];

  it('has n, mean, median, sd, distribution, NA and DK per cell, matching the hand computation', async () => {
    await json(t, 'PATCH', `/api/studies/${studyId}`, lead.cookie, { minGroupSize: 3 });
    const m = await get('?by=organisation');
    expect(m.groups.map((g: { key: string; n: number }) => [g.key, g.n])).toEqual([
      ['Politie', 3],
      ['Veilig Thuis', 5],
      ['Veiligheidshuis', 4],
    ]);
    const vt = m.groups.find((g: { key: string }) => g.key === 'Veilig Thuis');
    // By hand: trust x individual in Veilig Thuis is 4.5, 3, (dk), 2, 4.5.
    expect(vt.cells[0]).toEqual({ dimension: 'trust', level: 'individual', n: 4, mean: 3.5, median: 3.75, sd: expect.closeTo(1.224744871391589, 12), distribution: { 2: 1, 3: 1, 5: 2 }, na: 0, dk: 1 });
    for (const group of [...m.groups, m.total]) {
      const org = group.key === 'total' ? null : group.key;
      for (const [c, [dimension, level, items]] of CELLS.entries()) {
        const xs = values(org, items);
        const cell = group.cells[c];
        expect(cell).toMatchObject({ dimension, level, n: xs.length });
        expect(cell.mean).toBeCloseTo(mean(xs), 12);
        expect(cell.median).toBeCloseTo(median(xs), 12);
        if (xs.length > 1) expect(cell.sd).toBeCloseTo(sd(xs)!, 12);
        const dist: Record<string, number> = {};
        for (const x of xs) dist[Math.floor(x + 0.5)] = (dist[Math.floor(x + 0.5)] ?? 0) + 1;
        expect(cell.distribution).toEqual(dist);
      }
    }
    expect(m.total).toMatchObject({ n: 12, suppressed: false });
    // NA and DK counts of Veiligheidshuis by hand: trust x individual n.v.t. once; trust x chain dk once.
    const vh = m.groups.find((g: { key: string }) => g.key === 'Veiligheidshuis');
    expect([vh.cells[0].na, vh.cells[0].dk, vh.cells[1].na, vh.cells[1].dk]).toEqual([1, 0, 0, 1]);
  });

  it('suppresses groups below k, and more groups where the rest would give one away', async () => {
    await json(t, 'PATCH', `/api/studies/${studyId}`, lead.cookie, { minGroupSize: 4 });
    const k4 = await get('?by=organisation');
    expect(k4.groups.map((g: { key: string; suppressed: boolean; reason?: string }) => [g.key, g.suppressed, g.reason])).toEqual([
      ['Politie', true, 'below_threshold'],
      ['Veilig Thuis', false, undefined],
      ['Veiligheidshuis', true, 'secondary'],
    ]);
    expect(k4.groups[0].cells).toEqual([]);
    expect(k4.groups[2].cells).toEqual([]);
    expect(JSON.stringify(k4.groups[0])).not.toMatch(/mean|median/);

    await json(t, 'PATCH', `/api/studies/${studyId}`, lead.cookie, { minGroupSize: 5 });
    const k5 = await get('?by=organisation');
    // 3 + 4 suppressed together reach k: nothing more to hide.
    expect(k5.groups.map((g: { suppressed: boolean; reason?: string }) => g.reason ?? 'shown')).toEqual(['below_threshold', 'shown', 'below_threshold']);

    await json(t, 'PATCH', `/api/studies/${studyId}`, lead.cookie, { minGroupSize: 13 });
    const all = await get('?by=organisation');
    expect(all.total).toMatchObject({ n: 12, suppressed: true, cells: [] });
    await json(t, 'PATCH', `/api/studies/${studyId}`, lead.cookie, { minGroupSize: 3 });
  });

  it('counts completed and approved interviews by default, every interview with include=all', async () => {
    const final = await get('?by=organisation');
    const all = await get('?by=organisation&include=all');
    expect(final.total.n).toBe(12);
    expect(all.total.n).toBe(13);
    expect(all.groups.find((g: { key: string }) => g.key === 'Veilig Thuis').cells[0].n).toBe(5);
  });

  it('groups by region and role too', async () => {
    expect((await get('?by=region')).groups.map((g: { key: string; n: number }) => [g.key, g.n])).toEqual([
      ['Oost', 6],
      ['West', 6],
    ]);
    expect((await get('?by=role')).groups).toHaveLength(1);
    expect((await json(t, 'GET', `/api/studies/${studyId}/matrix?by=dossier`, analyst.cookie)).statusCode).toBe(400);
  });
});

describe('the study matrix at its edges', () => {
  // E1 and E2 in Edge, E3 alone in Rand; k = 1, so nothing is suppressed.
  const EDGE: [string, V[]][] = [
    ['Edge', [5, 'dk', '-', 'na', 3]],
    ['Edge', ['na', 'dk', '-', 'dk', 4]],
    ['Rand', [2, 3, 4, 1, 'na']],
  ];
  let edgeStudy: string;

  beforeAll(async () => {
    const { otherInterviewer: joris } = await createPersonas(t, ['otherInterviewer']);
    edgeStudy = (await json(t, 'POST', '/api/studies', lead.cookie, { name: 'Matrix edges', topiclist: { id: 'matrix-test', version: 1 }, minGroupSize: 1 })).json().id;
    await json(t, 'POST', `/api/studies/${edgeStudy}/members`, lead.cookie, { userId: joris.id });
    for (const [n, [organisation, values]] of EDGE.entries()) {
      const r = (await json(t, 'POST', `/api/studies/${edgeStudy}/respondents`, lead.cookie, { organisation, role: 'regisseur', region: 'Zuid' })).json();
      const iv = (await json(t, 'POST', `/api/studies/${edgeStudy}/interviews`, lead.cookie, { respondentId: r.id, interviewerIds: [joris.id] })).json();
      await json(t, 'POST', `/api/interviews/${iv.id}/consent`, joris.cookie, { given: true, version: 'v1' });
      const ops = ITEMS.flatMap((itemId, i) => (values[i] === '-' ? [] : [{ opId: `edge-${n}-${i}`, itemId, value: values[i] }]));
      expect((await json(t, 'POST', `/api/interviews/${iv.id}/sync`, joris.cookie, { ops })).statusCode).toBe(200);
      await json(t, 'POST', `/api/interviews/${iv.id}/status`, joris.cookie, { status: 'completed' });
    }
  });

  const empty = { n: 0, mean: null, median: null, sd: null, distribution: {} };
  it('has no statistics for a cell of only "don\'t know" and "not applicable", and no sd for a single value', async () => {
    const m = (await json(t, 'GET', `/api/studies/${edgeStudy}/matrix?by=organisation`, lead.cookie)).json();
    const cells = (key: string) => (key === 'total' ? m.total : m.groups.find((g: { key: string }) => g.key === key)).cells.map(({ dimension, level, ...rest }: Record<string, unknown>) => ({ cell: `${dimension}/${level}`, ...rest }));
    expect(m.groups.map((g: { key: string; n: number; suppressed: boolean }) => [g.key, g.n, g.suppressed])).toEqual([
      ['Edge', 2, false],
      ['Rand', 1, false],
    ]);
    expect(cells('Edge')).toEqual([
      // E1: 5 (its "don't know" does not count); E2: n.v.t. and don't know, so don't know.
      { cell: 'trust/individual', n: 1, mean: 5, median: 5, sd: null, distribution: { 5: 1 }, na: 0, dk: 1 },
      { cell: 'trust/chain', ...empty, na: 1, dk: 1 },
      { cell: 'speed/individual', ...empty, na: 0, dk: 0 },
      { cell: 'speed/chain', n: 2, mean: 3.5, median: 3.5, sd: expect.closeTo(Math.SQRT1_2, 12), distribution: { 3: 1, 4: 1 }, na: 0, dk: 0 },
    ]);
    expect(cells('Rand')).toEqual([
      { cell: 'trust/individual', n: 1, mean: 2.5, median: 2.5, sd: null, distribution: { 3: 1 }, na: 0, dk: 0 },
      { cell: 'trust/chain', n: 1, mean: 1, median: 1, sd: null, distribution: { 1: 1 }, na: 0, dk: 0 },
      { cell: 'speed/individual', n: 1, mean: 4, median: 4, sd: null, distribution: { 4: 1 }, na: 0, dk: 0 },
      { cell: 'speed/chain', ...empty, na: 1, dk: 0 },
    ]);
    expect(cells('total')).toEqual([
      { cell: 'trust/individual', n: 2, mean: 3.75, median: 3.75, sd: expect.closeTo(2.5 * Math.SQRT1_2, 12), distribution: { 3: 1, 5: 1 }, na: 0, dk: 1 },
      { cell: 'trust/chain', n: 1, mean: 1, median: 1, sd: null, distribution: { 1: 1 }, na: 1, dk: 1 },
      { cell: 'speed/individual', n: 1, mean: 4, median: 4, sd: null, distribution: { 4: 1 }, na: 0, dk: 0 },
      { cell: 'speed/chain', n: 2, mean: 3.5, median: 3.5, sd: expect.closeTo(Math.SQRT1_2, 12), distribution: { 3: 1, 4: 1 }, na: 1, dk: 0 },
    ]);
  });
});
