// Anonymised exports: every format goes through the same records and the same scrubber,
// is produced as a stream, and is logged (who, when, format, options, sha256 of the file).
import { createHash } from 'node:crypto';
import type { IdentityKey } from '../auth/identity-crypto.ts';
import type { ExportQuery } from '../contract/exports.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../errors.ts';
import { buildCodebook } from '../export/codebook.ts';
import { buildScrubber, exportRecords, type Found } from '../export/dataset.ts';
import { csvZip, jsonDocument } from '../export/formats.ts';
import { exportStructure } from '../export/structure.ts';
import { rZip, spssZip } from '../export/syntax.ts';
import type { FormatInput } from '../export/formats.ts';
import * as q from '../queries/exports.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireStudy } from './studies.ts';
import { getTopicListVersionCached } from './topiclists.ts';

/** exceljs and xmlbuilder2 are large: loaded on the first export that needs them, not at start. */
const later =
  (load: () => Promise<(input: FormatInput) => AsyncIterable<Uint8Array>>) =>
  async function* (input: FormatInput): AsyncGenerator<Uint8Array> {
    yield* (await load())(input);
  };
const xlsxWorkbook = later(async () => (await import('../export/xlsx.ts')).xlsxWorkbook);
const qdpxProject = later(async () => (await import('../export/qdpx.ts')).qdpxProject);

const FORMATS = {
  csv: { write: csvZip, type: 'application/zip', extension: 'zip' },
  json: { write: jsonDocument, type: 'application/json; charset=utf-8', extension: 'json' },
  sps: { write: spssZip, type: 'application/zip', extension: 'spss.zip' },
  r: { write: rZip, type: 'application/zip', extension: 'r.zip' },
  xlsx: { write: xlsxWorkbook, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  qdpx: { write: qdpxProject, type: 'application/zip', extension: 'qdpx' },
};

/** The study's topic list, with what its interviews on earlier versions answered besides. */
async function structureOf(db: Db, study: { id: string; topiclistId: string; topiclistVersion: number }) {
  const current = await getTopicListVersionCached(db, study.topiclistId, study.topiclistVersion);
  const others = await q.otherVersionsOf(db, study.id, study.topiclistId, study.topiclistVersion);
  return exportStructure(current, await Promise.all(others.map((v) => getTopicListVersionCached(db, v.topiclistId, v.topiclistVersion))));
}

export async function startExport(db: Db, key: IdentityKey, actor: Actor, studyId: string, options: ExportQuery) {
  const study = await requireStudy(db, actor, studyId);
  const topicList = await structureOf(db, study);
  const scrubber = await buildScrubber(db, key, studyId);
  const codebook = buildCodebook(topicList);
  const format = FORMATS[options.format];
  const exportedIn = new Date().toISOString().slice(0, 7);
  const meta = {
    format: 'leidraad-export',
    formatVersion: 1,
    study: study.name,
    topiclist: { id: study.topiclistId, version: study.topiclistVersion },
    exported: exportedIn,
    options,
  };
  const chunks = format.write({ topicList, codebook, meta, records: () => exportRecords(db, studyId, topicList, scrubber, options) });
  async function* logged() {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.length;
      yield chunk;
    }
    await audit(db, actor, { action: 'export.created', studyId, targetType: 'study', targetId: studyId, details: { format: options.format, options, bytes, sha256: hash.digest('hex') } });
  }
  const slug = study.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'study';
  return { stream: logged(), contentType: format.type, filename: `leidraad-${slug}-${exportedIn}.${format.extension}` };
}

/** The review step: every replacement in context. Informs; the export never waits for it. */
export async function previewExport(db: Db, key: IdentityKey, actor: Actor, studyId: string, options: Pick<ExportQuery, 'include'>) {
  const study = await requireStudy(db, actor, studyId);
  const topicList = await structureOf(db, study);
  const scrubber = await buildScrubber(db, key, studyId);
  const found: Found[] = [];
  for await (const _ of exportRecords(db, studyId, topicList, scrubber, { include: options.include, dates: 'month', freeText: 'keep' }, (f) => found.push(f))) {
    // the records themselves are not needed here
  }
  const byKind: Record<string, number> = {};
  for (const f of found) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  await audit(db, actor, { action: 'export.previewed', studyId, targetType: 'study', targetId: studyId });
  return {
    total: found.length,
    byKind,
    replacements: found.map((f) => ({ respondent: f.respondent, itemId: f.itemId, field: f.field, kind: f.kind, original: f.original, replacement: f.replacement, context: f.context })),
  };
}

export async function listTerms(db: Db, actor: Actor, studyId: string) {
  await requireStudy(db, actor, studyId);
  return (await q.listRedactionTerms(db, studyId)).map((t) => ({ ...t, createdAt: t.createdAt.toISOString() }));
}

export async function addTerm(db: Db, actor: Actor, studyId: string, term: { term: string; category: 'persoon' | 'plaats' | 'organisatie' | 'overig' }) {
  await requireStudy(db, actor, studyId);
  const added = await q.insertRedactionTerm(db, { studyId, ...term, createdBy: actor.id });
  if (added) await audit(db, actor, { action: 'export.term_added', studyId, targetType: 'redaction_term', targetId: added.id });
  return { added: Boolean(added), terms: await listTerms(db, actor, studyId) };
}

export async function removeTerm(db: Db, actor: Actor, studyId: string, id: string) {
  await requireStudy(db, actor, studyId);
  if (!(await q.deleteRedactionTerm(db, studyId, id))) throw errors.redactionTermNotFound(id);
  await audit(db, actor, { action: 'export.term_removed', studyId, targetType: 'redaction_term', targetId: id });
}
