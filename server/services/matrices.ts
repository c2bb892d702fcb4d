// Satisfaction matrices shaped by the topic list's own dimensions and levels, with small
// groups suppressed so that no respondent can be singled out.
import type { z } from 'zod';
import type { studyMatrixQuerySchema } from '../contract/matrices.ts';
import type { TopicList } from '../contract/topiclist.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import { getInterviewSummary } from '../queries/interviews.ts';
import * as q from '../queries/matrices.ts';
import type { Actor } from './actor.ts';
import { requireInterview } from './interviews.ts';
import { requireStudy } from './studies.ts';
import { getTopicListVersionCached } from './topiclists.ts';

/** The matrix's axes: dimensions in the list's order; levels that hold matrix items, in order. */
export function axes(topicList: TopicList) {
  const tagged = topicList.levels.filter((l) => l.topics.some((t) => t.items.some((i) => i.dimension)));
  const scaleIds = new Set(tagged.flatMap((l) => l.topics.flatMap((t) => t.items.filter((i) => i.dimension).map((i) => i.scale!))));
  const scales = [...scaleIds].map((id) => topicList.scales?.[id]).filter((s) => s !== undefined);
  return {
    dimensions: (topicList.dimensions ?? []).map((d) => ({ id: d.id, label: d.label })),
    levels: tagged.map((l) => ({ id: l.id, label: l.label })),
    scale: scales.length ? { min: Math.min(...scales.map((s) => s.min)), max: Math.max(...scales.map((s) => s.max)) } : null,
  };
}

/** Interviewers see their own respondents' matrices; analysts those of their studies. */
async function matrixInterview(db: Db, actor: Actor, interviewId: string) {
  if (actor.role !== 'analyst') return requireInterview(db, actor, interviewId);
  const interview = await getInterviewSummary(db, interviewId);
  if (!interview) throw errors.interviewNotFound(interviewId);
  await requireStudy(db, actor, interview.studyId).catch(() => {
    throw errors.interviewNotFound(interviewId);
  });
  return interview;
}

export async function respondentMatrix(db: Db, actor: Actor, interviewId: string) {
  const interview = await matrixInterview(db, actor, interviewId);
  const topicList = await getTopicListVersionCached(db, interview.topiclistId, interview.topiclistVersion);
  const { dimensions, levels, scale } = axes(topicList);
  const rows = await q.respondentCells(db, interviewId);
  const at = new Map(rows.map((r) => [`${r.dimension}\u0000${r.level}`, r]));
  return {
    respondent: { code: interview.respondentCode, organisation: interview.organisation, role: interview.role, region: interview.region },
    interview: { id: interview.id, status: interview.status },
    topiclist: { id: interview.topiclistId, version: interview.topiclistVersion },
    dimensions,
    levels,
    scale,
    // The full grid: a (dimension, level) without any item is "not asked" too.
    cells: dimensions.flatMap((d) =>
      levels.map((l) => {
        const r = at.get(`${d.id}\u0000${l.id}`);
        return { dimension: d.id, level: l.id, value: r?.value ?? null, status: r?.status ?? ('not_asked' as const), items: r?.items ?? 0 };
      }),
    ),
  };
}

interface GroupSize {
  key: string;
  n: number;
}

/**
 * Which groups to suppress: primary, fewer than k respondents; secondary, when the
 * suppressed groups together have fewer than k (the total minus the published groups would
 * give them away), the smallest published groups join them until they reach k.
 */
export function suppression(groups: GroupSize[], k: number): Map<string, 'below_threshold' | 'secondary'> {
  const out = new Map<string, 'below_threshold' | 'secondary'>();
  for (const g of groups) if (g.n < k) out.set(g.key, 'below_threshold');
  if (out.size === 0) return out;
  let hidden = groups.filter((g) => out.has(g.key)).reduce((sum, g) => sum + g.n, 0);
  const published = groups.filter((g) => !out.has(g.key)).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  while ((hidden < k || out.size === 1) && published.length > 0) {
    const next = published.shift()!;
    out.set(next.key, 'secondary');
    hidden += next.n;
  }
  return out;
}

export async function studyMatrix(db: Db, actor: Actor, studyId: string, query: z.infer<typeof studyMatrixQuerySchema>) {
  const study = await requireStudy(db, actor, studyId);
  const topicList = await getTopicListVersionCached(db, study.topiclistId, study.topiclistVersion);
  const { dimensions, levels, scale } = axes(topicList);
  const { rows, sizes } = await q.groupCells(db, studyId, query.by, query.include === 'all', scale);
  const groupSizes = sizes.filter((s): s is GroupSize => s.key !== null);
  const totalN = sizes.find((s) => s.key === null)?.n ?? 0;
  const hidden = suppression(groupSizes, study.minGroupSize);

  const cellsFor = (match: (r: q.GroupCellRow & { total: boolean }) => boolean) => {
    const mine = new Map(rows.filter(match).map((r) => [`${r.dimension}\u0000${r.level}`, r]));
    return dimensions.flatMap((d) =>
      levels.map((l) => {
        const r = mine.get(`${d.id}\u0000${l.id}`);
        return { dimension: d.id, level: l.id, n: r?.n ?? 0, mean: r?.mean ?? null, median: r?.median ?? null, sd: r?.sd ?? null, distribution: r?.distribution ?? {}, na: r?.na ?? 0, dk: r?.dk ?? 0 };
      }),
    );
  };
  const totalSuppressed = totalN < study.minGroupSize;
  return {
    by: query.by,
    k: study.minGroupSize,
    include: query.include,
    dimensions,
    levels,
    scale,
    groups: groupSizes.map((g) =>
      hidden.has(g.key)
        ? { key: g.key, n: g.n, suppressed: true, reason: hidden.get(g.key)!, cells: [] }
        : { key: g.key, n: g.n, suppressed: false, cells: cellsFor((r) => !r.total && r.key === g.key) },
    ),
    total: totalSuppressed
      ? { key: 'total', n: totalN, suppressed: true, reason: 'below_threshold' as const, cells: [] }
      : { key: 'total', n: totalN, suppressed: false, cells: cellsFor((r) => r.total) },
  };
}
