// Topic list drafts: a topic list designed in the browser, saved as it is edited (valid or
// not) and published as the next immutable version. Imports only zod: shared with the client.
import { z } from 'zod';
import { errorIssueSchema } from './api.ts';
import { TOPICLIST_ID } from './topiclist.ts';

const ref = z.object({
  id: z.string().regex(TOPICLIST_ID, { error: 'a topic list id uses only a-z, 0-9 and "-"' }),
  version: z.number().int().positive().optional(),
});

/** A new draft: empty, or a copy of a stored version (the latest when none is named). */
export const createDraftSchema = z.discriminatedUnion(
  'from',
  [z.object({ from: z.literal('blank'), id: ref.shape.id.optional() }), z.object({ from: z.literal('copy'), topiclist: ref })],
  { error: 'from is "blank" or "copy"' },
);
export type CreateDraft = z.infer<typeof createDraftSchema>;

/** The document as it stands: a map, whatever it holds; the rules are checked, not enforced. */
export const draftContentSchema = z.record(z.string(), z.unknown(), { error: 'the content of a draft is a topic list map' });

export const saveDraftSchema = z.object({
  content: draftContentSchema,
  /** The revision this edit was made on; an older one is refused (409), never merged. */
  baseRevision: z.number().int().positive(),
});
export type SaveDraft = z.infer<typeof saveDraftSchema>;

export const publishDraftSchema = z.object({
  /** Publish only if the draft is still at this revision (what the lead has seen). */
  revision: z.number().int().positive().optional(),
  /** Publish even though answers will not compare with the previous version. */
  confirmBreaking: z.boolean().optional(),
});

export const draftParamsSchema = z.object({ id: z.uuid({ error: 'a draft id is a UUID' }) });

const person = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const draftSummarySchema = z
  .object({
    id: z.uuid(),
    /** The id in the content (null while it has none). */
    topiclistId: z.string().nullable(),
    /** The title as it stands, possibly still empty. */
    title: z.union([z.string(), z.record(z.string(), z.string())]).nullable(),
    base: z.object({ id: z.string(), version: z.number().int() }).nullable(),
    /** The latest stored version under `topiclistId`: publishing makes the next one. */
    latestVersion: z.number().int().nullable(),
    revision: z.number().int(),
    problems: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    updatedBy: person,
  })
  .meta({ id: 'TopicListDraftSummary' });
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const draftSchema = draftSummarySchema
  .extend({
    content: draftContentSchema,
    /** Every problem of the content by path, as a file would get them. */
    issues: z.array(errorIssueSchema),
  })
  .meta({ id: 'TopicListDraft' });
export type Draft = z.infer<typeof draftSchema>;

export const savedDraftSchema = draftSchema.pick({ id: true, revision: true, updatedAt: true, issues: true, problems: true, latestVersion: true });
