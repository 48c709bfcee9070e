// The verdict of a review on one 0–100 scale: the reviewer's stated rating when there is one, otherwise a
// trained linear text model (NB-weighted logistic regression on word uni- and bigrams, see ./verdict/). The
// parts, by responsibility:
//   verdict/weights.ts      the weights file's encoding (hashes, levels, lexicon), shared with the trainer
//   verdict/model.ts        the shipped weights decoded on first use
//   verdict/features.ts     what the model reads from a text (training uses the same functions)
//   verdict/calibration.ts  logits → 0–100 score
//   verdict/label.ts        score → label and confidence
//   verdict/infer.ts        the model's verdict with its "why" sentences
// Weights: data/verdict-model.json, made by `npm run train -- verdict` (scripts/train/verdict.ts); measured
// figures: data/README.md and `npm run eval -- verdict`.
import type { Article, TextSpan, Verdict } from '../schema';
import { findStatedRating } from './rating';
import { inferVerdict } from './verdict/infer';
import { labelFor } from './verdict/label';

export * from './verdict/calibration';
export * from './verdict/features';
export * from './verdict/infer';
export * from './verdict/label';
export * from './verdict/weights';

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
    label: inferred.label,
    score,
    confidence: inferred.confidence,
    basis: 'inferred',
    stated: null,
    why: inferred.why,
    aspects: [],
  };
}
