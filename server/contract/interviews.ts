// Interviews, answers, the offline outbox and live events. Imports only zod.
import { z } from 'zod';
import { MAX_TEXT } from './answer-values.ts';

export const INTERVIEW_STATUSES = ['planned', 'in_progress', 'completed', 'approved', 'has_issues'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const createInterviewSchema = z
  .object({
    respondentId: z.uuid(),
    interviewerIds: z.array(z.uuid()).min(1, { error: 'one or two interviewers' }).max(2, { error: 'one or two interviewers' }).optional(),
    pairId: z.uuid().optional(),
    dossier: z.string().trim().max(200).optional().describe('dossier reference: identifying, shown to the interview’s own people, never exported'),
  })
  .refine((v) => Boolean(v.interviewerIds) !== Boolean(v.pairId), { error: 'give interviewerIds or pairId (one of them)', path: ['interviewerIds'] });

const person = z.object({ id: z.uuid(), name: z.string() });

export const answerSchema = z
  .object({
    itemId: z.string(),
    value: z.unknown().describe('the answer: text, number, option id(s), true/false, YYYY-MM-DD, "na"/"dk", or null'),
    note: z.string().nullable(),
    revision: z.number().int(),
    updatedAt: z.iso.datetime({ offset: true }),
    updatedBy: z.uuid().nullable(),
  })
  .meta({ id: 'Answer' });
export type Answer = z.infer<typeof answerSchema>;

export const consentSchema = z.object({
  given: z.boolean(),
  version: z.string().trim().min(1).max(100).describe('version of the consent text that was read'),
});
export const consentStateSchema = consentSchema
  .extend({ at: z.iso.datetime({ offset: true }), by: person })
  .meta({ id: 'Consent' });

export const interviewSummarySchema = z
  .object({
    id: z.uuid(),
    studyId: z.uuid(),
    studyName: z.string(),
    status: z.enum(INTERVIEW_STATUSES),
    respondent: z.object({ id: z.uuid(), code: z.string(), organisation: z.string(), role: z.string(), region: z.string() }),
    interviewers: z.array(person),
    topiclist: z.object({ id: z.string(), version: z.number().int() }),
    answered: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'InterviewSummary' });

export const interviewSchema = interviewSummarySchema
  .extend({
    statusComment: z.string().nullable(),
    dossier: z.string().nullable(),
    consent: consentStateSchema.nullable(),
    answers: z.array(answerSchema),
    timing: z.array(z.object({ topicId: z.string(), seconds: z.number() })),
    eventSeq: z.number().int().describe('number of the last live event; resume the event stream from here'),
  })
  .meta({ id: 'Interview' });

export const statusChangeSchema = z.object({
  status: z.enum(['in_progress', 'completed', 'approved', 'has_issues'], { error: 'status is in_progress, completed, approved or has_issues' }),
  comment: z.string().trim().max(5000).optional(),
});

const opId = z.string().min(8, { error: 'an opId is 8 to 100 characters' }).max(100, { error: 'an opId is 8 to 100 characters' });
export const putAnswerSchema = z.object({
  value: z.json({ error: 'value is required (null clears the answer)' }),
  note: z.string().max(MAX_TEXT).nullable().optional(),
  baseRevision: z.number().int().min(0).optional().describe('the revision this change was made on; 0 for a new answer'),
  opId,
});
export const syncOpSchema = putAnswerSchema.extend({ itemId: z.string().min(1).max(100) });
export const MAX_SYNC_OPS = 5000;
export const syncSchema = z.object({ ops: z.array(syncOpSchema).max(MAX_SYNC_OPS, { error: `at most ${MAX_SYNC_OPS} operations per call` }) });
export type SyncOp = z.infer<typeof syncOpSchema>;

export const syncResultSchema = z
  .object({
    opId: z.string(),
    status: z.enum(['applied', 'duplicate', 'conflict']),
    itemId: z.string(),
    revision: z.number().int(),
    value: z.unknown().optional(),
    note: z.string().nullable().optional(),
    updatedAt: z.string().optional(),
    updatedBy: z.string().nullable().optional(),
    current: answerSchema.nullable().optional().describe('with conflict: the answer as it stands (null: none yet)'),
  })
  .meta({ id: 'SyncResult' });
export type SyncResult = z.infer<typeof syncResultSchema>;

export const timingsSchema = z.object({
  intervals: z
    .array(z.object({ topicId: z.string().min(1).max(100), openedAt: z.iso.datetime({ offset: true }), closedAt: z.iso.datetime({ offset: true }) }))
    .min(1)
    .max(1000),
});
export const presenceSchema = z.object({ topicId: z.string().max(100).nullable() });

export const interviewParams = z.object({ id: z.uuid({ error: 'must be a UUID' }) });
export const answerParams = interviewParams.extend({ itemId: z.string().min(1).max(100) });
