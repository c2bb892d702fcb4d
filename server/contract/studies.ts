// Studies, members, pairs, respondents and the audit log. Imports only zod.
import { z } from 'zod';
import { TOPICLIST_ID } from './topiclist.ts';
import { ROLES, userSchema } from './accounts.ts';

const codeValue = z.string().trim().min(1, { error: 'must not be empty' }).max(100, { error: 'at most 100 characters' });
export const CODE_FIELDS = ['organisation', 'role', 'region'] as const;
export type CodeField = (typeof CODE_FIELDS)[number];

/** Allowed values of a respondent's coded fields; an empty list accepts any short code. */
export const codeListsSchema = z
  .object({
    organisation: z.array(codeValue).max(500).default([]),
    role: z.array(codeValue).max(500).default([]),
    region: z.array(codeValue).max(500).default([]),
  })
  .meta({ id: 'CodeLists' });

export const createStudySchema = z.object({
  name: z.string().trim().min(1).max(200),
  topiclist: z.object({
    id: z.string().regex(TOPICLIST_ID, { error: 'a topic list id uses only a-z, 0-9 and "-"' }),
    version: z.number().int().positive(),
  }),
  minGroupSize: z.number().int().min(1).max(1000).optional(),
  codeLists: codeListsSchema.partial().optional(),
});
export const updateStudySchema = createStudySchema
  .pick({ name: true, minGroupSize: true, codeLists: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: 'nothing to change' });

const member = userSchema.pick({ id: true, name: true, role: true });
export const pairSchema = z
  .object({ id: z.uuid(), code: z.string(), interviewers: z.array(userSchema.pick({ id: true, name: true })) })
  .meta({ id: 'Pair' });

export const studySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    topiclist: z.object({ id: z.string(), version: z.number().int() }),
    minGroupSize: z.number().int(),
    codeLists: codeListsSchema,
    createdAt: z.iso.datetime(),
    members: z.array(member),
    pairs: z.array(pairSchema),
  })
  .meta({ id: 'Study' });
export type Study = z.infer<typeof studySchema>;
export const studySummarySchema = studySchema.pick({ id: true, name: true, topiclist: true, createdAt: true }).meta({ id: 'StudySummary' });

/** Moving a study to a newer version of its topic list; interviews keep the version they have. */
export const moveTopicListSchema = z.object({
  id: z
    .string()
    .regex(TOPICLIST_ID, { error: 'a topic list id uses only a-z, 0-9 and "-"' })
    .optional()
    .describe('the study’s own topic list id; a study cannot change to another list'),
  version: z.number({ error: 'a version is a whole number from 1' }).int({ error: 'a version is a whole number from 1' }).positive({ error: 'a version is a whole number from 1' }),
  confirmBreaking: z.boolean().optional().describe('move even when the new version has breaking changes'),
});

export const addMemberSchema = z.object({ userId: z.uuid() });
export const memberParams = z.object({ id: z.uuid(), userId: z.uuid() });
export const createPairSchema = z.object({
  interviewerIds: z.array(z.uuid()).length(2, { error: 'a pair is two interviewers' }),
});

export const identitySchema = z
  .object({
    name: z.string().trim().max(200).optional(),
    email: z.string().trim().max(254).optional(),
    phone: z.string().trim().max(50).optional(),
    notes: z.string().max(5000).optional(),
  })
  .strict()
  .meta({ id: 'Identity' });
export type Identity = z.infer<typeof identitySchema>;

export const createRespondentSchema = z.object({
  organisation: codeValue,
  role: codeValue,
  region: codeValue,
  identity: identitySchema.optional(),
});
export const respondentSchema = z
  .object({ id: z.uuid(), code: z.string(), organisation: z.string(), role: z.string(), region: z.string(), createdAt: z.iso.datetime() })
  .meta({ id: 'Respondent' });
export const respondentParams = z.object({ id: z.uuid(), respondentId: z.uuid() });
export const identityViewSchema = z
  .object({ respondent: respondentSchema.pick({ id: true, code: true }), identity: identitySchema.nullable() })
  .meta({ id: 'IdentityView' });

export const auditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  actorId: z.uuid().optional(),
  studyId: z.uuid().optional(),
  targetId: z.string().max(200).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  before: z.coerce.number().int().positive().optional().describe('id of the last entry seen, for the next page'),
});
export const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    actor: userSchema.pick({ id: true, name: true }).nullable(),
    action: z.string(),
    studyId: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });

export { ROLES };
