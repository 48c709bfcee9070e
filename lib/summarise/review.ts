// Decides whether an article is a review at all, and of what.
// FIRST VERSION; the review-detection issue trains and tunes it on labelled pages.
import type { Article, ReviewKind, Verdict } from '../schema';

export interface ReviewGuess {
  isReview: boolean;
  confidence: number;
  kind: ReviewKind;
}

const REVIEW_TYPES = /^(Review|CriticReview|UserReview|EmployerReview)$/;
const KIND_WORDS: [ReviewKind, RegExp][] = [
  ['film', /\b(film|movie|director|cast|screenplay|actor|actress)\b/gi],
  ['game', /\b(game|gameplay|player|console|levels?)\b/gi],
  ['book', /\b(book|novel|author|chapter|pages)\b/gi],
  ['music', /\b(album|song|track|band|singer)\b/gi],
  ['restaurant', /\b(restaurant|menu|dish|chef|dinner)\b/gi],
  ['product', /\b(battery|device|price|design|screen)\b/gi],
];

export function detectReview(article: Article, verdict: Verdict): ReviewGuess {
  const hasStatedRating = verdict.stated !== null;
  let score = 0;
  const signals = article.signals;
  if (signals?.schemaTypes.some((t) => REVIEW_TYPES.test(t))) score += 2;
  if (hasStatedRating) score += 1;
  const hay = `${article.title} ${signals?.urlPath ?? ''}`.toLowerCase();
  if (/\breview/.test(hay)) score += 1.5;
  const text = article.text;
  const firstPerson = (text.match(/\b(I|I'm|I've|my|me)\b/g) ?? []).length;
  const evaluative = (text.match(/\b(best|worst|great|good|bad|disappoint\w*|recommend\w*)\b/gi) ?? []).length;
  if (firstPerson + evaluative > 8) score += 1;
  const confidence = Math.max(0, Math.min(1, score / 3));
  return { isReview: score >= 1.5, confidence, kind: guessKind(text) };
}

function guessKind(text: string): ReviewKind {
  let best: ReviewKind = 'other';
  let bestCount = 2;
  for (const [kind, re] of KIND_WORDS) {
    const count = text.match(re)?.length ?? 0;
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}
