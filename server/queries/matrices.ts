// The satisfaction matrix in SQL: a cell is the mean of the scale items that a topic list
// tags with (dimension, level), per respondent, and its statistics per group.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/database.ts';

export type CellStatus = 'answered' | 'not_applicable' | 'dont_know' | 'not_asked';

/**
 * Per respondent and cell: the mean of the answered scale values; otherwise "don't know"
 * before "not applicable" (a judgement was possible but not given), else not asked.
 */
const cellsOf = (interviews: ReturnType<typeof sql>) => sql`
  select c.interview_id, c.respondent_id, ti.dimension_id as dimension, ti.level_id as level,
         avg(a.score) as value,
         coalesce(bool_or(a.special = 'dk'), false) as dk,
         coalesce(bool_or(a.special = 'na'), false) as na,
         count(*)::int as items
  from (${interviews}) c
  join topiclist_items ti
    on ti.topiclist_id = c.topiclist_id and ti.version = c.topiclist_version and ti.dimension_id is not null
  left join answers a on a.interview_id = c.interview_id and a.item_id = ti.item_id
  group by c.interview_id, c.respondent_id, ti.dimension_id, ti.level_id`;

const statusOf = sql`case when value is not null then 'answered' when dk then 'dont_know' when na then 'not_applicable' else 'not_asked' end`;

export function respondentCells(db: Db, interviewId: string) {
  const one = sql`select id as interview_id, respondent_id, topiclist_id, topiclist_version from interviews where id = ${interviewId}`;
  return queryRows<{ dimension: string; level: string; value: number | null; status: CellStatus; items: number }>(
    db,
    sql`select dimension, level, value, ${statusOf} as status, items from (${cellsOf(one)}) cells`,
  );
}

export const GROUP_COLUMNS = { organisation: sql`r.organisation`, region: sql`r.region`, role: sql`r.role` } as const;

/** The interviews that count: per respondent the latest (completed or approved, unless all). */
function counted(studyId: string, all: boolean) {
  return sql`select distinct on (i.respondent_id) i.id as interview_id, i.respondent_id, i.topiclist_id, i.topiclist_version
    from interviews i
    where i.study_id = ${studyId} ${all ? sql`` : sql`and i.status in ('completed', 'approved')`}
    order by i.respondent_id, i.updated_at desc`;
}

export interface GroupCellRow {
  key: string;
  dimension: string;
  level: string;
  n: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  na: number;
  dk: number;
  distribution: Record<string, number> | null;
}

/**
 * Statistics per group and cell, plus the total as key null; and the respondents per group.
 * One statement: respondent cells, then grouped aggregates with GROUPING SETS.
 */
export async function groupCells(db: Db, studyId: string, by: keyof typeof GROUP_COLUMNS, all: boolean, scale: { min: number; max: number } | null) {
  const column = GROUP_COLUMNS[by];
  const rows = await db.transaction(async (tx) => {
    // Hashing the study's answers in memory, not in batches on disk; and no JIT compilation,
    // which for a statement of this size costs far more than it saves once estimates grow.
    await queryRows(tx, sql`select set_config('work_mem', '64MB', true), set_config('jit', 'off', true)`);
    return queryRows<GroupCellRow & { total: boolean }>(tx, groupCellsQuery(studyId, by, all, scale));
  });
  const sizes = await queryRows<{ key: string | null; n: number }>(
    db,
    sql`select ${column} as key, count(*)::int as n from (${counted(studyId, all)}) c join respondents r on r.id = c.respondent_id
        group by grouping sets ((${column}), ()) order by 1`,
  );
  return { rows, sizes };
}

/**
 * Statistics per group and cell in one statement that hashes, never sorts, the answers.
 * Group statistics need only answered cells (a cell never asked adds to no count).
 *
 * Most cells hold one item, and then a respondent's cell is that one answer: those answers
 * are counted per (group, item, value) straight away, a few hundred rows, and only the
 * answers of cells with several items are grouped per respondent first. Every statistic then
 * comes from the tally of respondents per (group, cell, value, dk, na): n, mean and sd
 * (two-pass, over the tally), the distribution, NA and DK, and the median as percentile_cont
 * computes it (the middle value, or lo + 0.5 * (hi - lo) of the middle two), without sorting
 * the respondents as an ordered-set aggregate would. Grouping sets give the total.
 */
export function groupCellsQuery(studyId: string, by: keyof typeof GROUP_COLUMNS, all: boolean, scale: { min: number; max: number } | null) {
  const column = GROUP_COLUMNS[by];
  const points = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i) : [];
  const distribution = points.length
    ? sql`jsonb_strip_nulls(jsonb_build_object(${sql.join(
        points.map((p) => sql`${String(p)}::text, sum(times) filter (where floor(value + 0.5) = ${p})`),
        sql`, `,
      )}))`
    : sql`'{}'::jsonb`;
  // The counted interviews joined back to interviews, so that the planner hashes them (it
  // knows iv.id is unique) and probes with the answers, rather than hashing the answers.
  const countedWithGroup = sql`(counted c
      join interviews iv on iv.id = c.interview_id
      join respondents r on r.id = iv.respondent_id)`;
  // The item shares its cell with another item of the same topic list version.
  const shared = sql`exists (select from topiclist_items o where o.topiclist_id = ti.topiclist_id and o.version = ti.version
      and o.dimension_id = ti.dimension_id and o.level_id = ti.level_id and o.item_id <> ti.item_id)`;
  // Chosen once, so that both passes below see the same interview of each respondent.
  return sql`with counted as materialized (select interview_id from (${counted(studyId, all)}) c),
    answered as (
      select ${column} as key, iv.topiclist_id, iv.topiclist_version, a.item_id, a.score, a.special, count(*)::int as times
      from answers a
      join ${countedWithGroup} on iv.id = a.interview_id
      group by ${column}, iv.topiclist_id, iv.topiclist_version, a.item_id, a.score, a.special
    ),
    -- Respondent cells with their number of respondents: the mean of several items is
    -- avg's own sum / count, "don't know" and "not applicable" if any item says so.
    cells as (
      select s.key, ti.dimension_id as dimension, ti.level_id as level,
             s.score as value, s.special = 'dk' as dk, s.special = 'na' as na, s.times
      from answered s
      join topiclist_items ti on ti.topiclist_id = s.topiclist_id and ti.version = s.topiclist_version and ti.item_id = s.item_id
      where ti.dimension_id is not null and not ${shared}
      union all
      select ${column}, ti.dimension_id, ti.level_id,
             sum(a.score) / count(a.score), bool_or(a.special = 'dk'), bool_or(a.special = 'na'), 1
      from answers a
      join ${countedWithGroup} on iv.id = a.interview_id
      join topiclist_items ti on ti.topiclist_id = iv.topiclist_id and ti.version = iv.topiclist_version and ti.item_id = a.item_id
      where ti.dimension_id is not null and ${shared}
        -- Versions the study uses: without cells of several items there, no second pass.
        and (ti.topiclist_id, ti.version) in (select topiclist_id, topiclist_version from interviews where study_id = ${studyId})
      group by iv.id, ${column}, ti.dimension_id, ti.level_id
    ),
    tally as (
      select key, dimension, level, grouping(key) = 1 as total, value, dk, na, sum(times)::int as times
      from cells
      group by grouping sets ((key, dimension, level, value, dk, na), (dimension, level, value, dk, na))
    ),
    running as (
      select *,
             sum(times) filter (where value is not null) over cell as n,
             (sum(value * times) over cell / sum(times) filter (where value is not null) over cell)::float8 as mean,
             sum(times) filter (where value is not null) over (cell order by value) as upto
      from tally
      window cell as (partition by total, key, dimension, level)
    ),
    summary as (
      select key, dimension, level, total,
             coalesce(max(n), 0)::int as n,
             max(mean) as mean,
             min(value) filter (where upto > floor((n - 1) / 2.0)) as lo,
             min(value) filter (where upto > ceil((n - 1) / 2.0)) as hi,
             sum(times * (value - mean) * (value - mean)) as squares,
             coalesce(sum(times) filter (where value is null and not dk and na), 0)::int as na,
             coalesce(sum(times) filter (where value is null and dk), 0)::int as dk,
             ${distribution} as distribution
      from running
      group by key, dimension, level, total
    )
    select key, dimension, level, total, n, mean,
           (case when lo = hi then lo else lo + 0.5 * (hi - lo) end)::float8 as median,
           (case when n > 1 then sqrt(squares / (n - 1)) end)::float8 as sd,
           na, dk, distribution
    from summary
    order by total, key, dimension, level`;
}
