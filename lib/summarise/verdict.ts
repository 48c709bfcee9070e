// The verdict of a review on one 0–100 scale: the reviewer's stated rating when there is one, otherwise a
// trained linear text model (NB-weighted logistic regression on word uni- and bigrams with negation scope,
// the words after a sentence's "but" and the concluding part of the review counted again, plus
// sentiment-lexicon valence features) with two heads on the same features: the verdict head (which side)
// and a rating head learned from graded critic reviews, added in for the score. Weights: data/verdict-model.json, made by `npm run train -- verdict`
// (scripts/train/verdict.ts); see data/README.md.
import type { Article, TextSpan, Verdict, VerdictLabel } from '../schema';
import { tokenize } from '../text/tokens';
import model from './data/verdict-model.json';
import { findStatedRating } from './rating';

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
/** Words that turn a sentence ("Pretty to look at, but hollow"): what follows them is usually the writer's
 *  real judgement. The words after the last of them in a sentence are counted again with CONTRAST_PREFIX, so
 *  the model learns their own weights. Cross-validated: IMDB +0.007, 3-class +0.005, MR +0.003, polarity and
 *  Spearman unchanged (±0.001); adding "though", "although", "yet", "still" or the bigrams after the turn, or
 *  marking the words before it, did no better. */
const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however']);
export const CONTRAST_PREFIX = '>';
/** The prefix `tokenize` gives words inside a negation scope. */
const NEGATED = 'NOT_';
/** Prefix of a lexicon feature: `@lex` plus the prior valence (−5 … 5, flipped inside a negation scope) of a
 *  word in the shipped sentiment lexicon. One such feature per valence lets what the model learned from
 *  frequent words reach the rare ones the lexicon knows. Cross-validated: customer sentences +0.016,
 *  polarity +0.004, MR and IMDB +0.002, scale 3-class −0.002 (Spearman unchanged). */
export const LEXICON_PREFIX = '@lex';
/** At most this many "why" sentences: enough to show the reason, few enough to read in the popup. */
export const MAX_WHY = 3;
/** Score points from the nearest label boundary at which confidence reaches 1. About one label3 band
 *  width on the rating scale: a score that far inside its band is very rarely mislabelled by the critic. */
export const CONFIDENCE_SPAN = 25;

/** How far from 50 an inferred score sits when the verdict head has to carry it across the middle. The
 *  score reads the verdict head plus the rating head (the rating head, learned from graded critic reviews
 *  only, ranks degrees better); the verdict head alone, learned from every corpus, picks the side better.
 *  When they disagree the score is near the middle anyway, so it moves just past 50 to the verdict head's
 *  side: 51 or 49, on one side of 50 however a reader rounds or compares. Cross-validated: score > 50 agrees
 *  with the verdict head's accuracy (IMDB 0.844 → 0.864, customer sentences 0.821 → 0.828) while the 3-class
 *  label (0.698) and Spearman are unchanged; 4% of the rating-scale reviews move. */
export const SIDE_MARGIN = 1;

/** Score band of a mixed verdict, fitted on the Pang & Lee rating-scale data (label3) by the trainer for the
 *  best balanced accuracy (fitBand in scripts/train/verdict.ts): a score ≤ low is negative, ≥ high is positive,
 *  strictly between is mixed. Shared by stated ratings. */
export const MIXED_BAND: { readonly low: number; readonly high: number } = model.band;

/** The symbols of the weights file: printable ASCII that JSON stores as itself ('#' … '~' less the
 *  backslash), 91 of them, so one character holds a weight level and three hold a hash gap. */
export const SYMBOLS: string = Array.from({ length: 0x7e - 0x23 + 1 }, (_, i) => String.fromCharCode(0x23 + i))
  .filter((c) => c !== '\\')
  .join('');
/** Characters per hash gap: 91³ ≈ 750,000, some twenty times the mean gap (~35,000) of the ~120,000
 *  hashes spread over 2³². */
export const GAP_DIGITS = 3;
/** The largest gap code means "move on by this much, no feature here", for the (vanishingly rare) longer gap. */
export const GAP_SKIP = SYMBOLS.length ** GAP_DIGITS - 1;
/** The weight symbol that stands for 0; symbols above and below it are positive and negative levels. */
export const ZERO_LEVEL = (SYMBOLS.length - 1) / 2;

/** A head's weight scale: level k ≠ 0 means sign(k) · lo · ratio^(|k| − 1). Logarithmic steps keep small
 *  and large weights to the same relative precision (±(√ratio − 1), about ±4%), which cross-validation
 *  showed moves no accuracy figure by more than 0.001. */
export interface WeightScale {
  lo: number;
  ratio: number;
}

/** The weight of level k (−ZERO_LEVEL … ZERO_LEVEL) on a head's scale. Shared with the trainer. */
export function levelWeight(k: number, scale: WeightScale): number {
  return k === 0 ? 0 : Math.sign(k) * scale.lo * scale.ratio ** (Math.abs(k) - 1);
}

/**
 * FNV-1a (32-bit) of a feature string. The weights file stores hashes, not the features themselves, so four
 * times as many weights fit the size budget; at ~10⁵ stored of 2³² values a stray collision is negligible.
 */
export function featureHash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Value of each symbol by char code (−1: not a symbol). */
const SYMBOL_VALUE: Int8Array = (() => {
  const out = new Int8Array(128).fill(-1);
  for (let i = 0; i < SYMBOLS.length; i++) out[SYMBOLS.charCodeAt(i)] = i;
  return out;
})();

/** Reads the sorted feature hashes of the weights file: GAP_DIGITS symbols per gap from the previous hash.
 *  A typed array searched by bisection (indexOfHash), not a Map: building a Map of ~110,000 entries cost
 *  a fresh worker tens of milliseconds on the way to its first summary. */
export function decodeHashes(gaps: string): Uint32Array {
  const out = new Uint32Array(Math.floor(gaps.length / GAP_DIGITS));
  let count = 0;
  let hash = 0;
  for (let i = 0; i + GAP_DIGITS <= gaps.length; i += GAP_DIGITS) {
    let gap = 0;
    for (let d = 0; d < GAP_DIGITS; d++) gap = gap * SYMBOLS.length + (SYMBOL_VALUE[gaps.charCodeAt(i + d)] ?? 0);
    hash += gap;
    if (gap !== GAP_SKIP) out[count++] = hash;
  }
  return out.subarray(0, count);
}

/** Position of a hash in the sorted hashes, or −1. */
export function indexOfHash(hashes: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = hashes[mid] as number;
    if (value === hash) return mid;
    if (value < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Reads one head's weights: one symbol per stored hash, in hash order. A plain loop over a 91-entry table
 *  (Float64Array.from over the string's iterator took ~60 ms for 110,000 symbols on a cold start). */
export function decodeLevels(symbols: string, scale: WeightScale): Float64Array {
  const weightOf = Float64Array.from({ length: SYMBOLS.length }, (_, k) => levelWeight(k - ZERO_LEVEL, scale));
  const out = new Float64Array(symbols.length);
  for (let i = 0; i < symbols.length; i++) out[i] = weightOf[SYMBOL_VALUE[symbols.charCodeAt(i)] ?? ZERO_LEVEL] ?? 0;
  return out;
}

/** Reads the lexicon of the weights file: per valence, its words one space apart. */
export function decodeLexicon(byValence: Readonly<Record<string, string>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [valence, words] of Object.entries(byValence)) {
    for (const w of words.split(' ')) if (w) out.set(w, Number(valence));
  }
  return out;
}

/** The shipped model in memory. Built on first use, not when the module loads: decoding ~113,000 weights
 *  takes ~10–15 ms cold, and a freshly started service worker should answer its first message (the page's
 *  request to inject the analyser) before paying for it. The background's warm-up builds it while the page
 *  is still extracting its article. */
interface DecodedModel {
  /** The sentiment lexicon that LEXICON_PREFIX features read: AFINN-165's single words (the trainer writes
   *  it into the weights file). */
  lexicon: ReadonlyMap<string, number>;
  /** The stored hashes, sorted: a hash's position indexes the heads' weight arrays. */
  hashes: Uint32Array;
  /** The verdict head: a review's side (logistic regression on every corpus). */
  text: Float64Array;
  /** The rating head: the degree, learned from the graded critic reviews only; it shares the verdict head's
   *  features and is added to it (times model.rating.mix) for the score. */
  rating: Float64Array;
}

let decoded: DecodedModel | undefined;

function shippedModel(): DecodedModel {
  decoded ??= {
    lexicon: decodeLexicon(model.lexicon),
    hashes: decodeHashes(model.hashes),
    text: decodeLevels(model.text.weights, model.text),
    rating: decodeLevels(model.rating.weights, model.rating),
  };
  return decoded;
}

/**
 * The model's features of each sentence: unigrams and bigrams (bigrams never cross a sentence), and the
 * same again with CONCLUSION_PREFIX for sentences in the conclusion. Training uses exactly this function.
 */
export function sentenceFeatures(
  sentences: readonly string[],
  lexicon: ReadonlyMap<string, number> = shippedModel().lexicon,
): string[][] {
  const tokens = sentences.map(tokenize);
  const total = tokens.reduce((n, t) => n + t.length, 0);
  const short = total < SHORT_TEXT_WORDS;
  const conclusionStart = total - Math.max(MIN_CONCLUSION_WORDS, total * CONCLUSION_SHARE);
  const out: string[][] = [];
  let seen = 0;
  for (const toks of tokens) {
    const grams: string[] = [...toks];
    for (let i = 1; i < toks.length; i++) grams.push(`${toks[i - 1]} ${toks[i]}`);
    const turn = lastContrast(toks);
    for (let i = turn + 1; turn >= 0 && i < toks.length; i++) grams.push(CONTRAST_PREFIX + toks[i]);
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
    // Lexicon features get no one-liner copies: their one weight per valence serves texts of every length
    // (cross-validated, the copies cost MR snippets 0.004).
    for (const tok of toks) {
      const negated = tok.startsWith(NEGATED);
      const valence = lexicon.get(negated ? tok.slice(NEGATED.length) : tok);
      if (valence === undefined) continue;
      const feature = `${LEXICON_PREFIX}${negated ? -valence : valence}`;
      grams.push(feature);
      if (seen > conclusionStart) grams.push(CONCLUSION_PREFIX + feature);
    }
    out.push(grams);
  }
  return out;
}

/** Position of the last contrast word in a sentence's tokens (negated or not), or −1. */
function lastContrast(toks: readonly string[]): number {
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i] as string;
    if (CONTRAST_WORDS.has(t.startsWith(NEGATED) ? t.slice(NEGATED.length) : t)) return i;
  }
  return -1;
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
export function textFeatures(
  sentences: readonly string[],
  lexicon: ReadonlyMap<string, number> = shippedModel().lexicon,
): TextFeatures {
  const { features, owner } = distinctFeatures(sentenceFeatures(sentences, lexicon));
  const copies = features.reduce((n, f) => (f.startsWith(SHORT_TEXT_PREFIX) ? n + 1 : n), 0);
  return { features, owner, norm: lengthNorm(features.length - copies) };
}

export interface InferredVerdict {
  /** The verdict head's raw logit (> 0: positive side), before calibration. */
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

/** Maps a score logit (verdict head + rating head) onto the 0–100 rating scale through the shipped table. */
export function calibrate(logit: number): number {
  return interpolateCalibration(model.calibration, logit);
}

/** Both heads over a text's features: the verdict head's logit, the score logit, and each sentence's pull
 *  on the score logit (for the "why"). */
function headSums(
  { features, owner, norm }: TextFeatures,
  sentences = 0,
): { logit: number; scoreLogit: number; pull: Float64Array } {
  const pull = new Float64Array(sentences);
  const mix = model.rating.mix;
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
  const logit = model.text.bias + text * norm;
  return { logit, scoreLogit: logit + mix * (model.rating.bias + rating * norm), pull };
}

/** A calibrated score moved, when needed, to the verdict head's side of 50 (see SIDE_MARGIN). Shared with the
 *  eval's held-out verdicts. */
export function keepVerdictSide(score: number, logit: number): number {
  if (logit > 0) return Math.max(score, 50 + SIDE_MARGIN);
  return Math.min(score, 50 - SIDE_MARGIN);
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

/** The verdict of the whole review: the reviewer's stated rating when there is one, else the model's. */
export function decideVerdict(article: Article, sentences: readonly TextSpan[]): Verdict {
  const stated = findStatedRating(article);
  if (stated) {
    const score = Math.round(stated.score);
    return { label: labelFor(score), score, confidence: 1, basis: 'stated', stated, why: [], aspects: [] };
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
    aspects: [],
  };
}
