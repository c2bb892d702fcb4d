// The export as a REFI-QDA project (QDA-XML 1.0, .qdpx) for qualitative software: one text
// source per interview (its anonymised notes and open answers, by topic), one code per topic
// with every topic's stretch of text coded to it, and one case per respondent with its
// organisation, role and region. Only text from the anonymised records goes in.
import { randomUUID } from 'node:crypto';
import { Zip, ZipDeflate } from 'fflate';
import { create } from 'xmlbuilder2';
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
  const label = (l: Parameters<typeof labelText>[0]) => oneLine(labelText(l, lang, lang));
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
  let text = '';
  let at = 0;
  const stretches: Stretch[] = [];
  for (const block of blocks) {
    const body = block.lines.join('\n');
    const start = at;
    at += length(body);
    stretches.push({ level: block.level, topic: block.topic, start, end: at });
    text += `${body}\n\n`;
    at += 2;
  }
  return { text, stretches };
}

interface Source {
  guid: string;
  name: string;
  selections: (Stretch & { guid: string; code: string })[];
}

/** project.qde: users, codebook, case variables, cases and sources, valid against Project.xsd. */
function projectXml(input: FormatInput, user: string, codes: Map<string, string>, cases: Map<string, { guid: string; values: string[]; sources: string[] }>, sources: Source[]) {
  const lang = input.topicList.languages[0] ?? 'nl';
  const label = (l: Parameters<typeof labelText>[0]) => oneLine(labelText(l, lang, lang));
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
  const variables = [
    { guid: guid(), name: 'organisation', description: 'Organisation type (coded field)' },
    { guid: guid(), name: 'role', description: 'Role (coded field)' },
    { guid: guid(), name: 'region', description: 'Region (coded field)' },
  ];
  const vars = project.ele('Variables');
  for (const v of variables) vars.ele('Variable', { guid: v.guid, name: v.name, typeOfVariable: 'Text' }).ele('Description').txt(v.description);
  if (cases.size) {
    const casesEl = project.ele('Cases');
    for (const [respondent, c] of cases) {
      const el = casesEl.ele('Case', { guid: c.guid, name: oneLine(respondent) });
      variables.forEach((v, i) => {
        const value = el.ele('VariableValue');
        value.ele('VariableRef', { targetGUID: v.guid });
        value.ele('TextValue').txt(oneLine(c.values[i] ?? ''));
      });
      for (const s of c.sources) el.ele('SourceRef', { targetGUID: s });
    }
  }
  if (sources.length) {
    const sourcesEl = project.ele('Sources');
    for (const s of sources) {
      const el = sourcesEl.ele('TextSource', { guid: s.guid, name: oneLine(s.name), plainTextPath: `internal://${s.guid}.txt`, creatingUser: user });
      for (const sel of s.selections) {
        el.ele('PlainTextSelection', { guid: sel.guid, name: topicLabel(input.topicList, sel, label), startPosition: sel.start, endPosition: sel.end, creatingUser: user })
          .ele('Coding', { guid: guid(), creatingUser: user })
          .ele('CodeRef', { targetGUID: sel.code });
      }
    }
  }
  project.ele('Description').txt(
    `Anonymised export from leidraad: topic list ${JSON.stringify(meta.topiclist ?? null)}, exported ${String(meta.exported ?? '')}. ` +
      'Respondents by pseudonym code, interviewers by pair code; names, contacts and numbers in the text replaced.',
  );
  return project.end({ prettyPrint: true });
}

const topicLabel = (list: TopicList, s: Stretch, label: (l: Parameters<typeof labelText>[0]) => string) =>
  label(list.levels.find((l) => l.id === s.level)?.topics.find((t) => t.id === s.topic)?.label);

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
  const codes = new Map(input.topicList.levels.flatMap((l) => l.topics.map((t) => [`${l.id}\u0000${t.id}`, guid()] as const)));
  const cases = new Map<string, { guid: string; values: string[]; sources: string[] }>();
  const sources: Source[] = [];
  const names = new Set<string>();
  for await (const r of input.records()) {
    const { text, stretches } = sourceText(input.topicList, r);
    const source: Source = { guid: guid(), name: r.pair ? `${r.respondent} (${r.pair})` : r.respondent, selections: [] };
    for (let n = 2; names.has(source.name); n++) source.name = `${r.pair ? `${r.respondent} (${r.pair})` : r.respondent} #${n}`;
    names.add(source.name);
    source.selections = stretches.map((s) => ({ ...s, guid: guid(), code: codes.get(`${s.level}\u0000${s.topic}`)! }));
    sources.push(source);
    const c = cases.get(r.respondent) ?? { guid: guid(), values: [r.organisation, r.role, r.region], sources: [] };
    c.sources.push(source.guid);
    cases.set(r.respondent, c);
    file(`sources/${source.guid}.txt`, text);
    yield* out.splice(0);
  }
  file('project.qde', projectXml(input, user, codes, cases, sources));
  zip.end();
  yield* out.splice(0);
  if (!done) throw new Error('zip did not finish');
}
