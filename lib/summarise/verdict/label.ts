// The label people read and how sure the model is of it. A score's label (labelFor) serves stated ratings: a
// middling stated rating is mixed. An inferred verdict's label comes from two heads: the mixed head says
// whether the review weighs praise against complaint, the verdict head says which side it is on. Doubt is
// never shown as "mixed": it is the confidence, the probability (fitted on held-out predictions) that the
// label is right.
import type { VerdictLabel } from '../../schema';
import { shippedWeights } from './model';

/** Score band of a mixed verdict, fitted on the Pang & Lee rating-scale data (label3) by the trainer for the
 *  best balanced accuracy (fitBand in scripts/train/verdict.ts): a score ≤ low is negative, ≥ high is positive,
 *  strictly between is mixed. Used for stated ratings. */
export const MIXED_BAND: { readonly low: number; readonly high: number } = shippedWeights.band;

/** The mixed head's probability at or above which a full review reads "mixed": fitted by the trainer on
 *  held-out predictions for the best mean label accuracy over the graded critic reviews (3-class) and the
 *  pos/neg full-review corpora (fitMixedThreshold in scripts/train/verdict.ts). */
export const MIXED_PROBABILITY: number = shippedWeights.mixedThreshold;

/** Platt scale of the verdict head's |logit| into the probability that its side is right. */
export interface ConfidenceScale {
  readonly a: number;
  readonly b: number;
}

/** The trainer's Platt scales: one for full reviews, one for one-liners (whose logit rests on fewer words). */
export interface ConfidenceScales {
  readonly full: ConfidenceScale;
  readonly short: ConfidenceScale;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
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

/** The inferred label: mixed when the mixed head says so, else the verdict head's side. A one-liner (a pull
 *  quote, a snippet, one product sentence) is never mixed: the mixed head learned from full reviews only, and
 *  a one-line verdict takes a side. */
export function inferredLabel(
  logit: number,
  mixedLogit: number,
  oneLiner: boolean,
  threshold = MIXED_PROBABILITY,
): VerdictLabel {
  if (!oneLiner && sigmoid(mixedLogit) >= threshold) return 'mixed';
  return logit > 0 ? 'positive' : 'negative';
}

/** Probability that the verdict head's side is right, from its |logit| (Platt scale fitted by the trainer). */
export function sideConfidence(logit: number, scale: ConfidenceScale): number {
  return sigmoid(scale.a * Math.abs(logit) + scale.b);
}

/** The confidence shown with an inferred label, two decimals: for a side, the probability that the side is
 *  right and that the review is not mixed (a one-liner is not); for "mixed", the mixed head's probability. */
export function inferredConfidence(
  label: VerdictLabel,
  logit: number,
  mixedLogit: number,
  oneLiner: boolean,
  scales: ConfidenceScales = shippedWeights.confidence,
): number {
  const mixed = oneLiner ? 0 : sigmoid(mixedLogit);
  const side = sideConfidence(logit, oneLiner ? scales.short : scales.full);
  const p = label === 'mixed' ? mixed : side * (1 - mixed);
  return Math.round(p * 100) / 100;
}
