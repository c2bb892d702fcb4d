// Request and response shapes of the HTTP API. Imports only zod: shared with the client.
import { z } from 'zod';
import { labelSchema, topicListShape, TOPICLIST_ID } from './topiclist.ts';

export const errorIssueSchema = z.object({
  path: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  sheet: z.string().optional().describe('in a workbook: the sheet; line is then the row'),
  cell: z.string().optional().describe('in a workbook: the cell, such as C7'),
  message: z.string(),
});

// Loose: some errors carry more beside `error` (a conflict carries `current`).
export const errorBodySchema = z
  .looseObject({
    error: z.object({
      code: z.string().describe('stable dotted code, e.g. topiclist.invalid'),
      message: z.string(),
      issues: z.array(errorIssueSchema).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const healthSchema = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['embedded', 'postgres']),
    version: z.string(),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;

export const topicListEntrySchema = z
  .object({
    id: z.string(),
    version: z.number().int().positive(),
    title: labelSchema,
    languages: z.array(z.string()),
    levelCount: z.number().int(),
    itemCount: z.number().int(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'TopicListEntry' });
export type TopicListEntry = z.infer<typeof topicListEntrySchema>;

/** A full topic list version: the JSON form of its file plus `version`. */
export const topicListVersionSchema = topicListShape
  .extend({ version: z.number().int().positive() })
  .meta({ id: 'TopicListVersion' });
export type TopicListVersion = z.infer<typeof topicListVersionSchema>;

export const TOPICLIST_DOWNLOAD_FORMATS = ['yaml', 'xlsx'] as const;
export const topicListDownloadQuerySchema = z.object({
  format: z
    .enum(TOPICLIST_DOWNLOAD_FORMATS, { error: 'format is yaml or xlsx' })
    .default('yaml')
    .describe('yaml: a topic list file; xlsx: the same as an Excel workbook (sheets settings, levels, topics, items, ...)'),
});
export type TopicListDownloadFormat = (typeof TOPICLIST_DOWNLOAD_FORMATS)[number];

export const topicListParamsSchema = z.object({
  id: z.string().regex(TOPICLIST_ID, { error: 'a topic list id uses only a-z, 0-9 and "-"' }),
});
export const topicListVersionParamsSchema = topicListParamsSchema.extend({
  version: z.coerce
    .number({ error: 'a version is a whole number from 1' })
    .int({ error: 'a version is a whole number from 1' })
    .positive({ error: 'a version is a whole number from 1' }),
});
