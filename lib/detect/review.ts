// Decides whether an article is a review at all, whether it is one review or a page of many (form), and of what
// (kind). One learned decision: a logistic regression (data/review-page-model.json, `npm run train -- review`)
// weighs the text model's score with every page cue — markup, counters, repeated review blocks, headline / URL /
// section words, byline, commerce — none of them a veto. Plain text (no page around it) is judged by the text
// model alone. Pure: the same answer in the content script, the popup and the CLI.
import type { Article, ListedReviews, ReviewForm, ReviewKind, Verdict } from '../schema';
import pageModel from './data/review-page-model.json';
import { guessKind } from './kind';
import { FEATURE_NAMES, type PageFeatures, pageFeatures, ratedListedCount } from './page-features';
import { reviewTextLogit } from './text-model';

export interface ReviewGuess {
  isReview: boolean;
  confidence: number;
  kind: ReviewKind;
  form: ReviewForm;
}

export interface DetectInput {
  article: Article;
  /** A rating of the item: printed by the reviewer (the verdict's stated rating, any language), or given by the
   *  page's review markup (see ratingCue). */
  statedRating: boolean;
  /** The text is in a language the text model reads (English). */
  languageSupported: boolean;
}

interface LinearPart {
  bias: number;
  weights: Record<string, number>;
}
export interface PageModelFile {
  version: number;
  trainedOn: string;
  features: string[];
  /** A review (single or list) vs anything else, over all labelled pages. */
  review: LinearPart;
  /** A review list (many reviews of one item) vs a single review, over the pages that are reviews. */
  list: LinearPart;
}

const MODEL = pageModel as PageModelFile;

export function linearLogit(part: LinearPart, features: PageFeatures): number {
  let z = part.bias;
  for (const name of FEATURE_NAMES) z += (part.weights[name] ?? 0) * features[name];
  return z;
}

const probability = (z: number) => Math.round(1000 / (1 + Math.exp(-z))) / 1000;

export interface ReviewScores {
  /** Log-odds of "a review (single or list)". */
  review: number;
  /** Log-odds of "a list" given a review; -Infinity for plain text (a text has no repeated blocks). */
  list: number;
  features: PageFeatures | null;
}

/** The page-model cue "the page states a rating": the reviewer's rating as the verdict reads it, or a rating in
 *  the page's review markup even when it is only the first of the item's customer reviews (the verdict does not
 *  show that one as the reviewer's, but the page model learned the cue with it and weighs it beside the shop,
 *  recipe and lodging cues). */
export function ratingCue(article: Article, verdict: Pick<Verdict, 'stated'>): boolean {
  return verdict.stated !== null || article.structured?.ratingValue != null;
}

export function scoreReview({ article, statedRating, languageSupported }: DetectInput): ReviewScores {
  const textLogit = languageSupported ? reviewTextLogit(article.text) : 0;
  if (!article.signals) {
    // Plain text: the text model alone, at its own boundary. In a language it cannot read, only the reviewer's
    // printed rating says "review".
    return { review: languageSupported ? textLogit : statedRating ? 1 : -1, list: -Infinity, features: null };
  }
  const features = pageFeatures({ article, statedRating, languageSupported, textLogit });
  return { review: linearLogit(MODEL.review, features), list: linearLogit(MODEL.list, features), features };
}

/** Two reviews that each carry their own rating widget make a page of reviews: a comment thread under one review
 *  repeats blocks too, but never rates the item in each. */
const MIN_RATED_LISTED_REVIEWS = 2;

/** Whether the page lists at least two reviews that each rate the item (customer reviews on a shop page). Shared
 *  by the rule below and the pipeline's list rule. */
export function listsRatedReviews(listed: ListedReviews | null | undefined): boolean {
  return ratedListedCount(listed) >= MIN_RATED_LISTED_REVIEWS;
}

/** The one rule beside the learned model, for the class of pages it cannot weigh: a page in a language the
 *  text model cannot read that shows its reviewers' own ratings. Either the publisher's Review markup or a
 *  rating printed by the reviewer (found by the verdict's rating reader, or a rating widget such as "4 von 5
 *  Sternen") on a page that is not a shop, recipe or lodging listing (whose stars rate a thing for sale); or
 *  two or more listed reviews each with its own rating, as customer reviews on a shop page are (a shop page
 *  with customer reviews is a review list in any language). The labelled pages hold too few such pages for the
 *  model to learn it, and a printed rating is the reviewer saying so in any language. */
export function markedForeignReview(f: PageFeatures, listed?: ListedReviews | null): boolean {
  if (f.unsupportedLanguage !== 1 || f.factCheck !== 0) return false;
  if (listsRatedReviews(listed)) return true;
  return f.commerce === 0 && f.reviewMarkup + f.statedRating + f.ratingWidget > 0;
}

/** A recipe page's stars and comments rate a dish as its readers cooked it; a reader came to cook, not to read
 *  reviews. Such a page is neither a review nor a list of reviews, whatever the page model weighs (its commerce
 *  cue, which Recipe markup sets, is outweighed there by the recipe's own stars and rating widget). The labelled
 *  pages hold two of the class (German recipes with readers' ratings), both labelled not-review. */
export function isRecipePage(article: Pick<Article, 'signals'>): boolean {
  return (article.signals?.schemaTypes ?? []).includes('Recipe');
}

/** Whether a page is shown as a review: the page model's log-odds, the rule for marked reviews in other
 *  languages beside it, and the one veto, a recipe. Shared by detectReview and the evaluation. */
export function decideIsReview(
  reviewLogit: number,
  features: PageFeatures | null,
  article: Pick<Article, 'signals' | 'listedReviews'>,
): boolean {
  if (isRecipePage(article)) return false;
  return reviewLogit > 0 || (features !== null && markedForeignReview(features, article.listedReviews));
}

/** The form of a review page: "list" when the list model says it shows many reviews of one item. */
export function decideForm(scores: ReviewScores): ReviewForm {
  return scores.list > 0 ? 'list' : 'single';
}

export function detectReview(input: DetectInput): ReviewGuess {
  const scores = scoreReview(input);
  const form = decideForm(scores);
  const isReview = decideIsReview(scores.review, scores.features, input.article);
  return {
    isReview,
    // A marked review in another language is shown as one even where the model's log-odds are below 0.
    confidence: probability(isReview ? Math.max(scores.review, 0) : Math.min(scores.review, 0)),
    kind: guessKind(input.article, form),
    form,
  };
}
