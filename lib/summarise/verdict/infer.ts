// The text model's verdict on a review: both heads summed over its features, calibrated onto the 0–100 scale,
// with the sentences that pulled hardest as the "why".
import type { TextSpan } from '../../schema';
import { calibrate, keepVerdictSide } from './calibration';
import { type TextFeatures, textFeatures } from './features';
import { confidenceFor, labelFor } from './label';
import { shippedModel, shippedWeights } from './model';
import { featureHash, indexOfHash } from './weights';

/** At most this many "why" sentences: enough to show the reason, few enough to read in the popup. */
export const MAX_WHY = 3;

export interface InferredVerdict {
  /** The verdict head's raw logit (> 0: positive side), before calibration. */
  logit: number;
  score: number;
  confidence: number;
  why: TextSpan[];
}

/** Both heads over a text's features: the verdict head's logit, the score logit, and each sentence's pull
 *  on the score logit (for the "why"). */
function headSums(
  { features, owner, norm }: TextFeatures,
  sentences = 0,
): { logit: number; scoreLogit: number; pull: Float64Array } {
  const pull = new Float64Array(sentences);
  const mix = shippedWeights.rating.mix;
  const { hashes, text: textWeights, rating: ratingWeights } = shippedModel();
  let text = 0;
  let rating = 0;
  for (let i = 0; i < features.length; i++) {
    const at = indexOfHash(hashes, featureHash(features[i] as string));
    if (at < 0) continue;
    const t = textWeights[at] as number;
    const r = ratingWeights[at] as number;
    text += t;
    rating += r;
    const s = owner[i] as number;
    if (s < sentences) pull[s] = (pull[s] ?? 0) + t + mix * r;
  }
  const logit = shippedWeights.text.bias + text * norm;
  return { logit, scoreLogit: logit + mix * (shippedWeights.rating.bias + rating * norm), pull };
}

export function inferVerdict(sentences: readonly TextSpan[]): InferredVerdict {
  const { logit, scoreLogit, pull } = headSums(textFeatures(sentences.map((s) => s.text)), sentences.length);
  const score = keepVerdictSide(calibrate(scoreLogit), logit);
  return { logit, score, confidence: confidenceFor(score), why: strongestSentences(sentences, pull, score) };
}

/** The sentences that pushed hardest towards the verdict's side of the scale (in reading order). */
function strongestSentences(sentences: readonly TextSpan[], pull: Float64Array, score: number): TextSpan[] {
  const label = labelFor(score);
  // A mixed verdict is explained by its strongest sentence on each side.
  const sides = label === 'positive' ? [1] : label === 'negative' ? [-1] : [1, -1];
  const picked = new Set<number>();
  for (const sign of sides) {
    const toward = (i: number) => (pull[i] ?? 0) * sign;
    const ranked = [...pull.keys()].filter((i) => toward(i) > 0).sort((a, b) => toward(b) - toward(a));
    const take = sides.length === 1 ? MAX_WHY : 1;
    for (const i of ranked.slice(0, take)) picked.add(i);
  }
  return [...picked].sort((a, b) => a - b).map((i) => sentences[i] as TextSpan);
}
