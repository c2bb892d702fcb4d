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
         avg((a.value #>> '{}')::numeric) filter (where jsonb_typeof(a.value) = 'number')::float8 as value,
         coalesce(bool_or(a.value = '"dk"'), false) as dk,
         coalesce(bool_or(a.value = '"na"'), false) as na,
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
export async function groupCells(db: Db, studyId: string, by: keyof typeof GROUP_COLUMNS, all: boolean) {
  const column = GROUP_COLUMNS[by];
  const cells = sql`select ${column} as key, cells.* from (${cellsOf(counted(studyId, all))}) cells join respondents r on r.id = cells.respondent_id`;
  const rows = await queryRows<GroupCellRow & { total: boolean }>(
    db,
    sql`with cells as (${cells}),
      points as (
        select key, dimension, level, floor(value + 0.5)::int as point, grouping(key) = 1 as total, count(*)::int as n
        from cells where value is not null group by grouping sets ((key, dimension, level, point), (dimension, level, point))
      )
      select s.key, s.dimension, s.level, s.total, s.n, s.mean, s.median, s.sd, s.na, s.dk,
             (select jsonb_object_agg(p.point::text, p.n) from points p
               where p.dimension = s.dimension and p.level = s.level and p.total = s.total
                 and (s.total or p.key = s.key)) as distribution
      from (
        select key, dimension, level, grouping(key) = 1 as total,
               count(value)::int as n,
               avg(value)::float8 as mean,
               percentile_cont(0.5) within group (order by value)::float8 as median,
               stddev_samp(value)::float8 as sd,
               count(*) filter (where value is null and not dk and na)::int as na,
               count(*) filter (where value is null and dk)::int as dk
        from cells group by grouping sets ((key, dimension, level), (dimension, level))
      ) s
      order by s.total, s.key, s.dimension, s.level`,
  );
  const sizes = await queryRows<{ key: string | null; n: number }>(
    db,
    sql`select ${column} as key, count(*)::int as n from (${counted(studyId, all)}) c join respondents r on r.id = c.respondent_id
        group by grouping sets ((${column}), ()) order by 1`,
  );
  return { rows, sizes };
}
