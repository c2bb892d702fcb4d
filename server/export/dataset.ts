// The anonymised records every export format writes: one per interview, with respondents
// by pseudonym code, interviewers by pair code, dates coarsened and free text scrubbed.
import type { IdentityKey } from '../auth/identity-crypto.ts';
import { open } from '../auth/identity-crypto.ts';
import type { TopicList } from '../contract/topiclist.ts';
import type { Db } from '../db/database.ts';
import * as q from '../queries/exports.ts';
import { nameTerms, Scrubber, type Replacement, type Term } from '../anonymise/scrubber.ts';

export interface ExportOptions {
  include: 'final' | 'all';
  dates: 'month' | 'year';
  freeText: 'keep' | 'omit';
}

export interface ExportAnswer {
  value: unknown;
  note: string | null;
}

export interface ExportRecord {
  respondent: string;
  organisation: string;
  role: string;
  region: string;
  pair: string;
  period: string;
  status: string;
  answers: Map<string, ExportAnswer>;
}

/** Every replacement made, with where it was, for the review step. */
export interface Found extends Replacement {
  respondent: string;
  itemId: string;
  field: 'value' | 'note';
  context: string;
}

export function coarsen(date: string, dates: ExportOptions['dates']): string {
  return dates === 'year' ? date.slice(0, 4) : date.slice(0, 7);
}

/** The terms to find in free text: identities, dossiers, the study's people, the redaction list. */
export async function buildScrubber(db: Db, key: IdentityKey, studyId: string): Promise<Scrubber> {
  const terms: Term[] = [];
  for (const sealed of await q.sealedIdentities(db, studyId)) {
    const identity = JSON.parse(open(key, sealed, `respondent-identity:${sealed.respondentId}`)) as Record<string, string | undefined>;
    if (identity.name) terms.push(...nameTerms(identity.name, `respondent:${sealed.respondentId}`));
    for (const field of ['email', 'phone'] as const) {
      if (identity[field]) terms.push({ text: identity[field]!, category: 'overig', key: `respondent:${sealed.respondentId}:${field}` });
    }
  }
  for (const row of await q.sealedDossiers(db, studyId)) {
    if (row.dossier) terms.push({ text: open(key, row.dossier, `interview-dossier:${row.id}`), category: 'overig', key: `dossier:${row.id}` });
  }
  for (const person of await q.peopleOf(db, studyId)) {
    terms.push(...nameTerms(person.name, `user:${person.id}`));
    terms.push({ text: person.email, category: 'persoon', key: `user:${person.id}` });
  }
  for (const t of await q.listRedactionTerms(db, studyId)) {
    const key = `term:${t.term.toLowerCase()}`;
    // A person's name is found by its parts too ("Kees" for "Kees Bakker").
    terms.push(...(t.category === 'persoon' ? nameTerms(t.term, key) : [{ text: t.term, category: t.category, key }]));
  }
  return new Scrubber(terms);
}

/**
 * The study's interviews as anonymised records, a batch at a time from the database and one
 * record at a time to the caller. `found` hears every replacement (the review step lists them).
 */
export async function* exportRecords(
  db: Db,
  studyId: string,
  topicList: TopicList,
  scrubber: Scrubber,
  options: ExportOptions,
  found?: (f: Found) => void,
): AsyncGenerator<ExportRecord> {
  const items = topicList.levels.flatMap((l) => l.topics.flatMap((t) => t.items));
  const position = new Map(items.map((item, i) => [item.id, i]));
  const pairCodes = new Map<string, string>();
  const omit = options.freeText === 'omit';
  // Answers in topic list order, so the records and every file come out the same each time:
  // each answer is put in its item's slot (an item has one answer per interview), then the
  // slots are read in order.
  const slots = new Int32Array(items.length).fill(-1);
  for await (const row of q.streamInterviewsForExport(db, studyId, options.include === 'all')) {
    const respondent = row.respondent;
    const text = (s: string, itemId: string, field: 'value' | 'note') => {
      if (!found) return scrubber.scrubText(s);
      const r = scrubber.scrub(s);
      for (const rep of r.replacements) found({ ...rep, respondent, itemId, field, context: s.slice(Math.max(0, rep.start - 40), rep.end + 40) });
      return r.text;
    };
    const ids = row.itemIds ?? [];
    for (let i = 0; i < ids.length; i++) {
      const at = position.get(ids[i]!);
      if (at !== undefined) slots[at] = i;
    }
    const answers = new Map<string, ExportAnswer>();
    for (let at = 0; at < slots.length; at++) {
      const i = slots[at]!;
      if (i < 0) continue;
      slots[at] = -1;
      const item = items[at]!;
      const itemId = item.id;
      let value = row.values![i];
      const note = row.notes![i];
      if (item.type === 'open' && typeof value === 'string') value = omit ? null : text(value, itemId, 'value');
      if (item.type === 'date' && typeof value === 'string') value = coarsen(value, options.dates);
      answers.set(itemId, { value, note: note ? (omit ? null : text(note, itemId, 'note')) : null });
    }
    yield {
      respondent,
      organisation: row.organisation,
      role: row.role,
      region: row.region,
      // Interviewers who were not made a pair still appear only by a code.
      pair: row.pair ?? adHocPair(pairCodes, row.interviewers),
      period: coarsen(row.month, options.dates),
      status: row.status,
      answers,
    };
  }
}

function adHocPair(codes: Map<string, string>, interviewers: string | null): string {
  if (!interviewers) return '';
  let code = codes.get(interviewers);
  if (!code) codes.set(interviewers, (code = `X${String(codes.size + 1).padStart(2, '0')}`));
  return code;
}
