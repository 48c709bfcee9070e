// From a 0–100 score to the label people read and its confidence.
import type { VerdictLabel } from '../../schema';
import { shippedWeights } from './model';

/** Score points from the nearest label boundary at which confidence reaches 1. About one label3 band
 *  width on the rating scale: a score that far inside its band is very rarely mislabelled by the critic. */
export const CONFIDENCE_SPAN = 25;

/** Score band of a mixed verdict, fitted on the Pang & Lee rating-scale data (label3) by the trainer for the
 *  best balanced accuracy (fitBand in scripts/train/verdict.ts): a score ≤ low is negative, ≥ high is positive,
 *  strictly between is mixed. Shared by stated ratings. */
export const MIXED_BAND: { readonly low: number; readonly high: number } = shippedWeights.band;

/** How far inside its label's band the score sits, 0 (on a boundary) … 1 (CONFIDENCE_SPAN or more inside). */
export function confidenceFor(score: number): number {
  const label = labelFor(score);
  const inside =
    label === 'positive'
      ? score - MIXED_BAND.high
      : label === 'negative'
        ? MIXED_BAND.low - score
        : Math.min(score - MIXED_BAND.low, MIXED_BAND.high - score);
  return Math.round(Math.min(1, Math.max(0, inside) / CONFIDENCE_SPAN) * 100) / 100;
}

/** The label of a score: the shipped mixed band, or another (the eval's per-fold bands). */
export function labelFor(
  score: number,
  band: { readonly low: number; readonly high: number } = MIXED_BAND,
): VerdictLabel {
  if (score >= band.high) return 'positive';
  if (score <= band.low) return 'negative';
  return 'mixed';
}
