// Decides whether an article is a review at all, and of what. A hand-weighted sum of clear cues, not a model
// fitted to the 86 labelled pages: each weight is a judgement about one cue (why in its comment), so the
// decision generalises to sites it has never seen. Scores are in log-odds-like points; 0 is the boundary.
import type { Article, ReviewKind, Verdict } from '../schema';
import { guessKind } from './kind';
import { type PageCues, readPageCues } from './page-cues';
import { readTextCues, type TextCues } from './text-cues';

export interface ReviewGuess {
  isReview: boolean;
  confidence: number;
  kind: ReviewKind;
}

/** Named weights; positive points say "review", negative say "not a review". */
export const WEIGHTS = {
  /** Most web pages are not reviews, so a page must earn its badge. */
  pageBias: -2,
  /** Plain text handed to the summariser has no page around it: the text alone decides, and whoever passes a
   *  text to a review summariser is more likely than a random page to pass a review. */
  plainTextBias: -0.5,
  /** Review / CriticReview markup on a non-shop page is the publisher saying so. */
  reviewMarkup: 3,
  /** "… review", "hands-on", "Film review:" in the headline: the strongest cue most reviews give. */
  reviewHeadline: 3,
  /** "/reviews/", "-review" in the URL: as explicit, but URLs also hold "reviews" sections and hubs. */
  reviewUrl: 2.5,
  /** "Headline | Restaurant reviews | Site": the page filed under a reviews section, as explicit as a
   *  /reviews/ URL section and weighed the same. */
  reviewSection: 2.5,
  /** News, lists, interviews, guides, fact-checks: the hard negatives name themselves in the headline. */
  notReviewHeadline: -3,
  /** A /news/ or /wiki/ URL section. Weaker: news sections do publish the odd review. */
  notReviewUrl: -1.5,
  /** Shop, recipe and holiday-rental pages: their stars rate a product for sale. Decisive. */
  commerce: -6,
  /** Fact-checks rate a claim, not a work. Decisive. */
  factCheck: -6,
  /** "★★½", "3 out of 4 stars", "8/10" at the top or the bottom of the text: the critic's own rating. */
  ratingNearEdge: 2,
  /** Per label of a credits / spec / verdict box at the top or bottom ("Director:", "Cast:", "Our verdict"):
   *  one label can be chance ("starring" in a news story), a box of several is a review's fact sheet. */
  infoBoxLabel: 0.75,
  infoBoxCap: 3,
  /** Advice to the reader ("if you like…", "worth your time"). */
  advice: 0.5,
  /** A rating found by the verdict's search (structured data or a rating box). Rating boxes are noisy
   *  (list grades, user stars), so this is a nudge, not a decision. */
  statedRating: 0.75,
  /** Points per judgement word per 100 words above the neutral level of news prose. */
  evaluativePer100: 0.8,
  /** Judgement words per 100 words in ordinary non-review prose (measured on the labelled news pages). */
  evaluativeNeutral: 0.7,
  /** Above this rate more judgement words add nothing: a short blurb can be all adjectives. */
  evaluativeCap: 3,
  /** Points per review-object noun ("performances", "gameplay") per 100 words, capped: film news uses them too. */
  objectsPer100: 0.6,
  objectsCap: 2,
  /** Points lost per reporting word ("said", "according") per 100 words: the register of news. */
  reportingPer100: -1.5,
  reportingCap: 2,
} as const;

/** Fewer words than this is a teaser or a caption: the text cues are noise. */
const MIN_WORDS_FOR_TEXT_CUES = 80;
/** Points beyond the boundary at which the confidence is ~0.95 (logistic scale). */
const CONFIDENCE_SCALE = 1;

export interface ReviewScore {
  score: number;
  page: PageCues | null;
  text: TextCues;
}

export function scoreReview(article: Article, verdict: Verdict): ReviewScore {
  const text = readTextCues(article.text);
  const page = article.signals ? readPageCues(article.signals, article.title) : null;
  let score = page ? WEIGHTS.pageBias : WEIGHTS.plainTextBias;
  if (page) {
    if (page.reviewMarkup) score += WEIGHTS.reviewMarkup;
    if (page.reviewHeadline) score += WEIGHTS.reviewHeadline;
    if (page.reviewUrl) score += WEIGHTS.reviewUrl;
    if (page.reviewSection) score += WEIGHTS.reviewSection;
    if (page.notReviewHeadline) score += WEIGHTS.notReviewHeadline;
    if (page.notReviewUrl) score += WEIGHTS.notReviewUrl;
    if (page.commerce) score += WEIGHTS.commerce;
    if (page.factCheck) score += WEIGHTS.factCheck;
  }
  if (verdict.stated) score += WEIGHTS.statedRating;
  if (text.ratingNearEdge) score += WEIGHTS.ratingNearEdge;
  score += WEIGHTS.infoBoxLabel * Math.min(text.infoBoxLabels, WEIGHTS.infoBoxCap);
  if (text.advice) score += WEIGHTS.advice;
  if (text.words >= MIN_WORDS_FOR_TEXT_CUES) {
    score += WEIGHTS.evaluativePer100 * (Math.min(text.evaluative, WEIGHTS.evaluativeCap) - WEIGHTS.evaluativeNeutral);
    score += WEIGHTS.objectsPer100 * Math.min(text.objects, WEIGHTS.objectsCap);
    score += WEIGHTS.reportingPer100 * Math.min(text.reporting, WEIGHTS.reportingCap);
  }
  return { score, page, text };
}

export function detectReview(article: Article, verdict: Verdict): ReviewGuess {
  const { score } = scoreReview(article, verdict);
  return {
    isReview: score > 0,
    confidence: Math.round(1000 / (1 + Math.exp(-score / CONFIDENCE_SCALE))) / 1000,
    kind: guessKind(article),
  };
}
