// The page combiner's data and fits: every labelled page of html-pages and html-pages-2, read the way the
// command-line tool reads it (saved file + the page's own canonical URL), turned into the features of
// lib/detect/page-features.ts. Two models: "review" (review or review list vs not) over all pages, and "list"
// (review list vs single review) over the pages that are reviews. The eval fits them leave-one-source-out.
import { pathToFileURL } from 'node:url';
import { FEATURE_NAMES, type PageFeatures, pageFeatures } from '../../lib/detect/page-features';
import { reviewTextLogit } from '../../lib/detect/text-model';
import { extractArticle } from '../../lib/extract/article';
import type { Article } from '../../lib/schema';
import { decideVerdict } from '../../lib/summarise/verdict';
import { detectLanguage } from '../../lib/text/language';
import { splitSentences } from '../../lib/text/sentences';
import { type LabelledPage, loadLabelledPages, parsePage } from '../bench/labelled-pages';
import { type DenseModel, dot, fitLogistic } from './logistic';

/** L2 penalties (on the mean loss). Fixed by judgement, not tuned on the pages reported. */
export const L2_REVIEW = 0.001;
export const L2_LIST = 0.003;

export interface PageExample {
  page: LabelledPage;
  /** null when no article could be extracted (the tool answers with an error: not a review). */
  article: Article | null;
  features: PageFeatures | null;
  vector: number[];
}

/** `scoreText` is the text model to read the pages with: the shipped one by default, the freshly fitted one
 *  when training (the shipped JSON module was loaded before the new weights were written). */
export function loadPageExamples(scoreText: (text: string) => number = reviewTextLogit): PageExample[] {
  return loadLabelledPages().map((page) => {
    let article: Article | null = null;
    try {
      article = extractArticle(parsePage(page), pathToFileURL(page.file).href);
    } catch {
      // No article: the example stays, with no features.
    }
    if (!article) return { page, article, features: null, vector: [] };
    const language = detectLanguage(article.text, article.lang);
    const verdict = decideVerdict(article, splitSentences(article.text));
    const features = pageFeatures({
      article,
      statedRating: verdict.stated !== null,
      languageSupported: language.supported,
      textLogit: scoreText(article.text),
    });
    return { page, article, features, vector: FEATURE_NAMES.map((f) => features[f]) };
  });
}

export interface PageModels {
  review: DenseModel;
  list: DenseModel;
}

export function fitPageModels(examples: readonly PageExample[]): PageModels {
  const usable = examples.filter((e) => e.features);
  const reviews = usable.filter((e) => e.page.isReview);
  return {
    review: fitLogistic(
      usable.map((e) => e.vector),
      usable.map((e) => (e.page.isReview ? 1 : 0)),
      L2_REVIEW,
    ),
    list: fitLogistic(
      reviews.map((e) => e.vector),
      reviews.map((e) => (e.page.isList ? 1 : 0)),
      L2_LIST,
    ),
  };
}

export interface HeldOutPage {
  example: PageExample;
  isReview: boolean;
  isList: boolean;
  reviewLogit: number;
}

/** Leave-one-source-out: each source's pages are judged by models fitted on every other source. */
export function leaveOneSourceOut(examples: readonly PageExample[]): HeldOutPage[] {
  const sources = [...new Set(examples.map((e) => e.page.source))].sort();
  const out: HeldOutPage[] = [];
  for (const source of sources) {
    const models = fitPageModels(examples.filter((e) => e.page.source !== source));
    for (const e of examples.filter((x) => x.page.source === source)) {
      const reviewLogit = e.features ? models.review.bias + dot(models.review.weights, e.vector) : -Infinity;
      const listLogit = e.features ? models.list.bias + dot(models.list.weights, e.vector) : -Infinity;
      out.push({ example: e, isReview: reviewLogit > 0, isList: reviewLogit > 0 && listLogit > 0, reviewLogit });
    }
  }
  return out;
}
