// The verdict of one review of a list: its own rating when it shows one (read by the verdict module as a
// stated rating, so a list and a single review label a rating alike), else the verdict model on its text.
import {
  type Article,
  type ListedReviews,
  ratingOnlyReview,
  type TextSpan,
  textArticle,
  type VerdictLabel,
} from '../../schema';
import { splitSentences } from '../../text/sentences';
import { decideVerdict } from '../verdict';

export type ListedItem = ListedReviews['items'][number];

export interface ItemVerdict {
  label: VerdictLabel;
  /** 0–100, as Verdict.score. */
  score: number;
  sentences: TextSpan[];
}

/** One review's text as an Article, its rating as structured data when it has one. */
function itemArticle(item: ListedItem): Article {
  const { rating, best } = item;
  // Lists rate from 0 or 1 ("Not recommended" is 0 of 1); reading every scale from 0 keeps the middle of a
  // 1–10 scale (5) mixed and 3 of 5 mixed, as readers take them.
  const structured =
    rating !== null && best !== null
      ? ratingOnlyReview({ value: rating, best, worst: 0, text: `${rating}/${best}` })
      : null;
  return textArticle(item.text, { structured });
}

/** How a list judges one review: itemVerdict in the product; the eval passes a held-out stand-in. */
export type ItemJudge = (item: ListedItem) => ItemVerdict;

export function itemVerdict(item: ListedItem): ItemVerdict {
  const sentences = splitSentences(item.text);
  const verdict = decideVerdict(itemArticle(item), sentences);
  return { label: verdict.label, score: verdict.score, sentences };
}
