// The text model's verdict on a review: the three heads summed over its features — the side (verdict head),
// the degree (rating head, added in for the score) and whether it is mixed (mixed head) — calibrated onto the
// 0–100 scale, labelled, with its confidence and the sentences that pulled hardest as the "why".
import type { TextSpan, VerdictLabel } from '../../schema';
import { calibrate, keepVerdictSide } from './calibration';
import { SHORT_TEXT_PREFIX, type TextFeatures, textFeatures } from './features';
import { inferredConfidence, inferredLabel, mixedProbability, sideConfidence } from './label';
import { shippedModel, shippedWeights } from './model';
import { featureHash, indexOfHash } from './weights';

/** At most this many "why" sentences: enough to show the reason, few enough to read in the popup. */
export const MAX_WHY = 3;

export interface InferredVerdict {
  /** The verdict head's raw logit (> 0: positive side), before calibration. */
  logit: number;
  /** The mixed head's raw logit. */
  mixedLogit: number;
  /** Probability that the review is mixed (the mixed decision over the heads; 0 for a one-liner). */
  pMixed: number;
  label: VerdictLabel;
  score: number;
  confidence: number;
  why: TextSpan[];
}

interface HeadSums {
  logit: number;
  scoreLogit: number;
  mixedLogit: number;
  /** Each sentence's pull on the score logit (for the "why"). */
  pull: Float64Array;
}

/** The heads over a text's features. */
function headSums({ features, owner, norm }: TextFeatures, sentences = 0): HeadSums {
  const pull = new Float64Array(sentences);
  const mix = shippedWeights.rating.mix;
  const { hashes, text: textWeights, rating: ratingWeights, mixed: mixedWeights } = shippedModel();
  let text = 0;
  let rating = 0;
  let mixed = 0;
  for (let i = 0; i < features.length; i++) {
    const at = indexOfHash(hashes, featureHash(features[i] as string));
    if (at < 0) continue;
    const t = textWeights[at] as number;
    const r = ratingWeights[at] as number;
    text += t;
    rating += r;
    mixed += mixedWeights[at] as number;
    const s = owner[i] as number;
    if (s < sentences) pull[s] = (pull[s] ?? 0) + t + mix * r;
  }
  const logit = shippedWeights.text.bias + text * norm;
  return {
    logit,
    scoreLogit: logit + mix * (shippedWeights.rating.bias + rating * norm),
    mixedLogit: shippedWeights.mixed.bias + mixed * norm,
    pull,
  };
}

export function inferVerdict(sentences: readonly TextSpan[]): InferredVerdict {
  const features = textFeatures(sentences.map((s) => s.text));
  const heads = headSums(features, sentences.length);
  const { logit, scoreLogit, mixedLogit, pull } = heads;
  const score = keepVerdictSide(calibrate(scoreLogit), logit);
  const oneLiner = features.features.some((f) => f.startsWith(SHORT_TEXT_PREFIX));
  const pMixed = mixedProbability(heads, oneLiner);
  const label = inferredLabel(logit, pMixed);
  return {
    logit,
    mixedLogit,
    pMixed,
    label,
    score,
    confidence: inferredConfidence(label, logit, pMixed, oneLiner),
    why: strongestSentences(sentences, pull, label),
  };
}

/**
 * The verdict model applied to one sentence: score in [−1, 1] (the verdict head's probability of positive,
 * rescaled; > 0 leans positive) and the probability that its side is right. Pure; for the aspect verdicts.
 */
export function sentencePolarity(text: string): { score: number; confidence: number } {
  const { logit } = headSums(textFeatures([text]));
  const score = 2 / (1 + Math.exp(-logit)) - 1;
  return {
    score: Math.round(score * 1000) / 1000,
    confidence: Math.round(sideConfidence(logit, shippedWeights.confidence.short) * 100) / 100,
  };
}

/** The sentences that pushed hardest towards the verdict's side of the scale (in reading order). */
function strongestSentences(sentences: readonly TextSpan[], pull: Float64Array, label: VerdictLabel): TextSpan[] {
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
