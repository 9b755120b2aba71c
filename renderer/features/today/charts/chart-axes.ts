import { shortDay } from '@shared/today/buckets';

/**
 * The axis must be tall enough for a CJK font's line height, or the chart ellipsizes every tick
 * label away (the default 25 px leaves 16 px for the text).
 */
const axisHeight = 30;

/** Day axis: 'MM-DD', a label every 5th day (today's always) so 30 bars stay readable. */
export function dayAxis(labels: readonly string[]) {
  return [{ scaleType: 'band' as const, height: axisHeight, data: labels.map(shortDay), tickLabelInterval: (_v: unknown, i: number) => (labels.length - 1 - i) % 5 === 0 }];
}

/** Week axis: each week by its Monday, 'MM-DD', every other one labelled. */
export function weekAxis(labels: readonly string[]) {
  return [{ scaleType: 'band' as const, height: axisHeight, data: labels.map(shortDay), tickLabelInterval: (_v: unknown, i: number) => (labels.length - 1 - i) % 2 === 0 }];
}

/** Counts are whole numbers: no 0.5 ticks on a small chart. */
export const countAxis = [{ tickMinStep: 1, width: 36 }];

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export const chartHeight = 170;
// top: room for the highest tick's label (at 8 px it was clipped away: a chart peaking at 2 showed only 0 and 1).
export const chartMargin = { left: 0, right: 18, top: 14, bottom: 0 };
