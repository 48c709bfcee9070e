// The label people read and how sure the model is of it. A score's label (labelFor) serves stated ratings: a
// middling stated rating is mixed. An inferred verdict's label comes from the heads: the mixed decision (the
// mixed head read together with the score) says whether the review weighs praise against complaint, the
// verdict head says which side it is on. Doubt is
// never shown as "mixed": it is the confidence, the probability (fitted on held-out predictions) that the
// label is right.
import type { VerdictLabel } from '../../schema';
import { shippedWeights } from './model';

/** Score band of a mixed verdict, fitted on the Pang & Lee rating-scale data (label3) by the trainer for the
 *  best balanced accuracy (fitBand in scripts/train/verdict.ts): a score ≤ low is negative, ≥ high is positive,
 *  strictly between is mixed. Used for stated ratings. */
export const MIXED_BAND: { readonly low: number; readonly high: number } = shippedWeights.band;

/** What the decision "is this review mixed?" reads: the three heads' logits of one text. */
export interface HeadLogits {
  /** The verdict head's logit (> 0: positive side). */
  readonly logit: number;
  /** The score logit (verdict head + rating head), before calibration onto 0–100. */
  readonly scoreLogit: number;
  /** The mixed head's logit. */
  readonly mixedLogit: number;
}

/** The mixed decision: a logistic combiner of the heads (fitted by the trainer on held-out predictions of the
 *  graded critic reviews, label3 = mixed, against the polarity and IMDB reviews, none mixed; fitMixedDecision
 *  in scripts/train/verdict.ts) and the probability at or above which a full review reads "mixed" (the best
 *  3-class accuracy on the graded critic reviews that costs no pos/neg corpus of full reviews more than
 *  MIXED_LABEL_COST of its label accuracy). The mixed head alone barely tells a mixed review from a negative one; a middling
 *  score does, and the two together do better than either (data/README.md). */
export interface MixedDecision {
  readonly bias: number;
  /** Weights of [mixed logit, score logit, score logit², |verdict logit|, verdict logit]. */
  readonly weights: readonly number[];
  readonly threshold: number;
}

/** The combiner's inputs, in the order of MixedDecision.weights. Shared with the trainer. */
export function mixedInputs(h: HeadLogits): number[] {
  return [h.mixedLogit, h.scoreLogit, h.scoreLogit * h.scoreLogit, Math.abs(h.logit), h.logit];
}

/** Probability that a review is mixed (0 for a one-liner, which takes a side). */
export function mixedProbability(
  h: HeadLogits,
  oneLiner: boolean,
  decision: MixedDecision = shippedWeights.mixedDecision,
): number {
  if (oneLiner) return 0;
  const x = mixedInputs(h);
  return sigmoid(decision.weights.reduce((z, w, i) => z + w * (x[i] as number), decision.bias));
}

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

/** The inferred label: mixed when the mixed decision says so (mixedProbability ≥ the fitted threshold), else
 *  the verdict head's side. A one-liner (a pull quote, a snippet, one product sentence) is never mixed: the
 *  mixed head learned from full reviews only, and a one-line verdict takes a side (mixedProbability is 0). */
export function inferredLabel(
  logit: number,
  pMixed: number,
  threshold: number = shippedWeights.mixedDecision.threshold,
): VerdictLabel {
  if (pMixed > 0 && pMixed >= threshold) return 'mixed';
  return logit > 0 ? 'positive' : 'negative';
}

/** Probability that the verdict head's side is right, from its |logit| (Platt scale fitted by the trainer). */
export function sideConfidence(logit: number, scale: ConfidenceScale): number {
  return sigmoid(scale.a * Math.abs(logit) + scale.b);
}

/** The confidence shown with an inferred label, two decimals: for a side, the probability that the side is
 *  right and that the review is not mixed; for "mixed", the probability that it is mixed. */
export function inferredConfidence(
  label: VerdictLabel,
  logit: number,
  pMixed: number,
  oneLiner: boolean,
  scales: ConfidenceScales = shippedWeights.confidence,
): number {
  const side = sideConfidence(logit, oneLiner ? scales.short : scales.full);
  const p = label === 'mixed' ? pMixed : side * (1 - pMixed);
  return Math.round(p * 100) / 100;
}
