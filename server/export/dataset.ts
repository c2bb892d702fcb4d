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

const PAGE = 500;

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
 * The study's interviews as anonymised records, a page at a time. `found` hears every
 * replacement (the review step lists them).
 */
export async function* exportRecords(
  db: Db,
  studyId: string,
  topicList: TopicList,
  scrubber: Scrubber,
  options: ExportOptions,
  found?: (f: Found) => void,
): AsyncGenerator<ExportRecord> {
  const items = new Map(topicList.levels.flatMap((l) => l.topics.flatMap((t) => t.items.map((i) => [i.id, i] as const))));
  const pairCodes = new Map<string, string>();
  const all = options.include === 'all';
  const load = async (after: { code: string; id: string } | null) => {
    const page = await q.pageOfInterviews(db, studyId, all, after, PAGE);
    const ids = page.map((p) => p.id);
    const [answerRows, interviewers] = await Promise.all([q.answersOf(db, ids), q.interviewersOf(db, ids)]);
    return { page, answerRows, interviewers };
  };
  // A page read ahead may fail after the reader stopped: that is nobody's error.
  const ahead = (after: { code: string; id: string } | null) => {
    const p = load(after);
    p.catch(() => undefined);
    return p;
  };
  let next = ahead(null);
  for (;;) {
    const { page, answerRows, interviewers } = await next;
    if (page.length === 0) return;
    // Read the next page while this one is being written.
    const last = page.at(-1)!;
    next = ahead({ code: last.respondentCode, id: last.id });
    const answersBy = new Map<string, typeof answerRows>();
    for (const a of answerRows) answersBy.set(a.interviewId, [...(answersBy.get(a.interviewId) ?? []), a]);
    for (const row of page) {
      const record: ExportRecord = {
        respondent: row.respondentCode,
        organisation: row.organisation,
        role: row.role,
        region: row.region,
        // Interviewers who were not made a pair still appear only by a code.
        pair: row.pairCode ?? adHocPair(pairCodes, interviewers.filter((i) => i.interviewId === row.id).map((i) => i.userId)),
        period: coarsen(row.at.toISOString().slice(0, 10), options.dates),
        status: row.status,
        answers: new Map(),
      };
      for (const a of answersBy.get(row.id) ?? []) {
        const item = items.get(a.itemId);
        if (!item) continue;
        const text = (s: string, field: 'value' | 'note') => {
          if (options.freeText === 'omit') return null;
          const r = scrubber.scrub(s);
          for (const rep of r.replacements) found?.({ ...rep, respondent: row.respondentCode, itemId: a.itemId, field, context: s.slice(Math.max(0, rep.start - 40), rep.end + 40) });
          return r.text;
        };
        let value = a.value;
        if (item.type === 'open' && typeof value === 'string') value = text(value, 'value');
        if (item.type === 'date' && typeof value === 'string') value = coarsen(value, options.dates);
        record.answers.set(a.itemId, { value, note: a.note ? text(a.note, 'note') : null });
      }
      yield record;
    }
  }
}

function adHocPair(codes: Map<string, string>, userIds: string[]): string {
  const key = [...userIds].sort().join('+');
  if (!key) return '';
  let code = codes.get(key);
  if (!code) codes.set(key, (code = `X${String(codes.size + 1).padStart(2, '0')}`));
  return code;
}
