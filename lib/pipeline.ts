// summarise(article): Summary — the one public entry of the pure summariser. No DOM, no browser APIs:
// the same code runs in the page, in the popup's tests and in the command-line tool.

import { detectReview } from './detect/review';
import type { Article, Summary } from './schema';
import { bylineName, findPeople } from './summarise/people';
import { pickQuotes } from './summarise/quotes';
import { summariseReviewList } from './summarise/review-list';
import { decideVerdict } from './summarise/verdict';
import { detectLanguage } from './text/language';
import { countWords, splitSentences } from './text/sentences';

/** Longest text the summariser reads. A review is a few thousand words; beyond this a page is a dump
 *  (comments, forum threads) and reading it all would only cost time. Bounds the work on huge pages. */
export const MAX_TEXT_CHARS = 120_000;

export const DEFAULT_QUOTE_COUNT = 3;

export interface SummariseOptions {
  quoteCount?: number;
  /** Clock for stats.ms; injectable so tests are deterministic. */
  now?: () => number;
}

export function summarise(input: Article, options: SummariseOptions = {}): Summary {
  const now = options.now ?? (() => globalThis.performance?.now() ?? Date.now());
  const started = now();
  const article = input.text.length > MAX_TEXT_CHARS ? { ...input, text: input.text.slice(0, MAX_TEXT_CHARS) } : input;
  const language = detectLanguage(article.text, article.lang);
  const sentences = splitSentences(article.text);
  const verdict = decideVerdict(article, sentences);
  const review = detectReview(article, verdict);
  const people = findPeople(article, sentences);
  const quotes = pickQuotes(sentences, verdict, options.quoteCount ?? DEFAULT_QUOTE_COUNT);
  // Two or more reviews found on the page make it a list (one review is a single review).
  const reviewList = article.listedReviews ? summariseReviewList(article.listedReviews) : null;
  return {
    schemaVersion: 1,
    source: {
      url: article.url,
      title: article.title,
      siteName: article.siteName,
      reviewer: article.structured?.author ?? bylineName(article.byline),
      publishedTime: article.publishedTime,
      extraction: article.extraction,
    },
    title: article.structured?.itemName ?? article.title,
    language,
    isReview: review.isReview && language.supported,
    review: { confidence: review.confidence, kind: review.kind, form: reviewList ? 'list' : 'single' },
    verdict,
    people,
    quotes,
    reviewList,
    stats: { words: countWords(article.text), ms: Math.max(0, now() - started) },
  };
}
