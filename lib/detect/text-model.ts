// The learned review-vs-not text classifier: logistic regression over which words a text uses (presence, not
// counts, scaled by 1/√words-used so long and short texts weigh alike). Trained by `npm run train -- review` on
// article-genres (news, film news, plot summaries, speeches, fiction…) against the review corpora; the weights
// are data (data/review-text-model.json). Pure and cheap: one pass over the first MAX_CHARS_READ characters.
import model from './data/review-text-model.json';

/** Only the start of a long page is read: a review shows its nature early, and this bounds the time. */
export const MAX_CHARS_READ = 20_000;
/** Fewer distinct words than this is a caption or a teaser: the model says nothing (logit 0). */
export const MIN_DISTINCT_WORDS = 20;

export interface TextModelFile {
  version: number;
  trainedOn: string;
  bias: number;
  /** [word, weight] pairs, sorted by word. */
  weights: [string, number][];
}

const WEIGHTS = new Map((model as TextModelFile).weights);
const BIAS = (model as TextModelFile).bias;

/** The distinct word features of a text: lower-case letter runs (apostrophes split, digits dropped), so the
 *  tokenised corpora ("it ' s") and ordinary prose ("it's") give the same features. */
export function textFeatures(text: string): Set<string> {
  const words =
    text
      .slice(0, MAX_CHARS_READ)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return new Set(words);
}

/** The model's log-odds that the text is a review; 0 (no opinion) on texts too short to judge. */
export function reviewTextLogit(text: string): number {
  return logitOf(textFeatures(text), WEIGHTS, BIAS);
}

/** Shared by the shipped model and the trainer's folds, so both score a text the same way. */
export function logitOf(features: Set<string>, weights: ReadonlyMap<string, number>, bias: number): number {
  if (features.size < MIN_DISTINCT_WORDS) return 0;
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return bias + sum / Math.sqrt(features.size);
}
