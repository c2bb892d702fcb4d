// Whether a value fits an item of a topic list. No imports: the tablet client checks values
// with the same rules as the server before it queues them.

export interface ValueItem {
  id: string;
  type: 'open' | 'scale' | 'choice' | 'multi' | 'number' | 'boolean' | 'date';
  scale?: string;
  options?: { id: string }[];
  min?: number;
  max?: number;
}
export interface ValueScale {
  min: number;
  max: number;
  allow?: ('na' | 'dk')[];
}

export const MAX_TEXT = 20_000;

/** `null` when the value fits, else the reason ("7 is outside 1-5"). `null` values clear an answer. */
export function checkValue(item: ValueItem, scales: Record<string, ValueScale> | undefined, value: unknown): string | null {
  if (value === null) return null;
  switch (item.type) {
    case 'open':
      if (typeof value !== 'string') return 'an open answer is a text';
      return value.length > MAX_TEXT ? `a text is at most ${MAX_TEXT} characters` : null;
    case 'scale': {
      const scale = scales?.[item.scale ?? ''];
      if (!scale) return `scale "${item.scale}" is missing from the topic list`;
      const allow = scale.allow ?? [];
      if (typeof value === 'string') {
        if ((allow as string[]).includes(value)) return null;
        return allow.length ? `"${value}" is not a number from ${scale.min}-${scale.max} nor one of ${allow.join(', ')}` : `"${value}" is not a number from ${scale.min}-${scale.max}`;
      }
      if (typeof value !== 'number' || !Number.isInteger(value)) return `a scale answer is a whole number from ${scale.min}-${scale.max}`;
      return value < scale.min || value > scale.max ? `${value} is outside ${scale.min}-${scale.max}` : null;
    }
    case 'choice': {
      if (typeof value !== 'string') return 'a choice answer is one option id';
      return optionIds(item).includes(value) ? null : `unknown option '${value}'`;
    }
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return 'a multi answer is a list of option ids';
      const unknown = value.find((v) => !optionIds(item).includes(v));
      if (unknown !== undefined) return `unknown option '${unknown}'`;
      return new Set(value).size === value.length ? null : 'an option is chosen twice';
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'a number answer is a number';
      if (item.min !== undefined && value < item.min) return `${value} is below the minimum ${item.min}`;
      if (item.max !== undefined && value > item.max) return `${value} is above the maximum ${item.max}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'a yes/no answer is true or false';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? null : 'a date is YYYY-MM-DD';
  }
}

const optionIds = (item: ValueItem) => (item.options ?? []).map((o) => o.id);

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
