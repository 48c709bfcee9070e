// The verdict of a review on one 0–100 scale: the reviewer's stated rating when there is one, otherwise a
// trained linear text model (NB-weighted logistic regression on word uni- and bigrams with negation scope,
// the concluding part of the review counted twice). Weights: data/verdict-model.json, made by
// `npm run train -- verdict` (scripts/train/verdict.ts); see data/README.md.
import type { Article, TextSpan, Verdict, VerdictLabel } from '../schema';
import model from './data/verdict-model.json';
import { findStatedRating } from './rating';
import { tokenize } from './tokens';

/** Share of a review's words, counted from the end, that form its conclusion. Critics put the verdict
 *  in the last paragraph or two; 25% covers that on full reviews without swallowing the plot summary. */
export const CONCLUSION_SHARE = 0.25;
/** A conclusion is never shorter than this many words, so a short review is read as all conclusion — as
 *  a one-sentence pull quote is in training. */
export const MIN_CONCLUSION_WORDS = 40;
/** Features from the conclusion carry this prefix, so the model learns their own (larger) weights. */
export const CONCLUSION_PREFIX = '~';
/** Texts of fewer words than this are one-liners: a pull quote or a product-review sentence (MR snippets run
 *  ~20 words, Hu & Liu sentences ~18) rather than a review (IMDB's shortest user reviews run ~50–100 words). */
export const SHORT_TEXT_WORDS = 60;
/** One-liners get every feature twice, once plain and once with this prefix ("frustratingly easy" domain
 *  adaptation, Daumé 2007): the prefixed copy learns what a word means in a one-liner over and above its
 *  shared weight, so snippet quirks stop bending the weights that full reviews use. Cross-validated, this
 *  lifted MR snippets by ~0.01, customer sentences by ~0.02 and did not cost the full reviews. */
export const SHORT_TEXT_PREFIX = '1|';
/** At most this many "why" sentences: enough to show the reason, few enough to read in the popup. */
export const MAX_WHY = 3;
/** Score points from the nearest label boundary at which confidence reaches 1. About one label3 band
 *  width on the rating scale: a score that far inside its band is very rarely mislabelled by the critic. */
export const CONFIDENCE_SPAN = 25;

/** Score band of a mixed verdict, fitted on the Pang & Lee rating-scale data (label3) by the trainer:
 *  a score ≤ low is negative, ≥ high is positive, strictly between is mixed. Shared by stated ratings. */
export const MIXED_BAND: { readonly low: number; readonly high: number } = model.band;

/** Radix of the hash gaps in the weights file: the densest encoding `parseInt` reads natively. */
export const HASH_RADIX = 36;

/**
 * FNV-1a (32-bit) of a feature string. The weights file stores hashes, not the features themselves, so four
 * times as many weights fit the size budget; at ~10⁵ stored of 2³² values a stray collision is negligible.
 */
export function featureHash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Reads the weights file: per weight level (an integer multiple of `weightStep`), the sorted hashes of its
 * features as base-36 gaps from the previous hash (the gaps are far shorter than the hashes).
 */
export function decodeWeights(levels: readonly (readonly [number, string])[], step: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [level, gaps] of levels) {
    let hash = 0;
    for (const gap of gaps.split(' ')) {
      hash += Number.parseInt(gap, HASH_RADIX);
      out.set(hash, level * step);
    }
  }
  return out;
}

const WEIGHTS: ReadonlyMap<number, number> = decodeWeights(
  model.levels as unknown as readonly [number, string][],
  model.weightStep,
);

/**
 * The model's features of each sentence: unigrams and bigrams (bigrams never cross a sentence), and the
 * same again with CONCLUSION_PREFIX for sentences in the conclusion. Training uses exactly this function.
 */
export function sentenceFeatures(sentences: readonly string[]): string[][] {
  const tokens = sentences.map(tokenize);
  const total = tokens.reduce((n, t) => n + t.length, 0);
  const short = total < SHORT_TEXT_WORDS;
  const conclusionStart = total - Math.max(MIN_CONCLUSION_WORDS, total * CONCLUSION_SHARE);
  const out: string[][] = [];
  let seen = 0;
  for (const toks of tokens) {
    const grams: string[] = [...toks];
    for (let i = 1; i < toks.length; i++) grams.push(`${toks[i - 1]} ${toks[i]}`);
    // A sentence belongs to the conclusion when it ends inside it.
    seen += toks.length;
    if (seen > conclusionStart) {
      const n = grams.length;
      for (let i = 0; i < n; i++) grams.push(CONCLUSION_PREFIX + grams[i]);
    }
    if (short) {
      const n = grams.length;
      for (let i = 0; i < n; i++) grams.push(SHORT_TEXT_PREFIX + grams[i]);
    }
    out.push(grams);
  }
  return out;
}

/** Each distinct feature counts once per document (binary NBSVM features), credited to its first sentence. */
export function distinctFeatures(perSentence: readonly string[][]): { features: string[]; owner: number[] } {
  const seen = new Set<string>();
  const features: string[] = [];
  const owner: number[] = [];
  perSentence.forEach((grams, s) => {
    for (const g of grams) {
      if (seen.has(g)) continue;
      seen.add(g);
      features.push(g);
      owner.push(s);
    }
  });
  return { features, owner };
}

/** Documents are scaled by 1/√(distinct features) so long and short reviews land on the same logit scale. */
export function lengthNorm(distinct: number): number {
  return 1 / Math.sqrt(Math.max(1, distinct));
}

export interface TextFeatures {
  /** Distinct features of the text. */
  features: string[];
  /** Index of the sentence each feature was first seen in. */
  owner: number[];
  /** The factor every weight is scaled by: lengthNorm of the features without their one-liner copies. */
  norm: number;
}

/** Everything the model reads from a text given as sentences. Training uses exactly this function. */
export function textFeatures(sentences: readonly string[]): TextFeatures {
  const { features, owner } = distinctFeatures(sentenceFeatures(sentences));
  const copies = features.reduce((n, f) => (f.startsWith(SHORT_TEXT_PREFIX) ? n + 1 : n), 0);
  return { features, owner, norm: lengthNorm(features.length - copies) };
}

export interface InferredVerdict {
  /** The raw model logit before calibration. */
  logit: number;
  score: number;
  confidence: number;
  why: TextSpan[];
}

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

/** Maps a model logit onto the 0–100 rating scale through the shipped calibration table. */
export function calibrate(logit: number): number {
  return interpolateCalibration(model.calibration, logit);
}

/** The raw logit of a text given as sentences (used by the trainer's checks and the eval). */
export function modelLogit(sentences: readonly string[]): number {
  const { features, norm } = textFeatures(sentences);
  let sum = 0;
  for (const f of features) sum += WEIGHTS.get(featureHash(f)) ?? 0;
  return model.bias + sum * norm;
}

export function inferVerdict(sentences: readonly TextSpan[]): InferredVerdict {
  const { features, owner, norm } = textFeatures(sentences.map((s) => s.text));
  const bySentence = new Float64Array(sentences.length);
  let sum = 0;
  for (let i = 0; i < features.length; i++) {
    const w = WEIGHTS.get(featureHash(features[i] as string));
    if (w === undefined) continue;
    sum += w;
    const s = owner[i] as number;
    bySentence[s] = (bySentence[s] ?? 0) + w;
  }
  const logit = model.bias + sum * norm;
  const score = calibrate(logit);
  return { logit, score, confidence: confidenceFor(score), why: strongestSentences(sentences, bySentence, score) };
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

export function labelFor(score: number): VerdictLabel {
  if (score >= MIXED_BAND.high) return 'positive';
  if (score <= MIXED_BAND.low) return 'negative';
  return 'mixed';
}

/** The verdict of the whole review: the reviewer's stated rating when there is one, else the model's. */
export function decideVerdict(article: Article, sentences: readonly TextSpan[]): Verdict {
  const stated = findStatedRating(article);
  if (stated) {
    const score = Math.round(stated.score);
    return { label: labelFor(score), score, confidence: 1, basis: 'stated', stated, why: [] };
  }
  const inferred = inferVerdict(sentences);
  const score = Math.round(inferred.score);
  return {
    label: labelFor(score),
    score,
    confidence: inferred.confidence,
    basis: 'inferred',
    stated: null,
    why: inferred.why,
  };
}
