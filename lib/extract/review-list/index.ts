// findListedReviews(doc): every review of a page of many, whatever its markup — schema.org JSON-LD and
// microdata, rated blocks (a rating widget repeated down the page), unrated blocks under a "Reviews" heading.
// The source that finds the most reviews wins (visible lists often hold more than the markup declares);
// duplicated blocks (a list printed twice for desktop and mobile) count once. DOM side only.
import type { ListedReviews } from '../../schema';
import { type Block, hasProseText, MIN_LIST_REVIEWS, ratedBlocks, readBlocks, unratedBlocks } from './blocks';
import { jsonLdReviews, microdataReviews } from './structured';
import type { FoundReview } from './types';

/** At most this many review blocks are read; the rest are counted as unread (a page of thousands of reviews
 *  would otherwise cost seconds in the page). */
export const MAX_READ_REVIEWS = 1000;

/** Same review printed twice: same words (case and spacing aside), same rating. */
function key(r: FoundReview): string {
  return `${r.rating ?? ''}|${r.text.toLowerCase().replace(/\s+/g, ' ')}`;
}

function distinct(items: readonly FoundReview[]): FoundReview[] {
  const seen = new Set<string>();
  return items.filter((r) => {
    const k = key(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function readCapped(blocks: readonly Block[]): { items: FoundReview[]; unread: number } {
  const read = blocks.slice(0, MAX_READ_REVIEWS);
  return { items: distinct(readBlocks(read)), unread: blocks.length - read.length };
}

export function findListedReviews(doc: Document): ListedReviews | null {
  // The whole document, not only its body: saved pages wrapped in other markup put the body elsewhere.
  const root = doc.documentElement;
  if (!root) return null;
  const jsonLd = jsonLdReviews(doc);
  const micro = microdataReviews(doc);
  const aggregate = jsonLd.aggregate ?? micro.aggregate;
  let visible = readCapped(ratedBlocks(root));
  if (visible.items.length + visible.unread < MIN_LIST_REVIEWS) {
    // Unrated blocks are only reviews when their own words are prose: teasers of other articles ("By Jane
    // Doe; October 2, 2012") and link lists are repeated blocks too.
    const unrated = readCapped(unratedBlocks(root));
    visible = { ...unrated, items: unrated.items.filter((i) => hasProseText(i.text)) };
  }
  const candidates = [
    {
      items: distinct(jsonLd.items.slice(0, MAX_READ_REVIEWS)),
      unread: Math.max(0, jsonLd.items.length - MAX_READ_REVIEWS),
    },
    {
      items: distinct(micro.items.slice(0, MAX_READ_REVIEWS)),
      unread: Math.max(0, micro.items.length - MAX_READ_REVIEWS),
    },
    visible,
  ];
  const best = candidates.reduce((a, b) => (b.items.length + b.unread > a.items.length + a.unread ? b : a));
  if (best.items.length + best.unread < MIN_LIST_REVIEWS) return null;
  return { items: best.items, aggregate, unread: best.unread };
}
