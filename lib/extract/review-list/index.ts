// findListedReviews(doc): every review of a page of many, whatever its markup — schema.org JSON-LD and
// microdata, rated blocks (a rating widget repeated down the page), unrated blocks under a "Reviews" heading,
// unrated review widgets scattered over a page builder's columns.
// The source that finds the most reviews wins (visible lists often hold more than the markup declares);
// duplicated blocks (a list printed twice for desktop and mobile) count once. DOM side only.
import { type ListedReviews, MIN_LIST_REVIEWS } from '../../schema';
import { type Block, ratedBlocks, readBlocks, unratedBlocks } from './blocks';
import { hasProseText } from './prose';
import { isRoundup } from './ranking';
import { scatteredBlocks } from './scattered';
import { jsonLdReviews, microdataReviews } from './structured';
import type { FoundReview } from './types';

/** At most this many review blocks are read; the rest are counted as unread (a page of thousands of reviews
 *  would otherwise cost seconds in the page). Above the summary's own cap (MAX_SUMMARISED_REVIEWS, 300) so
 *  duplicates and unreadable blocks among the first ones still leave it a full list. */
export const MAX_READ_REVIEWS = 400;

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

function readCapped(found: readonly Block[]): Found {
  // The items of a buyer's guide are reviews of different things: not a list (ranking.ts).
  const blocks = isRoundup(found.map((b) => b.el)) ? [] : found;
  const read = blocks.slice(0, MAX_READ_REVIEWS);
  return { items: distinct(readBlocks(read)), unread: blocks.length - read.length };
}

interface Found {
  items: FoundReview[];
  unread: number;
}

/** Blocks whose words are no prose are not reviews: teasers of other articles ("By Jane Doe; October 2, 2012")
 *  and link lists are repeated blocks too. */
function proseOnly(found: Found): Found {
  return { ...found, items: found.items.filter((i) => hasProseText(i.text)) };
}

/** The source that finds the most reviews; of equals, the one that reads the most ratings (microdata that marks
 *  each review but not its stars, beside the visible blocks that show them), then the first. */
function mostReviews(candidates: readonly Found[]): Found {
  const size = (f: Found) => f.items.length + f.unread;
  const rated = (f: Found) => f.items.filter((i) => i.rating !== null).length;
  return candidates.reduce((a, b) => (size(b) > size(a) || (size(b) === size(a) && rated(b) > rated(a)) ? b : a));
}

/** The reviews of the page, or null when it shows fewer than two. Never throws: a page the finder cannot read
 *  is a page without a list, and the single-review extraction goes on. */
export function findListedReviews(doc: Document): ListedReviews | null {
  try {
    return findIn(doc);
  } catch {
    return null;
  }
}

function findIn(doc: Document): ListedReviews | null {
  // The whole document, not only its body: saved pages wrapped in other markup put the body elsewhere.
  const root = doc.documentElement;
  if (!root) return null;
  const jsonLd = jsonLdReviews(doc);
  const micro = microdataReviews(doc);
  const aggregate = jsonLd.aggregate ?? micro.aggregate;
  let visible = readCapped(ratedBlocks(root));
  if (visible.items.length + visible.unread < MIN_LIST_REVIEWS) {
    // No rated list: reviews without ratings, side by side under a "Reviews" heading or one per widget.
    visible = mostReviews([proseOnly(readCapped(unratedBlocks(root))), proseOnly(readCapped(scatteredBlocks(root)))]);
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
  const best = mostReviews(candidates);
  if (best.items.length + best.unread < MIN_LIST_REVIEWS) return null;
  return { items: best.items, aggregate, unread: best.unread };
}
