// A small dense logistic regression for the page combiner (a dozen features, a few hundred pages): full-batch
// gradient descent from zero, so the same data always gives the same weights.

export interface DenseModel {
  bias: number;
  weights: number[];
}

/** Steps and step size: enough to converge on 0…1 features; fixed, not tuned on any reported figure. */
const STEPS = 4000;
const STEP_SIZE = 0.5;

/** `balanced` weighs each class by half the data over its count, so the boundary is not moved by class shares. */
export function fitLogistic(x: readonly number[][], y: readonly number[], l2: number, balanced = false): DenseModel {
  const dim = x[0]?.length ?? 0;
  const positives = y.filter((v) => v === 1).length;
  const classWeight = (label: number) =>
    !balanced
      ? 1
      : label === 1
        ? y.length / (2 * Math.max(1, positives))
        : y.length / (2 * Math.max(1, y.length - positives));
  const w = new Array<number>(dim).fill(0);
  let b = 0;
  const n = x.length;
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(dim).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const row = x[i] as number[];
      const err = (sigmoid(dot(w, row) + b) - (y[i] as number)) * classWeight(y[i] as number);
      for (let j = 0; j < dim; j++) g[j] = (g[j] as number) + (err * (row[j] as number)) / n;
      gb += err / n;
    }
    for (let j = 0; j < dim; j++) w[j] = (w[j] as number) - STEP_SIZE * ((g[j] as number) + l2 * (w[j] as number));
    b -= STEP_SIZE * gb;
  }
  return { bias: b, weights: w };
}

export function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let j = 0; j < w.length; j++) s += (w[j] as number) * (x[j] as number);
  return s;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
