// summariseReviewList(listed): the summary of a page of many reviews — how many, the average and spread of
// their ratings on the page's own scale, each review's verdict, the shares, and the praise and complaints
// with verbatim quotes. Pure: the DOM side found the reviews (lib/extract/review-list).
//
// Not every review is summarised: `count` is every review the page shows; `reviews` (and the shares, praise
// and complaints read from them) holds the first MAX_SUMMARISED_REVIEWS that can be read — a review in a
// language the model does not read is left out unless its own rating says its verdict. So
// `reviews.length < count` tells the reader the summary rests on part of the list.
import {
  type ListedReview,
  type ListedReviews,
  MAX_DISTRIBUTION_KEYS,
  MIN_LIST_REVIEWS,
  type ReviewKind,
  type ReviewList,
} from '../../schema';
import { detectLanguage } from '../../text/language';
import { listAspects } from './aspects';
import { type ItemJudge, itemVerdict, type ListedItem } from './verdicts';

export type { ItemJudge } from './verdicts';

/** Reviews whose verdicts and aspects are read; beyond this the rest are counted and averaged only, which
 *  keeps a page of thousands of reviews within the time the popup can wait. */
export const MAX_SUMMARISED_REVIEWS = 300;

type Rated = ListedItem & { rating: number; best: number };

function isRated(item: ListedItem): item is Rated {
  return item.rating !== null && item.best !== null && item.best > 0;
}

/** The page's scale: the markup's when it states one, else the one most of its reviews use. */
function pageBest(listed: ListedReviews, rated: readonly Rated[]): number | null {
  if (listed.aggregate) return listed.aggregate.best;
  const counts = new Map<number, number>();
  for (const r of rated) counts.set(r.best, (counts.get(r.best) ?? 0) + 1);
  let best: number | null = null;
  for (const [scale, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = scale;
  return best;
}

/** The average of the reviews' own ratings (what the page shows), else the markup's aggregate. */
function averageOf(listed: ListedReviews, rated: readonly Rated[], best: number | null): ReviewList['averageRating'] {
  if (best !== null && rated.length >= MIN_LIST_REVIEWS) {
    const mean = rated.reduce((sum, r) => sum + (r.rating / r.best) * best, 0) / rated.length;
    return { value: round(mean, 2), best, score: round((mean / best) * 100, 1) };
  }
  const agg = listed.aggregate;
  if (!agg || agg.best <= 0) return null;
  return { value: agg.value, best: agg.best, score: round((agg.value / agg.best) * 100, 1) };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Whole ratings "1" … best (a 0–1 recommendation: "0" and "1"; scales above ten: tenths "1" … "10"). */
function distributionOf(rated: readonly Rated[], best: number | null): Record<string, number> {
  if (best === null) return {};
  const buckets = best > MAX_DISTRIBUTION_KEYS ? MAX_DISTRIBUTION_KEYS : best;
  const low = best === 1 ? 0 : 1;
  const out: Record<string, number> = {};
  for (let k = low; k <= buckets; k++) out[String(k)] = 0;
  for (const r of rated) {
    const onPage = (r.rating / r.best) * buckets;
    const k = Math.min(buckets, Math.max(low, Math.round(onPage)));
    out[String(k)] = (out[String(k)] ?? 0) + 1;
  }
  return out;
}

/** Whether the model can read a review: a supported language (short texts pass: too few words to judge). */
function readable(item: ListedItem): boolean {
  return detectLanguage(item.text, null).supported;
}

/** The summary of a list; `judge` gives each review's verdict (the verdict model, or its own rating), `kind` (the
 *  page's, when the detector names one) chooses the aspects its praise and complaints may name. */
export function summariseReviewList(
  listed: ListedReviews,
  judge: ItemJudge = itemVerdict,
  kind?: ReviewKind,
): ReviewList | null {
  const count = listed.items.length + listed.unread;
  if (count < MIN_LIST_REVIEWS) return null;
  const rated = listed.items.filter(isRated);
  const best = pageBest(listed, rated);
  const reviews: ListedReview[] = [];
  const inputs: Parameters<typeof listAspects>[0][number][] = [];
  for (const item of listed.items) {
    if (reviews.length >= MAX_SUMMARISED_REVIEWS) break;
    const canRead = readable(item);
    if (!canRead && !isRated(item)) continue;
    const verdict = judge(item);
    const rating = isRated(item) && best !== null ? round((item.rating / item.best) * best, 2) : null;
    reviews.push({ text: item.text, rating, verdict: verdict.label });
    // A review the model cannot read still counts in the shares; its words are not quoted.
    inputs.push({
      text: canRead ? item.text : '',
      verdict: verdict.label,
      sentences: canRead ? verdict.sentences : [],
    });
  }
  const verdicts = { positive: 0, mixed: 0, negative: 0 };
  for (const r of reviews) verdicts[r.verdict]++;
  return {
    count,
    averageRating: averageOf(listed, rated, best),
    distribution: distributionOf(rated, best),
    verdicts,
    reviews,
    ...listAspects(inputs, kind),
    pageRating: listed.aggregate && listed.aggregate.best > 0 ? { ...listed.aggregate } : null,
  };
}
