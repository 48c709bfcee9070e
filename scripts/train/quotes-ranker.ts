// The quote ranker: L2-regularised logistic regression over the dense features of
// lib/summarise/quotes/ranker-features.ts, fitted by Newton's method (deterministic: no sampling, no random
// start). Rows come from scripts/data/quotes-ranker-data.ts. Each of the four cells — RT pull quotes,
// external negatives, annotated positives, annotated negatives — carries the same total weight, so 8,776 RT
// quotes do not drown the 270 hand-annotated ones, and the annotated reviews' own sentences (the closest thing
// to what the picker chooses among) count as much as the thousands of external ones.
import type { LinearModelFile } from '../../lib/summarise/quotes/linear-model';
import { RANKER_FEATURES } from '../../lib/summarise/quotes/ranker-features';
import type { RankerRow } from '../data/quotes-ranker-data';

/** Total weight of each cell (kind × label); with RIDGE it sets how strongly weights are pulled to 0. */
const CELL_WEIGHT = 1000;
/** L2 penalty on the standardised weights (the intercept is free). */
const RIDGE = 1;
const MAX_ITERATIONS = 50;
const TOLERANCE = 1e-9;
const WEIGHT_DECIMALS = 4;

export interface FittedRanker {
  bias: number;
  weights: Map<string, number>;
}

function cellWeights(rows: readonly RankerRow[]): number[] {
  const counts = new Map<string, number>();
  const key = (r: RankerRow) => `${r.kind}:${r.label}`;
  for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return rows.map((r) => CELL_WEIGHT / (counts.get(key(r)) ?? 1));
}

function standardiser(rows: readonly RankerRow[], w: readonly number[]): { mean: number[]; sd: number[] } {
  const d = RANKER_FEATURES.length;
  const total = w.reduce((a, b) => a + b, 0);
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  rows.forEach((r, i) => {
    r.x.forEach((v, j) => {
      mean[j] = (mean[j] ?? 0) + ((w[i] ?? 0) * v) / total;
    });
  });
  rows.forEach((r, i) => {
    r.x.forEach((v, j) => {
      sd[j] = (sd[j] ?? 0) + ((w[i] ?? 0) * (v - (mean[j] ?? 0)) ** 2) / total;
    });
  });
  return { mean, sd: sd.map((v) => Math.sqrt(v)) };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: one row per feature). */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]?.[c] ?? 0) > Math.abs(M[p]?.[c] ?? 0)) p = r;
    [M[c], M[p]] = [M[p] ?? [], M[c] ?? []];
    const pivot = M[c]?.[c] ?? 1;
    for (let r = c + 1; r < n; r++) {
      const f = (M[r]?.[c] ?? 0) / pivot;
      for (let k = c; k <= n; k++) (M[r] as number[])[k] = (M[r]?.[k] ?? 0) - f * (M[c]?.[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]?.[n] ?? 0;
    for (let k = r + 1; k < n; k++) s -= (M[r]?.[k] ?? 0) * (x[k] ?? 0);
    x[r] = s / (M[r]?.[r] ?? 1);
  }
  return x;
}

/** One Newton step's gradient and Hessian of the penalised weighted log-loss (index 0 = intercept). */
function newtonTerms(z: number[][], y: readonly number[], w: readonly number[], beta: number[]) {
  const n = beta.length;
  const g = beta.map((b, j) => (j === 0 ? 0 : RIDGE * b));
  const H = beta.map((_, i) => beta.map((_, j) => (i === j && i > 0 ? RIDGE : 0)));
  z.forEach((zi, i) => {
    let eta = 0;
    for (let j = 0; j < n; j++) eta += (beta[j] ?? 0) * (zi[j] ?? 0);
    const p = 1 / (1 + Math.exp(-eta));
    const wi = w[i] ?? 0;
    const s = wi * p * (1 - p);
    for (let j = 0; j < n; j++) {
      g[j] = (g[j] ?? 0) + wi * (p - (y[i] ?? 0)) * (zi[j] ?? 0);
      const Hj = H[j] as number[];
      for (let k = j; k < n; k++) Hj[k] = (Hj[k] ?? 0) + s * (zi[j] ?? 0) * (zi[k] ?? 0);
    }
  });
  for (let j = 0; j < n; j++) for (let k = 0; k < j; k++) (H[j] as number[])[k] = H[k]?.[j] ?? 0;
  return { g, H };
}

export function fitRanker(rows: readonly RankerRow[]): FittedRanker {
  const w = cellWeights(rows);
  const { mean, sd } = standardiser(rows, w);
  const z = rows.map((r) => [1, ...r.x.map((v, j) => ((sd[j] ?? 0) > 0 ? (v - (mean[j] ?? 0)) / (sd[j] ?? 1) : 0))]);
  const y = rows.map((r) => r.label);
  let beta = new Array<number>(RANKER_FEATURES.length + 1).fill(0);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const { g, H } = newtonTerms(z, y, w, beta);
    const step = solve(H, g);
    beta = beta.map((b, j) => b - (step[j] ?? 0));
    if (step.reduce((a, s) => a + s * s, 0) < TOLERANCE) break;
  }
  const weights = new Map<string, number>();
  let bias = beta[0] ?? 0;
  RANKER_FEATURES.forEach((name, j) => {
    const s = sd[j] ?? 0;
    if (s === 0) return;
    const raw = (beta[j + 1] ?? 0) / s;
    weights.set(name, raw);
    bias -= raw * (mean[j] ?? 0);
  });
  return { bias, weights };
}

export function rankerFile(fitted: FittedRanker, trainedOn: string): LinearModelFile {
  const scale = 10 ** WEIGHT_DECIMALS;
  const round = (x: number) => Math.round(x * scale) / scale;
  const weights = [...fitted.weights]
    .map(([f, v]): [string, number] => [f, round(v)])
    .filter(([, v]) => v !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { positive: 'pull quote', negative: 'other sentence', trainedOn, bias: round(fitted.bias), weights };
}
