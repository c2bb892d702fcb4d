// An answer as a person reads it ("4 · Tevreden", "Ja", "Politie, Gemeente"), for the
// conflict view where two versions stand side by side.
import { labelText, type Label } from '../../../server/contract/label.ts';
import type { Item, Scale } from '../../../server/contract/topiclist.ts';
import type { Locale } from './locale.ts';
import type { MessageKey } from './messages.ts';

type Translate = (key: MessageKey) => string;

export interface AnswerTextContext {
  t: Translate;
  locale: Locale;
  /** Texts of the topic list in its content language. */
  text: (label: Label | undefined) => string;
}

export function answerText({ t, locale, text }: AnswerTextContext, item: Item, scale: Scale | undefined, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('answer.empty');
  if (value === 'na' || value === 'dk') return item.type === 'scale' ? t(`special.${value}`) : String(value);
  switch (item.type) {
    case 'scale': {
      const label = scale?.labels?.[String(value)];
      return label ? `${String(value)} · ${text(label)}` : String(value);
    }
    case 'choice':
      return optionLabel(item, value, text);
    case 'multi':
      return Array.isArray(value) && value.length ? value.map((v) => optionLabel(item, v, text)).join(', ') : t('answer.empty');
    case 'boolean':
      return value === true ? t('answer.yes') : value === false ? t('answer.no') : String(value);
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }).format(value) : String(value);
    case 'date':
      return typeof value === 'string' ? calendarDate(locale, value) : String(value);
    case 'open':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

function optionLabel(item: Item, id: unknown, text: AnswerTextContext['text']): string {
  const option = item.options?.find((o) => o.id === id);
  return option ? text(option.label) : String(id);
}

/** A YYYY-MM-DD date, the same day in every time zone. */
function calendarDate(locale: Locale, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
