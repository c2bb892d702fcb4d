// How satisfaction matrices look, shared by the heatmap and the comparison charts: colour
// steps, numbers in the UI language, and the scale's meaning from the topic list.
import { type Label, labelText } from '../../server/contract/label.ts';
import type { TopicListVersion } from './api.ts';
import type { Locale } from './i18n/locale.ts';

export interface ScaleRange {
  min: number;
  max: number;
}

/** Colour steps of the heatmap (classes `.heat-0` ... `.heat-8`); 9 steps give every half point of a 1-5 scale its own. */
export const HEAT_STEPS = 9;

/** Group colours of the charts (classes `.group-0` ... `.group-6`), repeated beyond seven groups. */
export const GROUP_COLOURS = 7;

/** The colour step of a value on the scale: 0 at min, HEAT_STEPS - 1 at max. */
export function heatStep(value: number, scale: ScaleRange): number {
  const span = scale.max - scale.min;
  if (span <= 0) return HEAT_STEPS - 1;
  const ratio = Math.min(1, Math.max(0, (value - scale.min) / span));
  return Math.round(ratio * (HEAT_STEPS - 1));
}

/** A value with at most `digits` decimals ("4", "4,5" in Dutch). */
export function formatValue(locale: Locale, value: number, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** The points a legend or an axis shows: every whole point of a short scale, else six. */
export function scalePoints(scale: ScaleRange): number[] {
  const span = scale.max - scale.min;
  if (span <= 0) return [scale.min];
  if (Number.isInteger(scale.min) && Number.isInteger(scale.max) && span <= 10) {
    return Array.from({ length: span + 1 }, (_, i) => scale.min + i);
  }
  return Array.from({ length: 6 }, (_, i) => scale.min + (span * i) / 5);
}

/**
 * The labels of the matrix items' scale point by point ("1": Zeer ontevreden), when all
 * matrix items share one scale; otherwise there is no single meaning to show.
 */
export function matrixScaleLabels(list: TopicListVersion): Record<string, Label> | undefined {
  const ids = new Set<string>();
  for (const level of list.levels) {
    for (const topic of level.topics) for (const item of topic.items) if (item.dimension && item.scale) ids.add(item.scale);
  }
  if (ids.size !== 1) return undefined;
  const [id] = [...ids];
  return list.scales?.[id!]?.labels;
}

/** A label of the matrix's axes in the UI language (the response carries no language list; a missing language falls back to the first one the label has). */
export const axisLabel = (label: Label, locale: Locale): string => labelText(label, locale, locale);

/**
 * The colour class of each published group, in the server's order, so the first groups get
 * the most distinct colours; suppressed groups have no colour (they are never drawn).
 */
export function groupColours(groups: { key: string; suppressed: boolean }[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const group of groups) if (!group.suppressed) colours.set(group.key, `group-${colours.size % GROUP_COLOURS}`);
  return colours;
}
