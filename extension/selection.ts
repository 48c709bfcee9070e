// "Summarise selection", page side: the text the user selected becomes an Article (one paragraph per block, as
// the selection gives it) and is summarised like a page. Reads the selection, never changes it.
import { textArticle } from '../lib/extract/article';
import { findListedReviews } from '../lib/extract/review-list';
import type { SummaryResponse } from '../lib/messages';
import type { ListedReviews } from '../lib/schema';
import { askSummary } from './analyse-page';

/** Less than this is a word or two, not a review: the view asks for a longer selection instead. */
export const MIN_SELECTION_CHARS = 20;

/** Where the selected text comes from, when known. */
export interface SelectionSource {
  url: string | null;
  title: string | null;
  lang: string | null;
  /** The reviews found in the selection's markup when it spans several (a list), else null. */
  listedReviews?: ListedReviews | null;
}

/** Summarises a selected text (the page's selection, or the browser's copy of it). */
export function summariseSelectedText(
  raw: string,
  source: SelectionSource,
  quoteCount: Promise<number>,
): Promise<SummaryResponse> {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text.length < MIN_SELECTION_CHARS) {
    return Promise.resolve({
      ok: false,
      reason: 'no-article',
      message: 'Select a review (a few sentences or more), then choose "Summarise selection" again.',
    });
  }
  const article = textArticle(text, {
    url: source.url,
    title: source.title ? `Selection from ${source.title}` : 'Selected text',
    lang: source.lang,
    listedReviews: source.listedReviews ?? null,
  });
  return askSummary(article, quoteCount);
}

/** The page's selection; the browser's copy (`fallback`) when the page's is out of reach (a text field). */
export function summariseSelection(
  doc: Document,
  url: string,
  fallback: string | undefined,
  quoteCount: Promise<number>,
): Promise<SummaryResponse> {
  const selected = doc.getSelection()?.toString() ?? '';
  const text = selected.trim() ? selected : (fallback ?? '');
  const source = {
    url,
    title: doc.title || null,
    lang: doc.documentElement.lang || null,
    listedReviews: selected.trim() ? selectedReviews(doc) : null,
  };
  return summariseSelectedText(text, source, quoteCount);
}

/** The reviews in the selected markup (a copy: the page is only read), when it holds several: the same finder
 *  as for whole pages, so a selection of many reviews is summarised as a list. */
function selectedReviews(doc: Document): ListedReviews | null {
  const selection = doc.getSelection();
  if (!selection?.rangeCount) return null;
  const copy = doc.implementation.createHTMLDocument('');
  for (let i = 0; i < selection.rangeCount; i++) copy.body.append(selection.getRangeAt(i).cloneContents());
  return findListedReviews(copy);
}
