// Labels in several languages, and the list's languages. Part of doc-ops.ts.
import type { Label } from '../../../server/contract/label.ts';
import type { Dimension, Item, Level, Option, Scale, Topic, TopicList } from '../../../server/contract/topiclist.ts';
import { isObj, list, moveIndex, type Obj, type Path, type Ref, getAt, refPath, updateIn } from './doc-paths.ts';

/** Mirrors LANGUAGE in server/contract/topiclist.ts. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A label's own text in one language (no fallback); a plain text is the default language's. */
export function labelIn(label: unknown, language: string, defaultLanguage: string | undefined): string {
  if (typeof label === 'string') return !defaultLanguage || language === defaultLanguage ? label : '';
  if (!isObj(label)) return '';
  const text = label[language];
  return typeof text === 'string' ? text : '';
}

/** Whether a label has any text at all. */
export function hasText(label: unknown): boolean {
  if (typeof label === 'string') return label.trim() !== '';
  return isObj(label) && Object.values(label).some((t) => typeof t === 'string' && t.trim() !== '');
}

const isEmptyLabel = (label: Label) => (typeof label === 'string' ? label === '' : Object.keys(label).length === 0);

/**
 * The label with `text` in `language`. A plain text becomes a map (it was the default
 * language's text); an empty text removes the language; keys follow the list's languages.
 * Without languages a label stays a plain text.
 */
export function setLabelText(label: unknown, language: string, text: string, languages: readonly string[]): Label {
  if (!language || languages.length === 0) return text;
  const map: Record<string, string> = {};
  if (typeof label === 'string' && label !== '' && languages[0]) map[languages[0]] = label;
  if (isObj(label)) for (const [lang, t] of Object.entries(label)) if (typeof t === 'string') map[lang] = t;
  if (text === '') delete map[language];
  else map[language] = text;
  const ordered: Record<string, string> = {};
  for (const lang of [...languages, ...Object.keys(map)]) if (lang in map && !(lang in ordered)) ordered[lang] = map[lang]!;
  return ordered;
}

/** The languages after the default in which the label has no text. */
export function missingTranslations(label: unknown, languages: readonly string[]): string[] {
  return languages.slice(1).filter((lang) => labelIn(label, lang, languages[0]).trim() === '');
}

/**
 * Sets one language of a label field (`prompt`, `label`, `['probes', 2]`...) of an element.
 * An optional field left without any text is removed.
 */
export function setLabelAt(doc: TopicList, ref: Ref, field: string | Path, language: string, text: string, optional = false): TopicList {
  if (ref.kind !== 'list' && !getAt(doc, ref)) return doc;
  const path = [...refPath(ref), ...(Array.isArray(field) ? field : [field])];
  return updateIn(doc, path, (old) => {
    const next = setLabelText(old, language, text, list(doc.languages));
    return optional && isEmptyLabel(next) ? undefined : next;
  }) as TopicList;
}

export function withoutKey<T extends object>(obj: T, key: string): T {
  const copy = { ...obj } as Obj;
  delete copy[key];
  return copy as T;
}

/** Every label of the document passed through `fn`; optional labels left empty are removed. */
export function mapLabels(doc: TopicList, fn: (label: Label) => Label): TopicList {
  const apply = <T>(obj: T, required: string[], optional: string[] = []): T => {
    if (!isObj(obj)) return obj;
    const copy: Obj = { ...obj };
    for (const key of [...required, ...optional]) {
      if (copy[key] === undefined) continue;
      const next = fn(copy[key] as Label);
      if (optional.includes(key) && isEmptyLabel(next)) delete copy[key];
      else copy[key] = next;
    }
    return copy as T;
  };
  const mapList = <T>(obj: T, key: string, f: (x: never) => unknown): T =>
    isObj(obj) && Array.isArray(obj[key]) ? ({ ...obj, [key]: (obj[key] as never[]).map(f) } as T) : obj;

  let next = apply(doc, ['title'], ['description']);
  if (isObj(doc.scales)) {
    const scales: Record<string, Scale> = {};
    for (const [id, scale] of Object.entries(doc.scales)) {
      const s = apply(scale, [], ['label']);
      if (!isObj(s.labels)) {
        scales[id] = s;
        continue;
      }
      const labels = Object.fromEntries(Object.entries(s.labels).flatMap(([p, l]) => ((l = fn(l)), isEmptyLabel(l) ? [] : [[p, l]])));
      scales[id] = Object.keys(labels).length ? { ...s, labels } : withoutKey(s, 'labels');
    }
    next = { ...next, scales };
  }
  next = mapList(next, 'dimensions', (d: Dimension) => apply(d, ['label'], ['description']));
  return mapList(next, 'levels', (level: Level) =>
    mapList(apply(level, ['label'], ['description']), 'topics', (topic: Topic) =>
      mapList(apply(topic, ['label'], ['description']), 'items', (item: Item) => {
        const withProbes = isObj(item) && Array.isArray(item.probes) ? { ...item, probes: item.probes.map(fn) } : item;
        return mapList(apply(withProbes, ['prompt'], ['hint']), 'options', (o: Option) => apply(o, ['label']));
      }),
    ),
  );
}

/** How many labels have a text in this language (a plain text counts for the default). */
export function countTexts(doc: TopicList, language: string): number {
  let n = 0;
  mapLabels(doc, (label) => {
    if (labelIn(label, language, list(doc.languages)[0]).trim()) n++;
    return label;
  });
  return n;
}

export function addLanguage(doc: TopicList, code: string): TopicList {
  const languages = list(doc.languages);
  return !code || languages.includes(code) ? doc : { ...doc, languages: [...languages, code] };
}

/** Plain texts become maps in the default language, before the default changes. */
const pinDefault = (doc: TopicList, defaultLanguage: string | undefined) =>
  defaultLanguage ? mapLabels(doc, (l) => (typeof l === 'string' ? (l ? { [defaultLanguage]: l } : {}) : l)) : doc;

/** Removes a language and every text in it. */
export function removeLanguage(doc: TopicList, code: string): TopicList {
  const languages = list(doc.languages);
  if (!languages.includes(code)) return doc;
  const pinned = pinDefault(doc, languages[0]);
  const next = mapLabels(pinned, (l) => (typeof l === 'string' ? l : withoutKey(l, code)));
  return { ...next, languages: languages.filter((l) => l !== code) };
}

/** Moves a language; the first is the default, so plain texts are pinned to the old one first. */
export function moveLanguage(doc: TopicList, from: number, to: number): TopicList {
  const languages = list(doc.languages);
  if (from === to || !languages[from] || to < 0 || to >= languages.length) return doc;
  const next = from === 0 || to === 0 ? pinDefault(doc, languages[0]) : doc;
  return { ...next, languages: moveIndex(languages, from, to) };
}
