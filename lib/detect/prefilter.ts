// The cheap first decision, made on every page load from signals that cost next to nothing to read:
// is this page worth the full analysis (Readability + models)? Tuned for recall — the full analysis
// decides `isReview` precisely — while keeping the analyser off fact-checks, news and apps. A shop page is not
// rejected: with customer reviews on it, it is a review list.
import type { PageSignals } from '../schema';
import { namesReview, readPageCues } from './page-cues';

/** Fewer paragraphs than this is an app, a home page or a listing, not an article. */
const MIN_PARAGRAPHS = 3;
/** Less paragraph text than this (characters) is a teaser or a listing: even a short review is longer. */
const MIN_PARAGRAPH_CHARS = 600;
/** With a review word in the URL or headline, a page is let through on far less text: the text may be set
 *  in <div>s the cheap measure misses, and the analyser's verdict is cheap compared to a missed review. */
const MIN_CHARS_WITH_REVIEW_WORD = 100;
/** A page printing at least this many reviews ("12 customer reviews"), or repeating this many review blocks, may
 *  be a review list whatever its headline says. */
const MIN_LISTED_REVIEWS = 3;

export interface PrefilterInput {
  signals: PageSignals;
  paragraphs: number;
  paragraphChars: number;
}

export function worthAnalysing({ signals, paragraphs, paragraphChars }: PrefilterInput): boolean {
  const cues = readPageCues(signals);
  // The one decisive negative: a fact-check rates a claim, never a work.
  if (cues.factCheck) return false;
  const manyReviews =
    (signals.reviewBlocks ?? 0) >= MIN_LISTED_REVIEWS ||
    ((signals.reviewCount ?? 0) >= MIN_LISTED_REVIEWS && (cues.commerce || cues.aggregateRating));
  // Customer reviews sit in <div>s, not paragraphs: the page's own count of them is enough.
  if (manyReviews) return true;
  // The document title counts too: old and table-laid pages often have no <h1>, and the full analysis reads the
  // title through the article's own.
  const reviewWord =
    cues.reviewMarkupAny ||
    cues.reviewUrl ||
    cues.reviewHeadline ||
    cues.reviewSection ||
    namesReview(signals.documentTitle);
  if (reviewWord) return paragraphChars >= MIN_CHARS_WITH_REVIEW_WORD;
  if (paragraphs < MIN_PARAGRAPHS || paragraphChars < MIN_PARAGRAPH_CHARS) return false;
  // Without a review word, a news / list / interview / guide headline is not worth a look (the full analysis
  // would weigh it down as heavily). A /news/ URL alone is not enough: newspapers file reviews under news.
  return !cues.notReviewHeadline;
}
