/** What each figure type is measured in: the one table behind a figure's default unit and the units it may be written in. */
import type { FigureType } from './model.js';

/**
 * What a figure of each type is measured in: `amount`, the indicator's own unit; `gap`, that or
 * percentage points; else the dimension of its unit (percent, points, multiple).
 */
export type FigureMeasure = 'amount' | 'gap' | 'percent' | 'points' | 'multiple';

/** The measure of every figure type. */
export const FIGURE_MEASURES: { readonly [T in FigureType]: FigureMeasure } = {
  level: 'amount',
  total: 'amount',
  increase: 'amount',
  average: 'amount',
  average_increase: 'amount',
  gap: 'gap',
  rate: 'percent',
  share: 'percent',
  change: 'percent',
  points: 'points',
  annual_points: 'points',
  multiple: 'multiple',
};
