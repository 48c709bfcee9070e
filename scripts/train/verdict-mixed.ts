// The verdict model's mixed decision (MixedDecision in lib/summarise/verdict/label.ts), fitted on held-out
// predictions of the three heads: a logistic combiner of the mixed head, the score and the verdict head's
// logit, learned from the graded critic reviews (label3 = 1 mixed, else not) against the polarity and IMDB
// reviews (never mixed), and the probability at or above which a full review reads "mixed". The mixed head
// alone barely tells a mixed critic review from a negative one (its probability's medians by label3 are
// close); a middling score tells them apart better, and each alone would call many clearly positive or
// negative reviews mixed. The threshold takes the best 3-class accuracy on the graded reviews among those that
// cost no pos/neg corpus more than MIXED_LABEL_COST of its label accuracy.
import { type HeadLogits, type MixedDecision, mixedInputs, mixedProbability } from '../../lib/summarise/verdict';
import type { VerdictExample, VerdictSource } from '../data/verdict-datasets';
import type { CrossValidation } from './verdict';

/** How much label accuracy calling full reviews "mixed" may cost each pos/neg corpus of full reviews, against
 *  never calling them mixed (on the held-out predictions the threshold is fitted on). Issue 16 asks for a
 *  label right ≥ 0.88 on critics' and IMDB reviews with "mixed" counted wrong, which the verdict head's side
 *  clears by ~0.02–0.03; 0.01 keeps that margin. Measured trade-off (3-class against the pos/neg labels):
 *  data/README.md. */
export const MIXED_LABEL_COST = 0.01;
/** Corpora whose full reviews the combiner learns as not mixed (besides the graded reviews' own label3). The
 *  IMDB reviews (≤ 4★ or ≥ 7★) teach it that a user review is not mixed for its genre alone; adding the Amazon
 *  reviews too cost 3-class accuracy (held out) and gained Amazon little. */
const NOT_MIXED_SOURCES: readonly VerdictSource[] = ['polarity', 'imdb'];
/** The pos/neg corpora of full reviews whose label accuracy the threshold protects. */
const PROTECTED_SOURCES: readonly VerdictSource[] = ['polarity', 'imdb', 'amazon'];
/** Ridge penalty of the combiner (on its summed weights of 1 per corpus): just enough to keep Newton's
 *  method well-posed. */
const COMBINER_L2 = 1e-3;
const COMBINER_ITERATIONS = 30;
/** Threshold candidates: this many quantiles of the graded reviews' mixed probability, from the median up. */
const THRESHOLD_CANDIDATES = 200;
/** Threshold meaning "never mixed", when every candidate costs too much. */
const NEVER = 1;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function roundSig(x: number, digits: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}

function headsOf(cv: CrossValidation, i: number): HeadLogits {
  return {
    logit: cv.logits[i] as number,
    scoreLogit: cv.scoreLogits[i] as number,
    mixedLogit: cv.mixedLogits[i] as number,
  };
}

/** Solves A x = b (A small, symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] as number) > Math.abs(m[p]?.[c] as number)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c] as number[];
    for (let r = c + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * (pivot[k] as number);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let s = row[n] as number;
    for (let k = r + 1; k < n; k++) s -= (row[k] as number) * (x[k] as number);
    x[r] = s / (row[r] as number);
  }
  return x;
}

/** Weighted logistic regression by Newton's method; x's first column is the bias. */
function fitLogistic(xs: readonly number[][], ys: readonly number[], ws: readonly number[]): number[] {
  const d = (xs[0] ?? []).length;
  let beta = new Array<number>(d).fill(0);
  for (let iter = 0; iter < COMBINER_ITERATIONS; iter++) {
    const g = beta.map((b) => COMBINER_L2 * b);
    const h = beta.map((_, r) => beta.map((__, c) => (r === c ? COMBINER_L2 : 0)));
    xs.forEach((x, k) => {
      const p = sigmoid(x.reduce((z, v, j) => z + v * (beta[j] as number), 0));
      const w = ws[k] as number;
      const v = w * p * (1 - p);
      for (let r = 0; r < d; r++) {
        g[r] = (g[r] as number) + w * (p - (ys[k] as number)) * (x[r] as number);
        const hr = h[r] as number[];
        for (let c = 0; c < d; c++) hr[c] = (hr[c] as number) + v * (x[r] as number) * (x[c] as number);
      }
    });
    const step = solve(h, g);
    beta = beta.map((b, j) => b - (step[j] as number));
  }
  return beta;
}

/** The combiner, learned on the full reviews at `indices`: each corpus weighs the same in total. */
function fitCombiner(cv: CrossValidation, indices: readonly number[]): { bias: number; weights: number[] } {
  const rows = indices.filter((i) => {
    const { source } = cv.examples[i] as VerdictExample;
    return !cv.short[i] && (source === 'scale' || NOT_MIXED_SOURCES.includes(source));
  });
  const perSource = new Map<string, number>();
  for (const i of rows) {
    const { source } = cv.examples[i] as VerdictExample;
    perSource.set(source, (perSource.get(source) ?? 0) + 1);
  }
  const xs = rows.map((i) => [1, ...mixedInputs(headsOf(cv, i))]);
  const ys = rows.map((i) => ((cv.examples[i] as VerdictExample).label3 === 1 ? 1 : 0));
  const ws = rows.map((i) => 1 / (perSource.get((cv.examples[i] as VerdictExample).source) as number));
  const [bias, ...weights] = fitLogistic(xs, ys, ws).map((b) => roundSig(b, 6));
  return { bias: bias as number, weights };
}

/** The probability threshold: the best 3-class accuracy on the graded reviews at `indices` among those that
 *  cost each protected corpus at most MIXED_LABEL_COST of label accuracy. */
function fitThreshold(cv: CrossValidation, indices: readonly number[], pMixed: readonly number[]): number {
  // Every review of a corpus counts (a one-liner's mixed probability is 0: it never reads "mixed").
  const of = (source: VerdictSource) => indices.filter((i) => (cv.examples[i] as VerdictExample).source === source);
  const sideRight = (i: number) =>
    ((cv.logits[i] as number) > 0 ? 1 : 0) === sideOfGold(cv.examples[i] as VerdictExample);
  const scale = of('scale');
  // A review called mixed: right when it is mixed; else a pos/neg review called mixed loses its right side.
  const mixedP = scale.filter((i) => (cv.examples[i] as VerdictExample).label3 === 1).map((i) => pMixed[i] as number);
  const sidedRightP = scale.filter(sideRight).map((i) => pMixed[i] as number);
  const protectedRows = PROTECTED_SOURCES.map((s) => {
    const idx = of(s);
    return { n: Math.max(1, idx.length), rightP: idx.filter(sideRight).map((i) => pMixed[i] as number) };
  });
  const sorted = scale.map((i) => pMixed[i] as number).sort((a, b) => a - b);
  let best = NEVER;
  let bestGain = 0;
  for (let k = 0; k < THRESHOLD_CANDIDATES; k++) {
    const t = sorted[Math.floor((0.5 + (0.5 * k) / THRESHOLD_CANDIDATES) * sorted.length)] as number;
    if (protectedRows.some((r) => r.rightP.filter((p) => p >= t).length / r.n > MIXED_LABEL_COST)) continue;
    // 3-class accuracy gained over never calling a review mixed.
    const gain = mixedP.filter((p) => p >= t).length - sidedRightP.filter((p) => p >= t).length;
    if (gain > bestGain) {
      bestGain = gain;
      best = roundSig(t, 6);
    }
  }
  return best;
}

/** A pos/neg or graded review's side (1 positive, 0 negative; −1 for a mixed graded review). */
function sideOfGold(ex: VerdictExample): number {
  if (ex.source === 'scale') return ex.label3 === 2 ? 1 : ex.label3 === 0 ? 0 : -1;
  return ex.target >= 0.5 ? 1 : 0;
}

/** The mixed decision fitted on the held-out predictions at `indices` (the trainer: all; the eval: the other
 *  folds). */
export function fitMixedDecision(cv: CrossValidation, indices: readonly number[]): MixedDecision {
  const combiner = fitCombiner(cv, indices);
  const pMixed = cv.examples.map((_, i) =>
    mixedProbability(headsOf(cv, i), cv.short[i] as boolean, { ...combiner, threshold: NEVER }),
  );
  return { ...combiner, threshold: fitThreshold(cv, indices, pMixed) };
}
