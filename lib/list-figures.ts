// The figures of a list of reviews as a reader sees them — verdict shares, the average on the page's own scale,
// the histogram's rows, the badge's one-liner — shared by the popup's list view, the badge and the copied text.
import { MAX_DISTRIBUTION_KEYS, MIN_LIST_REVIEWS, type ReviewList } from './schema';

export type VerdictShares = Record<'positive' | 'mixed' | 'negative', number>;

/** The shares of reviews read positive, mixed and negative, whole percentages that add up to 100 (largest
 *  remainder: 7, 1 and 0 of 8 read 88 / 13 / 0 each rounded, 101 in all; here 88 / 12 / 0). All 0 when there
 *  are none. */
export function verdictShares(list: ReviewList): VerdictShares {
  const sides = ['positive', 'mixed', 'negative'] as const;
  const all = sides.reduce((n, side) => n + list.verdicts[side], 0);
  const shares: VerdictShares = { positive: 0, mixed: 0, negative: 0 };
  if (!all) return shares;
  const exact = sides.map((side) => (100 * list.verdicts[side]) / all);
  sides.forEach((side, i) => {
    shares[side] = Math.floor(exact[i] as number);
  });
  let left = 100 - sides.reduce((n, side) => n + shares[side], 0);
  // The remaining points go to the largest remainders; ties to the first side (positive, then mixed).
  const order = sides
    .map((side, i) => ({ side, rest: (exact[i] as number) - shares[side] }))
    .sort((a, b) => b.rest - a.rest);
  for (const { side } of order) if (left-- > 0) shares[side]++;
  return shares;
}

/** Share of the reviews read as positive, 0–100 (0 when there are none). */
export function positiveShare(list: ReviewList): number {
  return verdictShares(list).positive;
}

/** The best rating of a list rated "Recommended" / "Not recommended" (Steam-style thumbs): the list summary reads
 *  them as 1 and 0 (lib/summarise/review-list), so its average is the share who recommend — shown as that, never as
 *  "0.7/1". */
export const RECOMMEND_SCALE_BEST = 1;

export function isRecommendScale(list: ReviewList): boolean {
  return list.averageRating?.best === RECOMMEND_SCALE_BEST;
}

/** The share of a thumbs list's rated reviews that recommend, 0–100. */
export function recommendPercent(list: ReviewList): number {
  return Math.round((list.averageRating?.value ?? 0) * 100);
}

/** "4.2★" on a five-point scale, "8.4/10" on any other, "71% recommend" on thumbs: the page's own scale. */
export function averageText(list: ReviewList): string | null {
  const avg = list.averageRating;
  if (!avg) return null;
  if (isRecommendScale(list)) return `${recommendPercent(list)}% recommend`;
  const value = averageValue(avg.value, avg.best);
  return avg.best === 5 ? `${value}★` : `${value}/${avg.best}`;
}

/** How many of the reviews read carry a rating of their own. */
function ratedRead(list: ReviewList): number {
  return Object.values(list.distribution).reduce((a, n) => a + n, 0);
}

/** Whether the average shown is the page's own rating of the item (its markup's): the list summary takes it
 *  where fewer than two of the reviews read carry a rating of their own. */
export function averageIsPageRating(list: ReviewList): boolean {
  return !!list.pageRating && !!list.averageRating && ratedRead(list) < MIN_LIST_REVIEWS;
}

/** The average in words: "average 4.2 out of 5", "the page's rating 8.6 out of 10 from 1,204 ratings" (no review
 *  read rates the item itself), or "71% recommend" on thumbs. */
export function averageWords(list: ReviewList): string | null {
  const avg = list.averageRating;
  if (!avg) return null;
  if (isRecommendScale(list)) return averageText(list);
  const value = `${averageValue(avg.value, avg.best)} out of ${avg.best}`;
  if (!averageIsPageRating(list)) return `average ${value}`;
  const count = list.pageRating?.count;
  return `the page's rating ${value}${count ? ` from ${Math.round(count).toLocaleString('en')} ratings` : ''}`;
}

/** The page's own rating of the item over all its ratings (its markup's AggregateRating), as words: "4.2 out of 5
 *  from 18,233 ratings". Null where the markup states none, where the average shown is that rating already (fewer
 *  than two of the reviews read carry a rating of their own), where the page's count says the reviews read are
 *  all there are, and on a recommend scale. */
export function pageRatingWords(list: ReviewList): string | null {
  const page = list.pageRating;
  if (!page || !list.averageRating || isRecommendScale(list)) return null;
  if (averageIsPageRating(list) || (page.count !== null && page.count <= list.count)) return null;
  const from = page.count ? ` from ${Math.round(page.count).toLocaleString('en')} ratings` : '';
  return `${averageValue(page.value, page.best)} out of ${page.best}${from}`;
}

/** An average as its scale prints it: "4.2" of 5 or 10, "74" of 100 (on a scale above ten, whose histogram
 *  counts tenths, a tenth of a point says nothing). */
export function averageValue(value: number, best: number): string {
  return value.toFixed(best > MAX_DISTRIBUTION_KEYS ? 0 : 1);
}

export function reviewCount(n: number): string {
  return `${n.toLocaleString('en')} review${n === 1 ? '' : 's'}`;
}

/** The badge's one-liner: "4.2★ · 128 reviews" with ratings, "73% positive · 40 reviews" without. */
export function listHeadline(list: ReviewList): string {
  const lead = averageText(list) ?? `${positiveShare(list)}% positive`;
  return `${lead} · ${reviewCount(list.count)}`;
}

/** The rating histogram from the best rating down: [["5", 60], ["4", 30], …] (thumbs: [["Recommended", 60],
 *  ["Not recommended", 12]]); empty without ratings. */
export function distributionRows(list: ReviewList): [string, number][] {
  if (isRecommendScale(list)) {
    return [
      ['Recommended', list.distribution['1'] ?? 0],
      ['Not recommended', list.distribution['0'] ?? 0],
    ];
  }
  const best = list.averageRating?.best ?? 0;
  // A 0–100 score's histogram counts tenths (key "9" holds the scores nearest 90): each row is named by its score.
  const tenths = best > MAX_DISTRIBUTION_KEYS;
  const rows: [string, number][] = [];
  for (let r = tenths ? MAX_DISTRIBUTION_KEYS : Math.round(best); r >= 1; r--) {
    const name = tenths ? String(Math.round((r * best) / MAX_DISTRIBUTION_KEYS)) : String(r);
    rows.push([name, list.distribution[String(r)] ?? 0]);
  }
  // An average from the page's markup over reviews none of which shows its own rating: no histogram of zeros.
  return rows.some(([, n]) => n > 0) ? rows : [];
}
