// The variables of an export, from the topic list: names safe for SPSS and R, labels in
// Dutch and English, types, measurement levels, value labels, missing-value codes, where
// each comes from and what anonymisation it had. Every format writes from this one list.
import { labelText } from '../contract/label.ts';
import type { Item, Label, TopicList } from '../contract/topiclist.ts';

export const MISSING = { na: -1, dk: -2, notAsked: -9 } as const;

export interface Bilingual {
  nl: string;
  en: string;
}

export interface Variable {
  name: string;
  label: Bilingual;
  type: 'numeric' | 'string';
  measure: 'nominal' | 'ordinal' | 'scale';
  values: { code: number; label: Bilingual }[];
  missing: { code: number; label: Bilingual }[];
  source: { level: string; topic: string; item: string; option?: string } | null;
  anonymisation: string;
  /** The item this variable holds, and which part of its answer. */
  from?: { item: Item; part: 'value' | 'note' | 'option'; option?: string };
}

const both = (label: Label | undefined, list: TopicList): Bilingual => {
  const def = list.languages[0] ?? 'nl';
  return { nl: labelText(label, 'nl', def), en: labelText(label, 'en', def) };
};
const fixed = (nl: string, en: string): Bilingual => ({ nl, en });

const MISSING_LABELS = {
  na: fixed('niet van toepassing', 'not applicable'),
  dk: fixed('weet niet', "don't know"),
  notAsked: fixed('niet gevraagd', 'not asked'),
};

/** SPSS and R both take letters, digits and underscores, starting with a letter, 64 at most. */
export function variableName(raw: string, taken: Set<string>): string {
  let base = raw.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([^A-Za-z])/, 'v_$1').slice(0, 60);
  if (!base) base = 'v';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export function buildCodebook(list: TopicList): Variable[] {
  const taken = new Set<string>();
  const name = (raw: string) => variableName(raw, taken);
  const vars: Variable[] = [
    { name: name('respondent'), label: fixed('Respondent (pseudoniem)', 'Respondent (pseudonym)'), type: 'string', measure: 'nominal', values: [], missing: [], source: null, anonymisation: 'pseudonym code; the identity key stays inside the platform' },
    { name: name('organisation'), label: fixed('Type organisatie', 'Organisation type'), type: 'string', measure: 'nominal', values: [], missing: [], source: null, anonymisation: 'coded field' },
    { name: name('role'), label: fixed('Functie', 'Role'), type: 'string', measure: 'nominal', values: [], missing: [], source: null, anonymisation: 'coded field' },
    { name: name('region'), label: fixed('Regio', 'Region'), type: 'string', measure: 'nominal', values: [], missing: [], source: null, anonymisation: 'coded field' },
    { name: name('pair'), label: fixed('Interviewduo (code)', 'Interviewer pair (code)'), type: 'string', measure: 'nominal', values: [], missing: [], source: null, anonymisation: 'pair code instead of interviewer names' },
    { name: name('period'), label: fixed('Periode van het interview', 'Period of the interview'), type: 'string', measure: 'ordinal', values: [], missing: [], source: null, anonymisation: 'date coarsened; no day, no time' },
    { name: name('status'), label: fixed('Status van het interview', 'Interview status'), type: 'string', measure: 'nominal', values: [], missing: [], source: null, anonymisation: 'none' },
  ];
  for (const level of list.levels) {
    for (const topic of level.topics) {
      for (const item of topic.items) {
        const source = { level: level.id, topic: topic.id, item: item.id };
        const label = both(item.prompt, list);
        const notAsked = { code: MISSING.notAsked, label: MISSING_LABELS.notAsked };
        const base = { source, label };
        if (item.type === 'scale') {
          const scale = list.scales?.[item.scale!];
          const allow = scale?.allow ?? [];
          vars.push({
            ...base,
            name: name(item.id),
            type: 'numeric',
            measure: 'ordinal',
            values: Object.entries(scale?.labels ?? {}).map(([code, l]) => ({ code: Number(code), label: both(l, list) })),
            missing: [
              ...(allow.includes('na') ? [{ code: MISSING.na, label: MISSING_LABELS.na }] : []),
              ...(allow.includes('dk') ? [{ code: MISSING.dk, label: MISSING_LABELS.dk }] : []),
              notAsked,
            ],
            anonymisation: 'none',
            from: { item, part: 'value' },
          });
        } else if (item.type === 'choice' || item.type === 'boolean') {
          const values =
            item.type === 'boolean'
              ? [
                  { code: 1, label: fixed('ja', 'yes') },
                  { code: 0, label: fixed('nee', 'no') },
                ]
              : (item.options ?? []).map((o, i) => ({ code: i + 1, label: both(o.label, list) }));
          vars.push({ ...base, name: name(item.id), type: 'numeric', measure: 'nominal', values, missing: [notAsked], anonymisation: 'none', from: { item, part: 'value' } });
        } else if (item.type === 'multi') {
          for (const option of item.options ?? []) {
            vars.push({
              source: { ...source, option: option.id },
              label: { nl: `${label.nl}: ${both(option.label, list).nl}`, en: `${label.en}: ${both(option.label, list).en}` },
              name: name(`${item.id}_${option.id}`),
              type: 'numeric',
              measure: 'nominal',
              values: [
                { code: 1, label: fixed('gekozen', 'chosen') },
                { code: 0, label: fixed('niet gekozen', 'not chosen') },
              ],
              missing: [notAsked],
              anonymisation: 'none',
              from: { item, part: 'option', option: option.id },
            });
          }
        } else if (item.type === 'number') {
          vars.push({ ...base, name: name(item.id), type: 'numeric', measure: 'scale', values: [], missing: [], anonymisation: 'none', from: { item, part: 'value' } });
        } else if (item.type === 'date') {
          vars.push({ ...base, name: name(item.id), type: 'string', measure: 'ordinal', values: [], missing: [], anonymisation: 'date coarsened; no day', from: { item, part: 'value' } });
        } else {
          vars.push({ ...base, name: name(item.id), type: 'string', measure: 'nominal', values: [], missing: [], anonymisation: 'free text: names, contacts and numbers replaced', from: { item, part: 'value' } });
        }
        vars.push({
          source,
          label: { nl: `Notitie bij: ${label.nl}`, en: `Note on: ${label.en}` },
          name: name(`${item.id}_note`),
          type: 'string',
          measure: 'nominal',
          values: [],
          missing: [],
          anonymisation: 'free text: names, contacts and numbers replaced',
          from: { item, part: 'note' },
        });
      }
    }
  }
  return vars;
}
