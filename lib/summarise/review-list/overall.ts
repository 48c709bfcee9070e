// The verdict of a whole page of reviews, for the parts of the product that show one verdict per page (the
// toolbar score, the CLI's verdict field): where most readers land, not the first review's rating.
import type { ReviewList, Verdict } from '../../schema';

/** A list reads positive (or negative) when at least this share of its judged reviews do: a shop page whose
 *  reviews split seven to five is a mixed reception, whatever its average. */
const CLEAR_SHARE = 0.7;
/** With this many judged reviews the share is worth full confidence; fewer scale it down (three reviews are
 *  an anecdote). */
const CONFIDENT_COUNT = 10;

export function listVerdict(list: ReviewList): Verdict {
  const { positive, mixed, negative } = list.verdicts;
  const judged = positive + mixed + negative;
  const share = (n: number) => (judged ? n / judged : 0);
  const label = share(positive) >= CLEAR_SHARE ? 'positive' : share(negative) >= CLEAR_SHARE ? 'negative' : 'mixed';
  const score = Math.round(list.averageRating?.score ?? share(positive) * 100);
  return {
    label,
    score: Math.min(100, Math.max(0, score)),
    confidence: Math.round(Math.min(1, judged / CONFIDENT_COUNT) * 100) / 100,
    basis: 'inferred',
    stated: null,
    why: [],
    aspects: [],
  };
}
