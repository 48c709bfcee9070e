// A sparse binary-feature linear classifier: the shape every quote model is stored in
// (lib/summarise/data/quotes-*.json). Scoring is a sum of looked-up weights, so it costs microseconds.
import { z } from 'zod/mini';

export const LinearModelFile = z.object({
  /** What the positive class means, e.g. "subjective" or "positive"; documents the file. */
  positive: z.string(),
  negative: z.string(),
  /** How the weights were made (trainer, data, split), so a reader of the file knows what it is. */
  trainedOn: z.string(),
  bias: z.number(),
  /** [feature, weight] pairs sorted by feature; the weight is a log-odds contribution, unlisted features weigh 0. */
  weights: z.array(z.tuple([z.string(), z.number()])),
});
export type LinearModelFile = z.infer<typeof LinearModelFile>;

/** The in-memory form: a Map, because a plain object would answer "constructor" with a function. */
export interface LinearModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

export function compileModel(file: LinearModelFile): LinearModel {
  return { bias: file.bias, weights: new Map(file.weights) };
}

/** Log-odds that the features belong to the model's positive class. */
export function logit(model: LinearModel, features: readonly string[]): number {
  let sum = model.bias;
  for (const f of features) sum += model.weights.get(f) ?? 0;
  return sum;
}

export function probability(model: LinearModel, features: readonly string[]): number {
  return 1 / (1 + Math.exp(-logit(model, features)));
}
