// Anonymised exports, their review step and the study's redaction list. Imports only zod.
import { z } from 'zod';

export const EXPORT_FORMATS = ['csv', 'json', 'sps', 'r', 'xlsx', 'qdpx'] as const;

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format is one of ${EXPORT_FORMATS.join(', ')}` }),
  include: z.enum(['final', 'all']).default('final').describe('final: completed and approved interviews; all: every interview'),
  dates: z.enum(['month', 'year']).default('month').describe('dates coarsened to month or year; never a day or a time'),
  freeText: z.enum(['keep', 'omit']).default('keep').describe('keep (anonymised) or leave out notes and open answers'),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export const previewSchema = z
  .object({
    total: z.number().int(),
    byKind: z.record(z.string(), z.number().int()),
    replacements: z.array(
      z.object({
        respondent: z.string(),
        itemId: z.string(),
        field: z.enum(['value', 'note']),
        kind: z.string(),
        original: z.string(),
        replacement: z.string(),
        context: z.string().describe('the text around the replacement, before anonymisation'),
      }),
    ),
  })
  .meta({ id: 'ExportPreview' });

export const REDACTION_CATEGORIES = ['persoon', 'plaats', 'organisatie', 'overig'] as const;
export const redactionTermSchema = z
  .object({ id: z.uuid(), term: z.string(), category: z.enum(REDACTION_CATEGORIES), createdAt: z.iso.datetime() })
  .meta({ id: 'RedactionTerm' });
export const newRedactionTermSchema = z.object({
  term: z.string().trim().min(2, { error: 'a term has at least 2 characters' }).max(200),
  category: z.enum(REDACTION_CATEGORIES).default('persoon'),
});
