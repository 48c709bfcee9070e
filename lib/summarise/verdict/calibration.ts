// From the heads' logits to the 0–100 score: the trainer's monotone calibration table, and the verdict head's
// side of 50 kept.
import { shippedWeights } from './model';

/** How far from 50 an inferred score sits when the verdict head has to carry it across the middle. The
 *  score reads the verdict head plus the rating head (the rating head, learned from graded critic reviews
 *  only, ranks degrees better); the verdict head alone, learned from every corpus, picks the side better.
 *  When they disagree the score is near the middle anyway, so it moves just past 50 to the verdict head's
 *  side: 51 or 49, on one side of 50 however a reader rounds or compares. Measured effect: data/README.md. */
export const SIDE_MARGIN = 1;

/** A monotone table from model logits to 0–100 scores (fitted by the trainer on the rating-scale data). */
export interface CalibrationTable {
  logits: readonly number[];
  scores: readonly number[];
}

/** Piecewise-linear lookup in a calibration table; flat beyond its ends. Shared with the trainer. */
export function interpolateCalibration(table: CalibrationTable, logit: number): number {
  const xs = table.logits;
  const ys = table.scores;
  const last = xs.length - 1;
  if (last < 0) return 50;
  if (logit <= (xs[0] as number)) return ys[0] as number;
  if (logit >= (xs[last] as number)) return ys[last] as number;
  let i = 1;
  while ((xs[i] as number) < logit) i++;
  const x0 = xs[i - 1] as number;
  const x1 = xs[i] as number;
  const y0 = ys[i - 1] as number;
  const y1 = ys[i] as number;
  return x1 === x0 ? y1 : y0 + ((logit - x0) / (x1 - x0)) * (y1 - y0);
}

/** Maps a score logit (verdict head + rating head) onto the 0–100 rating scale through the shipped table. */
export function calibrate(logit: number): number {
  return interpolateCalibration(shippedWeights.calibration, logit);
}

/** A calibrated score moved, when needed, to the verdict head's side of 50 (see SIDE_MARGIN). Shared with the
 *  eval's held-out verdicts. */
export function keepVerdictSide(score: number, logit: number): number {
  if (logit > 0) return Math.max(score, 50 + SIDE_MARGIN);
  return Math.min(score, 50 - SIDE_MARGIN);
}
