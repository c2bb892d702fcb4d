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
  // Sorting and hashing a few hundred thousand answers in memory, not on disk.
  const rows = await db.transaction(async (tx) => {
    await queryRows(tx, sql`set local work_mem = '64MB'`);
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
 * One pass over the study's matrix answers. Group statistics need only answered cells (a
 * cell never asked adds to no count), so this starts from the counted interviews' answers.
 * The distribution is counted per scale point in the same pass (points from the scale).
 */
export function groupCellsQuery(studyId: string, by: keyof typeof GROUP_COLUMNS, all: boolean, scale: { min: number; max: number } | null) {
  const column = GROUP_COLUMNS[by];
  const points = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i) : [];
  const distribution = points.length
    ? sql`jsonb_strip_nulls(jsonb_build_object(${sql.join(
        points.map((p) => sql`${String(p)}::text, nullif(count(*) filter (where floor(value + 0.5) = ${p}), 0)`),
        sql`, `,
      )}))`
    : sql`'{}'::jsonb`;
  return sql`with counted as materialized (
      select c.interview_id, c.topiclist_id, c.topiclist_version, ${column} as key
      from (${counted(studyId, all)}) c join respondents r on r.id = c.respondent_id
    ),
    items as materialized (
      select topiclist_id, version, item_id, dimension_id, level_id from topiclist_items
      where dimension_id is not null
        and (topiclist_id, version) in (select distinct topiclist_id, topiclist_version from counted)
    ),
    -- Each counted interview's matrix answers, probed by primary key. Materialised, so the
    -- planner cannot first multiply interviews by items and probe once per pair.
    scored as materialized (
      select c.interview_id, c.key, c.topiclist_id, c.topiclist_version, a.item_id, a.score, a.special
      from counted c
      join answers a on a.interview_id = c.interview_id and a.item_id = any (array(select item_id from items))
    ),
    cells as (
      select s.key, i.dimension_id as dimension, i.level_id as level,
             avg(s.score) as value, bool_or(s.special = 'dk') as dk, bool_or(s.special = 'na') as na
      from scored s
      join items i on i.item_id = s.item_id and i.topiclist_id = s.topiclist_id and i.version = s.topiclist_version
      group by s.interview_id, s.key, i.dimension_id, i.level_id
    )
    select key, dimension, level, grouping(key) = 1 as total,
           count(value)::int as n,
           avg(value)::float8 as mean,
           percentile_cont(0.5) within group (order by value)::float8 as median,
           stddev_samp(value)::float8 as sd,
           count(*) filter (where value is null and not dk and na)::int as na,
           count(*) filter (where value is null and dk)::int as dk,
           ${distribution} as distribution
    from cells
    group by grouping sets ((key, dimension, level), (dimension, level))
    order by total, key, dimension, level`;
}
