// npm run train -- review: fits the review detector's models on ALL development data and writes them as data:
//   lib/detect/data/review-text-model.json  review-vs-not text classifier (scripts/train/review-text.ts)
//   lib/detect/data/review-page-model.json  page-level combiner of page cues + text score (review-pages.ts)
// The eval (`npm run eval -- review`) re-fits the same recipes on folds instead: cross-validation for the text
// model, leave-one-source-out for the page combiner. Deterministic: no randomness, sorted output, rounded weights.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_NAMES } from '../../lib/detect/page-features';
import type { PageModelFile } from '../../lib/detect/review';
import { logitOf, type TextModelFile, textFeatures } from '../../lib/detect/text-model';
import type { DenseModel } from './logistic';
import { fitPageModels, L2_LIST, L2_REVIEW, loadPageExamples } from './review-pages';
import { fitText, loadTexts, MAX_FEATURES } from './review-text';

const DATA_OUT = resolve(import.meta.dirname, '../../lib/detect/data');
/** Decimal places kept in the JSON: 3 changes no decision and keeps the file small. */
const WEIGHT_DECIMALS = 3;

export function round(x: number, decimals = WEIGHT_DECIMALS): number {
  const scale = 10 ** decimals;
  return Math.round(x * scale) / scale;
}

function writeTextModel(): (text: string) => number {
  const fitted = fitText(loadTexts());
  const weights = [...fitted.weights]
    .map(([f, w]): [string, number] => [f, round(w)])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const file: TextModelFile = {
    version: 1,
    trainedOn: `balanced logistic regression on word presence, top ${MAX_FEATURES} weights; all of article-genres (not-review and review) plus pang-lee-polarity-v2, every 3rd pang-lee-scale-v1 review, imdb-large-movie-review-sample, every 3rd amazon-multi-domain review (review)`,
    bias: round(fitted.bias),
    weights: [],
  };
  const head = JSON.stringify(file).replace(/"weights":\[\]\}$/, '"weights":[\n');
  const path = resolve(DATA_OUT, 'review-text-model.json');
  writeFileSync(path, `${head}${weights.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`);
  console.log(`  wrote ${path} (${weights.length} weights)`);
  const shipped = new Map(weights);
  return (text) => logitOf(textFeatures(text), shipped, file.bias);
}

const PAGE_DECIMALS = 4;

function part(m: DenseModel): { bias: number; weights: Record<string, number> } {
  return {
    bias: round(m.bias, PAGE_DECIMALS),
    weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, round(m.weights[i] ?? 0, PAGE_DECIMALS)])),
  };
}

/** The page combiner reads the text model's scores, so it is fitted after the text model is written. */
function writePageModel(scoreText: (text: string) => number): void {
  const examples = loadPageExamples(scoreText);
  const models = fitPageModels(examples);
  const file: PageModelFile = {
    version: 1,
    trainedOn: `logistic regression (L2 ${L2_REVIEW} review, ${L2_LIST} list) on the features of lib/detect/page-features.ts; all ${examples.length} labelled pages of html-pages and html-pages-2 (review and review-list vs not-review; list vs single among reviews)`,
    features: [...FEATURE_NAMES],
    review: part(models.review),
    list: part(models.list),
  };
  const path = resolve(DATA_OUT, 'review-page-model.json');
  writeFileSync(path, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`  wrote ${path}`);
}

export async function train(): Promise<void> {
  writePageModel(writeTextModel());
}
