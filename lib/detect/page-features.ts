// The page-level features the learned combiner (review.ts, data/review-page-model.json) weighs: the text
// model's score plus every page cue, each scaled to about 0…1 so one L2 penalty treats them alike. Pure: the
// same numbers in the browser and the CLI, from the same Article.
import type { Article, ListedReviews } from '../schema';
import { isRatersAverage } from '../text/raters-average';
import { FOREIGN_OUT_OF, STAR_WORDS } from '../text/rating-words';
import { readPageCues } from './page-cues';
import { readTextCues } from './text-cues';

/** The text model's log-odds are clipped here: beyond it a text is as sure as it gets, and one extreme
 *  text must not outvote every page cue. */
const TEXT_LOGIT_CLIP = 4;
/** Counters are read on a log scale up to this many reviews (a thousand reviews is as "many" as it gets). */
const MANY_REVIEWS = 1000;
/** Repeated review blocks, on a log scale up to this many. */
const MANY_BLOCKS = 30;
/** Credits / spec / verdict box labels counted, at most. */
const INFO_BOX_CAP = 3;
/** The opening of the article text read for a review word ("Book Review |", "REVIEW: …", "Read Review of"):
 *  where pages with no usable headline or title (old sites, saved pages) still name what they are. */
const LEAD_CHARS = 300;
/** The review words of the page cues (page-cues.ts), as the lead of the text may write them. */
const LEAD_REVIEW_WORD =
  /\b(?:reviews?|reviewed|road tests?|hands[- ]on|first look|im test|rezension|kritik|critique|verdict)\b/i;
/** A rating widget's text in any language: "4,5 von 5 Sternen", "4.5 out of 5", "8/10", "★★★★☆", "4 sur 5". */
const WIDGET_RATING = new RegExp(
  String.raw`(?:\d(?:[.,]\d)?\s*(?:\/|${FOREIGN_OUT_OF}|out of|of|из|中)\s*(?:5|10|100)\b|[★⭐]|\b\d(?:[.,]\d)?\s*(?:${STAR_WORDS}))`,
  'i',
);

/** Rates per 100 words are read up to these caps (beyond them a short blurb is all adjectives / quotes). */
const EVALUATIVE_CAP = 4;
const REPORTING_CAP = 3;
const FIRST_PERSON_CAP = 4;

export const FEATURE_NAMES = [
  'textScore',
  'unsupportedLanguage',
  'reviewMarkup',
  'aggregateRating',
  'commerce',
  'factCheck',
  'reviewHeadline',
  'reviewUrl',
  'reviewSection',
  'notReviewHeadline',
  'notReviewUrl',
  'statedRating',
  'ratingNearEdge',
  'infoBox',
  'byline',
  'reviewCount',
  'reviewBlocks',
  'evaluative',
  'reporting',
  'firstPerson',
  'reviewLead',
  'ratingWidget',
  'listedReviews',
  'ratedListedReviews',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type PageFeatures = Record<FeatureName, number>;

export interface FeatureInput {
  article: Article;
  /** The verdict found a rating printed by the reviewer (structured data, rating box, headline or text). */
  statedRating: boolean;
  /** The text is in a language the text model reads; elsewhere its score is left out (0). */
  languageSupported: boolean;
  /** The text model's log-odds for the article text. */
  textLogit: number;
}

const listedCount = (article: Article) =>
  article.listedReviews ? article.listedReviews.items.length + article.listedReviews.unread : 0;

/** How many of the reviews the list finder read carry their own rating. */
export const ratedListedCount = (listed: ListedReviews | null | undefined) =>
  listed?.items.filter((item) => item.rating !== null).length ?? 0;

const logScale = (n: number, top: number) => Math.min(1, Math.log1p(Math.max(0, n)) / Math.log1p(top));
const flag = (b: boolean) => (b ? 1 : 0);

export function pageFeatures({ article, statedRating, languageSupported, textLogit }: FeatureInput): PageFeatures {
  const s = article.signals;
  const cues = readPageCues(s, article.title);
  const text = readTextCues(article.text);
  const clipped = Math.max(-TEXT_LOGIT_CLIP, Math.min(TEXT_LOGIT_CLIP, textLogit));
  return {
    textScore: languageSupported ? clipped / TEXT_LOGIT_CLIP : 0,
    unsupportedLanguage: flag(!languageSupported),
    reviewMarkup: flag(cues.reviewMarkupAny),
    aggregateRating: flag(cues.aggregateRating),
    commerce: flag(cues.commerce),
    factCheck: flag(cues.factCheck),
    reviewHeadline: flag(cues.reviewHeadline),
    reviewUrl: flag(cues.reviewUrl),
    reviewSection: flag(cues.reviewSection),
    notReviewHeadline: flag(cues.notReviewHeadline),
    notReviewUrl: flag(cues.notReviewUrl),
    statedRating: flag(statedRating),
    ratingNearEdge: flag(text.ratingNearEdge),
    infoBox: Math.min(text.infoBoxLabels, INFO_BOX_CAP) / INFO_BOX_CAP,
    byline: flag(s?.hasByline ?? false),
    reviewCount: logScale(s?.reviewCount ?? 0, MANY_REVIEWS),
    reviewBlocks: logScale(s?.reviewBlocks ?? 0, MANY_BLOCKS),
    // The English word-rate cues say nothing about other languages: left out (0) there, like the text score.
    evaluative: languageSupported ? Math.min(text.evaluative, EVALUATIVE_CAP) / EVALUATIVE_CAP : 0,
    reporting: languageSupported ? Math.min(text.reporting, REPORTING_CAP) / REPORTING_CAP : 0,
    firstPerson: languageSupported ? Math.min(text.firstPerson, FIRST_PERSON_CAP) / FIRST_PERSON_CAP : 0,
    reviewLead: flag(LEAD_REVIEW_WORD.test(article.text.slice(0, LEAD_CHARS))),
    // A readers' average ("4.2 / 5 from 318 readers") is no rating of the writer's.
    ratingWidget: flag((s?.ratingTexts ?? []).some((t) => WIDGET_RATING.test(t) && !isRatersAverage(t))),
    // What the review-list finder read: how many reviews the page lists, and how many of them rate the item.
    listedReviews: logScale(listedCount(article), MANY_BLOCKS),
    ratedListedReviews: logScale(ratedListedCount(article.listedReviews), MANY_BLOCKS),
  };
}
