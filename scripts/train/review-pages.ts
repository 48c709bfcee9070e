// The page combiner's data and fits: every labelled page of html-pages and html-pages-2, read the way the
// command-line tool reads it (saved file + the page's own canonical URL), turned into the features of
// lib/detect/page-features.ts. The page texts also train the text model (weighted up: they are the web's own
// register, which the corpora lack), so every page's text score is "out of source": from a text model fitted
// without that page's source. The combiner is fitted on those scores (stacking), so its weight on the text is
// the weight an unseen page's text deserves. The eval fits the combiner leave-one-source-out as well.
import { pathToFileURL } from 'node:url';
import { FEATURE_NAMES, type FeatureName, type PageFeatures, pageFeatures } from '../../lib/detect/page-features';
import { decideIsReview, ratingCue } from '../../lib/detect/review';
import { logitOf, textFeatures } from '../../lib/detect/text-model';
import { extractArticle } from '../../lib/extract/article';
import type { Article } from '../../lib/schema';
import { decideVerdict } from '../../lib/summarise/verdict';
import { detectLanguage } from '../../lib/text/language';
import { splitSentences } from '../../lib/text/sentences';
import { type LabelledPage, loadLabelledPages, parsePage } from '../bench/labelled-pages';
import { type DenseModel, dot, fitLogistic } from './logistic';
import { type FittedText, fitText, type LabelledText, loadTexts } from './review-text';

/** One page text counts as this many corpus texts in the text model's fit (chosen on the article-genres
 *  cross-validation; figures in lib/detect/data/README.md). */
export const PAGE_TEXT_WEIGHT = 15;

/** A combiner model's settings: L2 penalty (on the mean loss) and whether both classes weigh alike or keep
 *  their own shares. */
export interface CombinerSettings {
  l2: number;
  balanced: boolean;
}
/** The candidates the review model's settings are chosen from, by leave-one-source-out over the training
 *  pages only (chooseSettings): in the eval that is nested inside the outer leave-one-source-out, so no
 *  reported page picks them. */
export const COMBINER_SETTINGS: readonly CombinerSettings[] = [
  { l2: 0.001, balanced: false },
  { l2: 0.003, balanced: false },
  { l2: 0.001, balanced: true },
  { l2: 0.003, balanced: true },
  { l2: 0.01, balanced: true },
];

export interface PageExample {
  page: LabelledPage;
  /** null when no article could be extracted (the tool answers with an error: not a review). */
  article: Article | null;
  statedRating: boolean;
  languageSupported: boolean;
  features: PageFeatures | null;
  vector: number[];
}

export function readPage(page: LabelledPage): PageExample {
  let article: Article | null = null;
  try {
    article = extractArticle(parsePage(page), pathToFileURL(page.file).href);
  } catch {
    // No article: the example stays, with no features.
  }
  return bareExample(page, article);
}

/** A page's example before its text is scored: what the verdict and the language reader say of its article. */
export function bareExample(page: LabelledPage, article: Article | null): PageExample {
  if (!article) return { page, article, statedRating: false, languageSupported: false, features: null, vector: [] };
  const language = detectLanguage(article.text, article.lang);
  const verdict = decideVerdict(article, splitSentences(article.text));
  return {
    page,
    article,
    statedRating: ratingCue(article, verdict),
    languageSupported: language.supported,
    features: null,
    vector: [],
  };
}

export function withTextScore(e: PageExample, textLogit: number): PageExample {
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

export const scorer = (m: FittedText) => (text: string) => logitOf(textFeatures(text), m.weights, m.bias);

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

/** The list model's settings, fixed: choosing them by the nested leave-one-source-out as well was tried and
 *  took more single reviews for lists with no more lists found. */
const LIST_SETTINGS: CombinerSettings = { l2: 0.003, balanced: false };

/** One of the two decisions the combiner makes: which pages it is fitted on, their label, and the features it
 *  leaves out (their weights stay 0). */
interface Task {
  pages: (e: PageExample) => boolean;
  label: (e: PageExample) => 0 | 1;
  ignores?: ReadonlySet<FeatureName>;
}
/** A review (single or list) vs anything else, over every page with features. What the list finder read says
 *  how many, not whether they are reviews: a shop's question-and-answer list or a page of teasers is repeated
 *  prose too. Fitted with them, leave-one-source-out precision fell 0.978 → 0.957 and recall 0.882 → 0.863. */
const REVIEW_TASK: Task = {
  pages: (e) => e.features !== null,
  label: (e) => (e.page.isReview ? 1 : 0),
  ignores: new Set(['listedReviews', 'ratedListedReviews']),
};
/** A review list vs a single review, over the pages that are reviews. */
const LIST_TASK: Task = {
  pages: (e) => e.features !== null && e.page.isReview,
  label: (e) => (e.page.isList ? 1 : 0),
};

function fitTask(examples: readonly PageExample[], task: Task, settings: CombinerSettings): DenseModel {
  const usable = examples.filter(task.pages);
  const kept = FEATURE_NAMES.map((name) => (task.ignores?.has(name) ? 0 : 1));
  return fitLogistic(
    usable.map((e) => e.vector.map((v, i) => v * (kept[i] ?? 0))),
    usable.map(task.label),
    settings.l2,
    settings.balanced,
  );
}

/** How well one setting does under leave-one-source-out over `examples`: pages right, then mean log-loss. */
function sourceOutScore(
  examples: readonly PageExample[],
  task: Task,
  settings: CombinerSettings,
): { right: number; loss: number } {
  const usable = examples.filter(task.pages);
  let right = 0;
  let loss = 0;
  for (const source of new Set(usable.map((e) => e.page.source))) {
    const model = fitTask(
      usable.filter((e) => e.page.source !== source),
      task,
      settings,
    );
    for (const e of usable.filter((x) => x.page.source === source)) {
      const z = model.bias + dot(model.weights, e.vector);
      const y = task.label(e);
      if ((z > 0 ? 1 : 0) === y) right++;
      loss += Math.log1p(Math.exp(y ? -z : z)) / usable.length;
    }
  }
  return { right, loss };
}

/** The settings that judge the pages of each left-out source best (most pages right, then the lower
 *  log-loss; ties keep the earlier candidate). */
function chooseSettings(examples: readonly PageExample[], task: Task): CombinerSettings {
  let best = COMBINER_SETTINGS[0] as CombinerSettings;
  let bestScore = { right: -1, loss: Infinity };
  for (const settings of COMBINER_SETTINGS) {
    const score = sourceOutScore(examples, task, settings);
    if (score.right > bestScore.right || (score.right === bestScore.right && score.loss < bestScore.loss)) {
      best = settings;
      bestScore = score;
    }
  }
  return best;
}

export interface PageModels {
  review: DenseModel;
  list: DenseModel;
  settings: { review: CombinerSettings; list: CombinerSettings };
}

/** "review": a review or a review list vs anything else, over all pages, with settings chosen by
 *  leave-one-source-out inside `examples`; "list": a review list vs a single review, over the pages that are
 *  reviews and the built lists (built-list-pages.ts). */
export function fitPageModels(examples: readonly PageExample[], builtLists: readonly PageExample[] = []): PageModels {
  const settings = { review: chooseSettings(examples, REVIEW_TASK), list: LIST_SETTINGS };
  return {
    review: fitTask(examples, REVIEW_TASK, settings.review),
    list: fitTask([...examples, ...builtLists], LIST_TASK, settings.list),
    settings,
  };
}

export interface HeldOutPage {
  example: PageExample;
  isReview: boolean;
  isList: boolean;
  reviewLogit: number;
  /** The models' settings chosen for this page's fold. */
  settings: PageModels['settings'];
}

/** Leave-one-source-out: each source's pages are judged by models fitted on every other source (their settings
 *  chosen by a leave-one-source-out nested inside those other sources) and the built lists, which are always
 *  in training and never judged. */
export function leaveOneSourceOut(
  examples: readonly PageExample[],
  builtLists: readonly PageExample[] = [],
): HeldOutPage[] {
  const sources = [...new Set(examples.map((e) => e.page.source))].sort();
  const out: HeldOutPage[] = [];
  for (const source of sources) {
    const models = fitPageModels(
      examples.filter((e) => e.page.source !== source),
      builtLists,
    );
    for (const e of examples.filter((x) => x.page.source === source)) {
      const review = e.features ? models.review.bias + dot(models.review.weights, e.vector) : -Infinity;
      const list = e.features ? models.list.bias + dot(models.list.weights, e.vector) : -Infinity;
      // The same rule as lib/detect/review.ts: the form is decided for pages that are reviews.
      const isReview = e.article ? decideIsReview(review, e.features, e.article) : review > 0;
      out.push({ example: e, isReview, isList: isReview && list > 0, reviewLogit: review, settings: models.settings });
    }
  }
  return out;
}
