// Cheap signs that a page shows many reviews: a printed "N reviews" counter (or the AggregateRating count in
// its markup) and the number of review blocks it repeats. Read by the always-on content script on every page,
// so everything is bounded: one textContent, one querySelectorAll, a regex over the JSON-LD text.

/** "1,234 global ratings", "87 customer reviews", "12 Bewertungen", "5 avis", "23件のレビュー". The number may
 *  be written with thousands separators; the noun must follow it directly (no "reviews of 5 films"). */
const COUNTER =
  /(\d{1,3}(?:[.,\s]\d{3})+|\d+)\s*(?:(?:global|customer|user|guest|verified|product|star|traveller|traveler)\s+)?(?:reviews?|ratings?|testimonials|bewertungen|rezensionen|kundenrezensionen|sternebewertungen|erfahrungsberichte|avis|recensioni|reseñas|opiniones|avaliações|beoordelingen|recenzí|件のレビュー|件の評価|レビュー|개의 리뷰|리뷰)(?![\p{L}])/giu;
/** Counted in the markup: AggregateRating's reviewCount / ratingCount, and each Review item. */
const MARKUP_COUNT = /"(?:reviewCount|ratingCount)"\s*:\s*"?(\d+)/g;
const MARKUP_REVIEW = /"@type"\s*:\s*"(?:Review|UserReview)"/g;
/** Elements that may be one review of a list. "comment" is left out: reader comments under an article are
 *  not reviews of an item. */
const BLOCK_SELECTOR =
  '[class*="review" i],[class*="testimonial" i],[data-hook="review"],[itemprop="review"],[itemtype*="schema.org/Review"]';
/** Bounds on huge pages: the text read for counters and the elements grouped. */
const MAX_TEXT_CHARS = 300_000;
const MAX_BLOCK_ELEMENTS = 3000;
/** A counter above this is a page-view or a site-wide figure, not one item's reviews. */
const MAX_PLAUSIBLE_COUNT = 10_000_000;

export interface ReviewCounters {
  reviewCount: number;
  reviewBlocks: number;
}

export function readReviewCounters(doc: Document): ReviewCounters {
  let reviewCount = 0;
  let markupReviews = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (script.textContent ?? '').slice(0, MAX_TEXT_CHARS);
    for (const m of raw.matchAll(MARKUP_COUNT)) reviewCount = Math.max(reviewCount, Number(m[1]));
    markupReviews += raw.match(MARKUP_REVIEW)?.length ?? 0;
  }
  for (const el of doc.querySelectorAll('[itemprop="reviewCount"],[itemprop="ratingCount"]')) {
    const n = Number(el.getAttribute('content') ?? el.textContent?.replace(/\D/g, ''));
    if (Number.isFinite(n)) reviewCount = Math.max(reviewCount, n);
  }
  const text = (doc.body?.textContent ?? '').slice(0, MAX_TEXT_CHARS);
  for (const m of text.matchAll(COUNTER)) {
    const n = Number((m[1] ?? '').replace(/[.,\s]/g, ''));
    if (n <= MAX_PLAUSIBLE_COUNT) reviewCount = Math.max(reviewCount, n);
  }
  return { reviewCount, reviewBlocks: Math.max(markupReviews, repeatedBlocks(doc)) };
}

/** The largest group of review-looking elements sharing a tag and class: a list repeats its review block. */
function repeatedBlocks(doc: Document): number {
  const groups = new Map<string, number>();
  let best = 0;
  const els = doc.querySelectorAll(BLOCK_SELECTOR);
  for (let i = 0; i < els.length && i < MAX_BLOCK_ELEMENTS; i++) {
    const el = els[i] as Element;
    const key = `${el.tagName}.${el.getAttribute('class') ?? ''}.${el.getAttribute('itemprop') ?? ''}`;
    const n = (groups.get(key) ?? 0) + 1;
    groups.set(key, n);
    if (n > best) best = n;
  }
  return best;
}
