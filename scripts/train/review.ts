// npm run train -- review: fits the review detector's models on ALL development data and writes them as data:
//   lib/detect/data/review-text-model.json  review-vs-not text classifier (scripts/train/review-text.ts)
//   lib/detect/data/review-page-model.json  page-level combiner of page cues + text score (review-pages.ts)
// The eval (`npm run eval -- review`) re-fits the same recipes on folds instead: cross-validation for the text
// model, leave-one-source-out for the page combiner. Deterministic: no randomness, sorted output, rounded weights.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_NAMES } from '../../lib/detect/page-features';
import type { PageModelFile } from '../../lib/detect/review';
import type { TextModelFile } from '../../lib/detect/text-model';
import { builtListExamples } from './built-list-pages';
import type { DenseModel } from './logistic';
import {
  type CombinerSettings,
  fitPageModels,
  loadPageExamples,
  PAGE_TEXT_WEIGHT,
  type PageExample,
  pageTexts,
  scorer,
} from './review-pages';
import { fitText, type LabelledText, loadTexts, MAX_FEATURES } from './review-text';

const DATA_OUT = resolve(import.meta.dirname, '../../lib/detect/data');
/** Decimal places kept in the JSON: 3 changes no decision and keeps the file small. */
const WEIGHT_DECIMALS = 3;

export function round(x: number, decimals = WEIGHT_DECIMALS): number {
  const scale = 10 ** decimals;
  return Math.round(x * scale) / scale;
}

function writeTextModel(corpora: LabelledText[], examples: PageExample[]): void {
  const fitted = fitText([...corpora, ...pageTexts(examples)]);
  const weights = [...fitted.weights]
    .map(([f, w]): [string, number] => [f, round(w)])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const file: TextModelFile = {
    version: 1,
    trainedOn: `balanced logistic regression on word presence, top ${MAX_FEATURES} weights; all of article-genres (not-review and review) plus pang-lee-polarity-v2, every 3rd pang-lee-scale-v1 review, imdb-large-movie-review-sample, every 3rd amazon-multi-domain review (review); the English texts of all labelled pages of html-pages and html-pages-2, each weighing ${PAGE_TEXT_WEIGHT} texts`,
    bias: round(fitted.bias),
    weights: [],
  };
  const head = JSON.stringify(file).replace(/"weights":\[\]\}$/, '"weights":[\n');
  const path = resolve(DATA_OUT, 'review-text-model.json');
  writeFileSync(path, `${head}${weights.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`);
  console.log(`  wrote ${path} (${weights.length} weights)`);
}

const PAGE_DECIMALS = 4;

function part(m: DenseModel): { bias: number; weights: Record<string, number> } {
  return {
    bias: round(m.bias, PAGE_DECIMALS),
    weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, round(m.weights[i] ?? 0, PAGE_DECIMALS)])),
  };
}

const describe = (s: CombinerSettings) =>
  `L2 ${s.l2}, ${s.balanced ? 'classes weighed alike' : 'classes at their own shares'}`;

/** The combiner is fitted on out-of-source text scores (see review-pages.ts): what an unseen page's text gets. */
function writePageModel(examples: PageExample[], builtLists: PageExample[]): void {
  const models = fitPageModels(examples, builtLists);
  const file: PageModelFile = {
    version: 1,
    trainedOn: `two logistic regressions (review: ${describe(models.settings.review)}; chosen by leave-one-source-out; list: ${describe(models.settings.list)}) on the features of lib/detect/page-features.ts, text scores out of source; all ${examples.length} labelled pages of html-pages and html-pages-2 (review: review or review-list vs not-review; list: review-list vs review, plus ${builtLists.length} review lists built from the review corpora, one per development markup)`,
    features: [...FEATURE_NAMES],
    review: part(models.review),
    list: part(models.list),
  };
  const path = resolve(DATA_OUT, 'review-page-model.json');
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`  wrote ${path}`);
}

export async function train(): Promise<void> {
  const corpora = loadTexts();
  const examples = loadPageExamples(corpora);
  writeTextModel(corpora, examples);
  // The built lists' texts are scored by a text model that saw no labelled page, as an unseen page's would be.
  writePageModel(examples, builtListExamples(scorer(fitText(corpora))));
}
