// The export as a REFI-QDA project (QDA-XML 1.0, .qdpx) for qualitative software: one text
// source per interview (its anonymised notes and open answers, by topic), one code per topic
// with every topic's stretch of text coded to it, and one case per respondent with its
// organisation, role and region. Only text from the anonymised records goes in.
import { randomUUID } from 'node:crypto';
import { Zip, ZipDeflate } from 'fflate';
import { create, fragment } from 'xmlbuilder2';
import { labelText } from '../contract/label.ts';
import type { TopicList } from '../contract/topiclist.ts';
import { APP_VERSION } from '../version.ts';
import type { ExportRecord } from './dataset.ts';
import type { FormatInput } from './formats.ts';

const NS = 'urn:QDA-XML:project:1.0';
const guid = () => randomUUID().toUpperCase();
/** Characters XML 1.0 cannot hold, and line ends made one kind. */
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
const oneLine = (s: string) => clean(s).replace(/\s+/g, ' ').trim();
/** QDA-XML positions count characters (code points), not UTF-16 units or bytes. */
const length = (s: string) => [...s].length;
type Label = Parameters<typeof labelText>[0];
const NOTE_WORD: Record<string, string> = { nl: 'notitie', en: 'note', de: 'Notiz', fr: 'note' };

export interface Stretch {
  level: string;
  topic: string;
  start: number;
  end: number;
}

/** A record's text: per topic with text, a heading line, then "prompt: answer" and note lines. */
export function sourceText(topicList: TopicList, record: ExportRecord): { text: string; stretches: Stretch[] } {
  const lang = topicList.languages[0] ?? 'nl';
  const label = (l: Label) => oneLine(labelText(l, lang, lang));
  const blocks: { level: string; topic: string; lines: string[] }[] = [];
  for (const level of topicList.levels) {
    for (const topic of level.topics) {
      const lines: string[] = [];
      for (const item of topic.items) {
        const answer = record.answers.get(item.id);
        if (item.type === 'open' && typeof answer?.value === 'string' && answer.value.trim()) lines.push(`${label(item.prompt)}: ${clean(answer.value).trim()}`);
        if (answer?.note?.trim()) lines.push(`${label(item.prompt)} (${NOTE_WORD[lang] ?? 'note'}): ${clean(answer.note).trim()}`);
      }
      if (lines.length) blocks.push({ level: level.id, topic: topic.id, lines: [label(topic.label), ...lines] });
    }
  }
  // Topics apart by an empty line; a stretch runs from its heading to the end of its last line.
  const bodies = blocks.map((b) => b.lines.join('\n'));
  const stretches: Stretch[] = [];
  let at = 0;
  blocks.forEach((b, i) => {
    const end = at + length(bodies[i]!);
    stretches.push({ level: b.level, topic: b.topic, start: at, end });
    at = end + 2;
  });
  return { text: bodies.length ? `${bodies.join('\n\n')}\n` : '', stretches };
}

interface Case {
  guid: string;
  values: string[];
  sources: string[];
}
const VARIABLES = [
  ['organisation', 'Organisation type (coded field)'],
  ['role', 'Role (coded field)'],
  ['region', 'Region (coded field)'],
] as const;
const MARK = 'cases and sources';

/**
 * project.qde around its cases and sources: users, codebook and variables before the mark,
 * the description after it. Cases and sources are written piece by piece in between.
 */
function projectFrame(input: FormatInput, user: string, codes: Map<string, string>, variables: string[]) {
  const lang = input.topicList.languages[0] ?? 'nl';
  const label = (l: Label) => oneLine(labelText(l, lang, lang));
  const { meta } = input;
  const project = create({ version: '1.0', encoding: 'utf-8' }).ele(NS, 'Project', {
    name: oneLine(String(meta.study ?? 'leidraad export')),
    origin: `leidraad ${APP_VERSION}`,
    creatingUserGUID: user,
  });
  project.ele('Users').ele('User', { guid: user, name: 'leidraad export' });
  const codesEl = project.ele('CodeBook').ele('Codes');
  for (const level of input.topicList.levels) {
    const parent = codesEl.ele('Code', { guid: guid(), name: label(level.label), isCodable: 'false' });
    for (const topic of level.topics) {
      const code = parent.ele('Code', { guid: codes.get(`${level.id}\u0000${topic.id}`)!, name: label(topic.label), isCodable: 'true' });
      if (topic.description) code.ele('Description').txt(clean(labelText(topic.description, lang, lang)));
    }
  }
  const vars = project.ele('Variables');
  VARIABLES.forEach(([name, description], i) => vars.ele('Variable', { guid: variables[i]!, name, typeOfVariable: 'Text' }).ele('Description').txt(description));
  project.com(MARK);
  project.ele('Description').txt(
    `Anonymised export from leidraad: topic list ${JSON.stringify(meta.topiclist ?? null)}, exported ${String(meta.exported ?? '')}. ` +
      'Respondents by pseudonym code, interviewers by pair code; names, contacts and numbers in the text replaced.',
  );
  const parts = project.end({ prettyPrint: true }).split(`  <!--${MARK}-->\n`);
  if (parts.length !== 2) throw new Error('project.qde: no place for cases and sources');
  return { before: parts[0]!, after: parts[1]! };
}

function caseXml(respondent: string, c: Case, variables: string[]): string {
  const el = fragment().ele('Case', { guid: c.guid, name: oneLine(respondent) });
  variables.forEach((v, i) => {
    const value = el.ele('VariableValue');
    value.ele('VariableRef', { targetGUID: v });
    value.ele('TextValue').txt(oneLine(c.values[i] ?? ''));
  });
  for (const s of c.sources) el.ele('SourceRef', { targetGUID: s });
  return `${el.end({ prettyPrint: true, offset: 2 })}\n`;
}

interface Source {
  guid: string;
  name: string;
  /** Per coded stretch: topic index, start, end. */
  stretches: Int32Array;
}

function sourceXml(source: Source, topics: { name: string; code: string }[], user: string): string {
  const el = fragment().ele('TextSource', { guid: source.guid, name: oneLine(source.name), plainTextPath: `internal://${source.guid}.txt`, creatingUser: user });
  for (let i = 0; i < source.stretches.length; i += 3) {
    const topic = topics[source.stretches[i]!]!;
    el.ele('PlainTextSelection', { guid: guid(), name: topic.name, startPosition: source.stretches[i + 1]!, endPosition: source.stretches[i + 2]!, creatingUser: user })
      .ele('Coding', { guid: guid(), creatingUser: user })
      .ele('CodeRef', { targetGUID: topic.code });
  }
  return `${el.end({ prettyPrint: true, offset: 2 })}\n`;
}

/** A .qdpx: project.qde plus sources/<GUID>.txt per interview, streamed as the records come. */
export async function* qdpxProject(input: FormatInput): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const out: Uint8Array[] = [];
  let done = false;
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    out.push(chunk);
    if (final) done = true;
  });
  // Entries carry the export's month, not the moment of export.
  const month = new Date(`${String(input.meta.exported ?? '')}-01T00:00:00`);
  const mtime = Number.isNaN(month.getTime()) ? new Date('1980-01-01T00:00:00') : month;
  const file = (name: string, text: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(encoder.encode(text), true);
  };

  const user = guid();
  const lang = input.topicList.languages[0] ?? 'nl';
  const topics = input.topicList.levels.flatMap((l) => l.topics.map((t) => ({ key: `${l.id}\u0000${t.id}`, name: oneLine(labelText(t.label, lang, lang)), code: guid() })));
  const topicIndex = new Map(topics.map((t, i) => [t.key, i]));
  const variables = VARIABLES.map(() => guid());
  const cases = new Map<string, Case>();
  // What project.qde needs of each source, kept small; the texts are written as they come.
  const sources: Source[] = [];
  const names = new Set<string>();
  for await (const r of input.records()) {
    const { text, stretches } = sourceText(input.topicList, r);
    const base = r.pair ? `${r.respondent} (${r.pair})` : r.respondent;
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base} #${n}`;
    names.add(name);
    const source = { guid: guid(), name, stretches: Int32Array.from(stretches.flatMap((st) => [topicIndex.get(`${st.level}\u0000${st.topic}`)!, st.start, st.end])) };
    sources.push(source);
    const c = cases.get(r.respondent) ?? { guid: guid(), values: [r.organisation, r.role, r.region], sources: [] };
    c.sources.push(source.guid);
    cases.set(r.respondent, c);
    file(`sources/${source.guid}.txt`, text);
    yield* out.splice(0);
  }

  const { before, after } = projectFrame(input, user, new Map(topics.map((t) => [t.key, t.code])), variables);
  const qde = new ZipDeflate('project.qde', { level: 6 });
  qde.mtime = mtime;
  zip.add(qde);
  const put = (s: string) => qde.push(encoder.encode(s));
  put(before);
  if (cases.size) {
    put('  <Cases>\n');
    for (const [respondent, c] of cases) {
      put(caseXml(respondent, c, variables));
      yield* out.splice(0);
    }
    put('  </Cases>\n');
  }
  if (sources.length) {
    put('  <Sources>\n');
    for (const source of sources) {
      put(sourceXml(source, topics, user));
      yield* out.splice(0);
    }
    put('  </Sources>\n');
  }
  qde.push(encoder.encode(after), true);
  zip.end();
  yield* out.splice(0);
  if (!done) throw new Error('zip did not finish');
}
