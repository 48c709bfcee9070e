// Infers a verdict from the review text when the reviewer states none.
// FIRST VERSION (tiny lexicon); the verdict issue replaces it with a trained classifier.
import type { Article, TextSpan, Verdict, VerdictLabel } from '../schema';
import { findStatedRating } from './rating';

const POSITIVE = new Set([
  'good',
  'great',
  'excellent',
  'best',
  'wonderful',
  'brilliant',
  'superb',
  'masterpiece',
  'funny',
  'moving',
  'beautiful',
  'perfect',
  'enjoyable',
  'fun',
  'recommend',
  'delight',
  'terrific',
  'memorable',
  'powerful',
  'love',
  'loved',
]);
const NEGATIVE = new Set([
  'bad',
  'worst',
  'boring',
  'dull',
  'awful',
  'terrible',
  'waste',
  'stupid',
  'mess',
  'poor',
  'fails',
  'tedious',
  'lame',
  'ridiculous',
  'disappointing',
  'unfunny',
  'predictable',
  'bland',
  'mediocre',
  'flat',
]);

/** Scores at or above this are positive, below MIXED_LOW negative; between is mixed. */
export const MIXED_BAND = { low: 40, high: 60 } as const;

export interface InferredVerdict {
  score: number;
  confidence: number;
  why: TextSpan[];
}

export function inferVerdict(sentences: readonly TextSpan[]): InferredVerdict {
  let pos = 0;
  let neg = 0;
  const scored: { span: TextSpan; s: number }[] = [];
  for (const span of sentences) {
    let s = 0;
    for (const w of span.text.toLowerCase().match(/[a-z']+/g) ?? []) {
      if (POSITIVE.has(w)) s++;
      else if (NEGATIVE.has(w)) s--;
    }
    if (s > 0) pos += s;
    else neg -= s;
    scored.push({ span, s });
  }
  const total = pos + neg;
  const score = total === 0 ? 50 : Math.round((pos / total) * 100);
  const sign = score >= 50 ? 1 : -1;
  const why = scored
    .filter((x) => x.s * sign > 0)
    .sort((a, b) => b.s * sign - a.s * sign)
    .slice(0, 2)
    .map((x) => x.span);
  return { score, confidence: Math.min(1, Math.abs(score - 50) / 50), why };
}

export function labelFor(score: number): VerdictLabel {
  if (score >= MIXED_BAND.high) return 'positive';
  if (score < MIXED_BAND.low) return 'negative';
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
