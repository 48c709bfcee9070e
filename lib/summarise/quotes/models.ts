// The trained models the picker uses, loaded and compiled once at module load (no per-call cost).
// Retrain with `npm run train -- quotes`; the eval swaps in models trained without the held-out reviews.
import polarityFile from '../data/quotes-polarity.json';
import quotabilityFile from '../data/quotes-quotability.json';
import rankerFile from '../data/quotes-ranker.json';
import subjectivityFile from '../data/quotes-subjectivity.json';
import { compileModel, type LinearModel, type LinearModelFile } from './linear-model';

export interface QuoteModels {
  /** Log-odds that a sentence is opinion (a critic's snippet) rather than plot description. */
  subjectivity: LinearModel;
  /** Log-odds that a sentence is a fresh (positive) rather than rotten (negative) judgement. */
  polarity: LinearModel;
  /** Log-odds, from the words alone, that a line is a critic's pull quote rather than any sentence of a review. */
  quotability: LinearModel;
  /** Log-odds that a candidate is a printable pull quote, over the dense features of ranker-features.ts. */
  ranker: LinearModel;
}

// The casts skip a run-time parse of 14,000 weights on every page load; tests/lib/quotes-data.test.ts checks
// the files against LinearModelFile instead.
export const DEFAULT_QUOTE_MODELS: QuoteModels = {
  subjectivity: compileModel(subjectivityFile as unknown as LinearModelFile),
  polarity: compileModel(polarityFile as unknown as LinearModelFile),
  quotability: compileModel(quotabilityFile as unknown as LinearModelFile),
  ranker: compileModel(rankerFile as unknown as LinearModelFile),
};
