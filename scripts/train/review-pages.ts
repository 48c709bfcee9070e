// The page combiner's data and fits: every labelled page of html-pages and html-pages-2, read the way the
// command-line tool reads it (saved file + the page's own canonical URL), turned into the features of
// lib/detect/page-features.ts. The page texts also train the text model (weighted up: they are the web's own
// register, which the corpora lack), so every page's text score is "out of source": from a text model fitted
// without that page's source. The combiner is fitted on those scores (stacking), so its weight on the text is
// the weight an unseen page's text deserves. The eval fits the combiner leave-one-source-out as well.
import { pathToFileURL } from 'node:url';
import { FEATURE_NAMES, type PageFeatures, pageFeatures } from '../../lib/detect/page-features';
import { markedForeignReview } from '../../lib/detect/review';
import { logitOf, textFeatures } from '../../lib/detect/text-model';
import { extractArticle } from '../../lib/extract/article';
import type { Article } from '../../lib/schema';
import { decideVerdict } from '../../lib/summarise/verdict';
import { detectLanguage } from '../../lib/text/language';
import { splitSentences } from '../../lib/text/sentences';
import { type LabelledPage, loadLabelledPages, parsePage } from '../bench/labelled-pages';
import { type DenseModel, dot, fitLogistic } from './logistic';
import { type FittedText, fitText, type LabelledText, loadTexts } from './review-text';

/** L2 penalty (on the mean loss). Fixed by judgement, not tuned on the pages reported. */
export const L2_PAGE = 0.003;
/** One page text counts as this many corpus texts in the text model's fit. */
export const PAGE_TEXT_WEIGHT = 5;
/** The page fits keep the classes' own shares (reviews are the minority of pages, as on the web): weighing
 *  them equal instead bought little recall for a lot of precision in leave-one-source-out. */
export const BALANCED = false;

export interface PageExample {
  page: LabelledPage;
  /** null when no article could be extracted (the tool answers with an error: not a review). */
  article: Article | null;
  statedRating: boolean;
  languageSupported: boolean;
  features: PageFeatures | null;
  vector: number[];
}

function readPage(page: LabelledPage): PageExample {
  let article: Article | null = null;
  try {
    article = extractArticle(parsePage(page), pathToFileURL(page.file).href);
  } catch {
    // No article: the example stays, with no features.
  }
  if (!article) return { page, article, statedRating: false, languageSupported: false, features: null, vector: [] };
  const language = detectLanguage(article.text, article.lang);
  const verdict = decideVerdict(article, splitSentences(article.text));
  return {
    page,
    article,
    statedRating: verdict.stated !== null,
    languageSupported: language.supported,
    features: null,
    vector: [],
  };
}

function withTextScore(e: PageExample, textLogit: number): PageExample {
  if (!e.article) return e;
  const features = pageFeatures({
    article: e.article,
    statedRating: e.statedRating,
    languageSupported: e.languageSupported,
    textLogit,
  });
  return { ...e, features, vector: FEATURE_NAMES.map((f) => features[f]) };
}

/** The English page texts as text-model training rows. */
export function pageTexts(examples: readonly PageExample[]): LabelledText[] {
  return examples
    .filter((e) => e.article && e.languageSupported)
    .map((e) => ({
      group: 'html-pages',
      label: e.page.isReview ? 1 : 0,
      text: e.article?.text ?? '',
      fold: 0,
      weight: PAGE_TEXT_WEIGHT,
    }));
}

const scorer = (m: FittedText) => (text: string) => logitOf(textFeatures(text), m.weights, m.bias);

/** Every page with its features, its text scored by a text model fitted on the corpora and the pages of all
 *  other sources. */
export function loadPageExamples(corpora: LabelledText[] = loadTexts()): PageExample[] {
  const bare = loadLabelledPages().map(readPage);
  const sources = [...new Set(bare.map((e) => e.page.source))].sort();
  const scored = new Map<PageExample, number>();
  for (const source of sources) {
    const inSource = bare.filter((e) => e.page.source === source);
    if (!inSource.some((e) => e.article && e.languageSupported)) continue;
    const score = scorer(fitText([...corpora, ...pageTexts(bare.filter((e) => e.page.source !== source))]));
    for (const e of inSource) if (e.article) scored.set(e, score(e.article.text));
  }
  return bare.map((e) => withTextScore(e, scored.get(e) ?? 0));
}

export interface PageModels {
  review: DenseModel;
  list: DenseModel;
}

/** "review": a review or a review list vs anything else, over all pages; "list": a review list vs a single
 *  review, over the pages that are reviews. */
export function fitPageModels(examples: readonly PageExample[]): PageModels {
  const usable = examples.filter((e) => e.features);
  const reviews = usable.filter((e) => e.page.isReview);
  return {
    review: fitLogistic(
      usable.map((e) => e.vector),
      usable.map((e) => (e.page.isReview ? 1 : 0)),
      L2_PAGE,
      BALANCED,
    ),
    list: fitLogistic(
      reviews.map((e) => e.vector),
      reviews.map((e) => (e.page.isList ? 1 : 0)),
      L2_PAGE,
      BALANCED,
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
      const review = e.features ? models.review.bias + dot(models.review.weights, e.vector) : -Infinity;
      const list = e.features ? models.list.bias + dot(models.list.weights, e.vector) : -Infinity;
      // The same rule as lib/detect/review.ts: the form is decided for pages that are reviews.
      const isReview = review > 0 || (e.features !== null && markedForeignReview(e.features));
      out.push({ example: e, isReview, isList: isReview && list > 0, reviewLogit: review });
    }
  }
  return out;
}
