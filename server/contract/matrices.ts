// Satisfaction matrices: per respondent, and aggregated per group. Imports only zod.
import { z } from 'zod';
import { labelSchema } from './topiclist.ts';

export const CELL_STATUSES = ['answered', 'not_applicable', 'dont_know', 'not_asked'] as const;
export const GROUP_BY = ['organisation', 'region', 'role'] as const;

const axis = z.array(z.object({ id: z.string(), label: labelSchema }));

export const respondentMatrixSchema = z
  .object({
    respondent: z.object({ code: z.string(), organisation: z.string(), role: z.string(), region: z.string() }),
    interview: z.object({ id: z.uuid(), status: z.string() }),
    topiclist: z.object({ id: z.string(), version: z.number().int() }),
    dimensions: axis,
    levels: axis,
    scale: z.object({ min: z.number(), max: z.number() }).nullable().describe('range of the matrix items’ scale, for colouring'),
    cells: z.array(
      z.object({
        dimension: z.string(),
        level: z.string(),
        value: z.number().nullable().describe('the scale value; the mean when a cell has several answered items'),
        status: z.enum(CELL_STATUSES),
        items: z.number().int().describe('scale items in this cell'),
      }),
    ),
  })
  .meta({ id: 'RespondentMatrix' });

const groupCell = z.object({
  dimension: z.string(),
  level: z.string(),
  n: z.number().int().describe('respondents with a value in this cell'),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  sd: z.number().nullable().describe('sample standard deviation; null below 2 values'),
  distribution: z.record(z.string(), z.number().int()).describe('respondents per scale point (cell values rounded half up)'),
  na: z.number().int(),
  dk: z.number().int(),
});

const group = z.object({
  key: z.string(),
  n: z.number().int().describe('respondents in the group'),
  suppressed: z.boolean(),
  reason: z.enum(['below_threshold', 'secondary']).optional(),
  cells: z.array(groupCell),
});

export const studyMatrixSchema = z
  .object({
    by: z.enum(GROUP_BY),
    k: z.number().int().describe('threshold: groups with fewer respondents are suppressed'),
    include: z.enum(['final', 'all']),
    dimensions: axis,
    levels: axis,
    scale: z.object({ min: z.number(), max: z.number() }).nullable(),
    groups: z.array(group),
    total: group.describe('all counted respondents together'),
  })
  .meta({ id: 'StudyMatrix' });

export const studyMatrixQuerySchema = z.object({
  by: z.enum(GROUP_BY, { error: 'by is organisation, region or role' }).default('organisation'),
  include: z
    .enum(['final', 'all'], { error: 'include is final (completed and approved interviews) or all' })
    .default('final'),
});
