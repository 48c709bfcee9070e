// summarise(article): Summary — the one public entry of the pure summariser. No DOM, no browser APIs:
// the same code runs in the page, in the popup's tests and in the command-line tool.

import { detectReview, isRecipePage, listsRatedReviews, ratingCue } from './detect/review';
import {
  type Article,
  type ListedReviews,
  MIN_LIST_REVIEWS,
  type ReviewForm,
  type ReviewKind,
  type ReviewList,
  type Summary,
  type Verdict,
} from './schema';
import { bylineName, findPeople, textBylineName } from './summarise/people';
import { pickQuotes } from './summarise/quotes';
import { summariseReviewList } from './summarise/review-list';
import { listVerdict } from './summarise/review-list/overall';
import { decideVerdict } from './summarise/verdict';
import { aspectVerdicts } from './summarise/verdict-aspects';
import { detectLanguage } from './text/language';
import { countWords, splitSentences } from './text/sentences';
import { summaryTitle } from './text/title-furniture';

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
  const decided = statedOnly(decideVerdict(article, sentences), language.supported);
  const review = detectReview({
    article,
    statedRating: ratingCue(article, decided),
    languageSupported: language.supported,
  });
  // What the review praises or criticises, read by the same English models (none in another language), among
  // the aspects of the kind of thing reviewed.
  const verdict = language.supported ? { ...decided, aspects: aspectVerdicts(sentences, review.kind) } : decided;
  // The name finder reads English prose ("directed by", capitalised words): in another language it would list
  // capitalised phrases. There only the page's structured data names people.
  const people = language.supported
    ? findPeople(article, sentences, review.kind)
    : findPeople({ ...article, text: '' }, [], review.kind);
  // The quote models are English: no quotes from a text they cannot read.
  const quotes = language.supported ? pickQuotes(sentences, verdict, options.quoteCount ?? DEFAULT_QUOTE_COUNT) : [];
  const reviewList = listSummary(article, review.form, review.kind);
  // A page of many reviews has many reviewers: the byline the extractor finds there is one of them (the first
  // review's author) or the shop's ("Visit the … Store"), never the author of what is summarised. The markup's
  // author is read like a byline: it can be "admin" or "By Jane Doe" too.
  const reviewer = reviewList
    ? null
    : (bylineName(article.structured?.oneOfSeveral ? null : article.structured?.author) ??
      bylineName(article.byline) ??
      textBylineName(article.text));
  return {
    schemaVersion: 1,
    source: {
      url: article.url,
      title: article.title,
      siteName: article.siteName,
      reviewer,
      publishedTime: article.publishedTime,
      extraction: article.extraction,
    },
    title: article.structured?.itemName ?? summaryTitle(article.title),
    language,
    // A review in a language the models cannot read is still a review (its markup or printed rating says so);
    // language.supported tells the popup what it cannot summarise there.
    isReview: review.isReview,
    review: { confidence: review.confidence, kind: review.kind, form: reviewList ? 'list' : 'single' },
    // A page of many reviews is judged by where its reviewers land, not by the first rating on the page.
    verdict: reviewList ? listVerdict(reviewList) : verdict,
    people,
    quotes,
    reviewList,
    stats: { words: countWords(article.text), ms: Math.max(0, now() - started) },
  };
}

/** Confidence of a verdict that says nothing: a text in a language the verdict model cannot read. */
const NO_VERDICT_CONFIDENCE = 0;

/** In a language the text models cannot read only the reviewer's own printed rating is a verdict: an inferred
 *  one would be an English model's guess at foreign words, so it is replaced by no verdict (basis "none"). */
function statedOnly(verdict: Verdict, languageSupported: boolean): Verdict {
  if (languageSupported || verdict.basis === 'stated') return verdict;
  return {
    ...verdict,
    label: 'mixed',
    score: 50,
    confidence: NO_VERDICT_CONFIDENCE,
    basis: 'none',
    why: [],
    aspects: [],
  };
}

/** Whether a page is summarised as a list: the extractor read two or more reviews and either the detector calls
 *  the page a list (its cues: rating counters, AggregateRating, repeated review blocks) or the reviews rate the
 *  item one by one. Repeated blocks alone are not enough (comments look the same), and a page can announce
 *  "128 reviews" while showing none. */
export function readsAsList(article: Pick<Article, 'signals' | 'listedReviews' | 'text'>, form: ReviewForm): boolean {
  const listed = article.listedReviews;
  // A recipe's rated comments are no list of reviews (lib/detect/review.ts isRecipePage).
  if (!listed || listed.items.length < MIN_LIST_REVIEWS || isRecipePage(article)) return false;
  return form === 'list' || (listsRatedReviews(listed) && !besideOneReview(listed, article.text));
}

/** Rated reviews holding less than this share of the article's characters sit beside one review: other readers'
 *  one-line verdicts under a reader's review, a sidebar of other books with their scores. On the probe and dev
 *  pages such boxes held 5–9% of the text; the smallest true list (a critics' roundup of seven pull quotes
 *  under a long introduction) 24%. */
const MIN_LIST_SHARE_OF_TEXT = 0.15;

function besideOneReview(listed: ListedReviews, text: string): boolean {
  const chars = listed.items.reduce((n, item) => n + item.text.length, 0);
  return chars < MIN_LIST_SHARE_OF_TEXT * text.length;
}

function listSummary(article: Article, form: ReviewForm, kind: ReviewKind): ReviewList | null {
  return readsAsList(article, form) && article.listedReviews
    ? summariseReviewList(article.listedReviews, undefined, kind)
    : null;
}
