// The cheap first decision, made on every page load from signals that cost next to nothing to read:
// is this page worth the full analysis (Readability + models)? Tuned for recall — the full analysis
// decides `isReview` precisely — while keeping the analyser off the bulk of the web.
import type { PageSignals } from '../schema';

/** Fewer paragraphs than this is an app, a home page or a listing, not an article. */
const MIN_PARAGRAPHS = 4;
/** Less paragraph text than this (characters) is not a review worth summarising. */
const MIN_PARAGRAPH_CHARS = 1200;

const REVIEW_WORD = /\breview|\brezension|\bcritique|\bverdict|\bhands[- ]on\b|\bfirst look|\btested\b/i;
const REVIEW_SCHEMA = /^(Review|CriticReview|UserReview)$/;

export interface PrefilterInput {
  signals: PageSignals;
  paragraphs: number;
  paragraphChars: number;
}

export function worthAnalysing({ signals, paragraphs, paragraphChars }: PrefilterInput): boolean {
  if (signals.schemaTypes.some((t) => REVIEW_SCHEMA.test(t))) return true;
  if (paragraphs < MIN_PARAGRAPHS || paragraphChars < MIN_PARAGRAPH_CHARS) return false;
  if (REVIEW_WORD.test(signals.urlPath) || REVIEW_WORD.test(signals.headline ?? '')) return true;
  if ((signals.ogType ?? '').includes('review')) return true;
  if (signals.ratingTexts.length > 0) return true;
  // An article-shaped page with a byline may still be an unlabelled review (many newspaper reviews are).
  return signals.hasByline || signals.ogType === 'article';
}
