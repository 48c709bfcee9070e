// npm run train -- quotes: fits the models the quote picker uses and writes them as data:
//   lib/summarise/data/quotes-subjectivity.json  opinion (RT snippet) vs plot summary (IMDb), subjectivity.jsonl
//   lib/summarise/data/quotes-polarity.json      fresh vs rotten RT pull quotes, mr-rt-polarity.jsonl + SST-5
//   lib/summarise/data/quotes-ranker.json        printable pull quote vs other sentence (quotes-ranker.ts),
//                                                reading the two models above
// The sentence models are binarised naive Bayes on uni+bigram features, trained on ALL dev data (the eval
// cross-validates by halves instead); the ranker on all annotated reviews (the eval cross-validates by review).
// Deterministic: no randomness, sorted features, rounded weights.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sentenceFeatures } from '../../lib/summarise/quotes/features';
import type { LinearModelFile } from '../../lib/summarise/quotes/linear-model';
import { loadAllAnnotated } from '../data/quotes-annotations';
import {
  halfOf,
  inHalf,
  type LabelledSentence,
  loadMovieReviewPolarity,
  loadSstPolarity,
  loadSubjectivity,
} from '../data/quotes-corpora';
import {
  annotatedRecords,
  externalRecords,
  type RankerRow,
  rtRecords,
  type SentenceModels,
  toRows,
} from '../data/quotes-ranker-data';
import { fitRanker, rankerFile } from './quotes-ranker';

const DATA_OUT = resolve(import.meta.dirname, '../../lib/summarise/data');

/** Weights kept per shipped model. Pruning by |weight|·√(sentences seen) keeps the informative common
 *  features; polarity is the harder task and keeps more. Together within the size budget of
 *  tests/lib/quotes-data.test.ts (the measurements behind these sizes are in lib/summarise/data/README.md). */
export const MAX_FEATURES = 4000;
const MAX_POLARITY_FEATURES = 8000;
/** The quotability model's words: enough for the common judgement vocabulary, small enough for the budget. */
const MAX_QUOTABILITY_FEATURES = 2000;
/** Add-one (Laplace) smoothing. */
const SMOOTHING = 1;
/** Decimal places kept in the JSON: 3 changes no decision and halves the file. */
const WEIGHT_DECIMALS = 3;

export interface Fitted {
  bias: number;
  weights: Map<string, number>;
}

/** Binarised naive Bayes log-count ratios (Wang & Manning 2012 found this the strongest simple learner on
 *  exactly these snippet sets; see the data README for how it compared here). `maxFeatures` prunes to the
 *  strongest weights; Infinity keeps all (the eval's judges). */
export function fitNaiveBayes(rows: readonly LabelledSentence[], maxFeatures = MAX_FEATURES): Fitted {
  const pos = new Map<string, number>();
  const neg = new Map<string, number>();
  let nPos = 0;
  for (const r of rows) {
    if (r.label === 1) nPos++;
    const side = r.label === 1 ? pos : neg;
    for (const f of sentenceFeatures(r.text)) side.set(f, (side.get(f) ?? 0) + 1);
  }
  const vocabulary = [...new Set([...pos.keys(), ...neg.keys()])].sort();
  const totalPos = sum(pos.values()) + SMOOTHING * vocabulary.length;
  const totalNeg = sum(neg.values()) + SMOOTHING * vocabulary.length;
  const scored = vocabulary.map((f) => {
    const p = ((pos.get(f) ?? 0) + SMOOTHING) / totalPos;
    const q = ((neg.get(f) ?? 0) + SMOOTHING) / totalNeg;
    const weight = Math.log(p / q);
    const seen = (pos.get(f) ?? 0) + (neg.get(f) ?? 0);
    return { f, weight, strength: Math.abs(weight) * Math.sqrt(seen) };
  });
  const kept = scored.sort((a, b) => b.strength - a.strength || (a.f < b.f ? -1 : 1)).slice(0, maxFeatures);
  return { bias: Math.log(nPos / (rows.length - nPos)), weights: new Map(kept.map((k) => [k.f, k.weight])) };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export function toModelFile(
  fitted: Fitted,
  meta: Pick<LinearModelFile, 'positive' | 'negative' | 'trainedOn'>,
): LinearModelFile {
  const scale = 10 ** WEIGHT_DECIMALS;
  const round = (x: number) => Math.round(x * scale) / scale;
  const weights = [...fitted.weights]
    .map(([f, w]): [string, number] => [f, round(w)])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { ...meta, bias: round(fitted.bias), weights };
}

/** One [feature, weight] pair per line: diffs of a retrained model stay readable. */
function writeModel(name: string, file: LinearModelFile): void {
  const head = JSON.stringify({ ...file, weights: [] }).replace(/"weights":\[\]\}$/, '"weights":[\n');
  const body = file.weights.map((pair) => JSON.stringify(pair)).join(',\n');
  const path = resolve(DATA_OUT, name);
  writeFileSync(path, `${head}${body}\n]}\n`);
  console.log(`  wrote ${path} (${file.weights.length} weights)`);
}

/** The picker's two sentence models from the given sentences: one recipe for the shipped files (all dev data) and for
 *  the eval's folds (one half), so the eval measures what ships. Polarity also learns from SST-5's polar
 *  sentences (measured gain in the data README). */
export function fitQuoteModels(corpora: {
  subjectivity: readonly LabelledSentence[];
  polarity: readonly LabelledSentence[];
  sst: readonly LabelledSentence[];
}): { subjectivity: Fitted; polarity: Fitted } {
  return {
    subjectivity: fitNaiveBayes(corpora.subjectivity),
    polarity: fitNaiveBayes([...corpora.polarity, ...corpora.sst], MAX_POLARITY_FEATURES),
  };
}

export async function train(): Promise<void> {
  const fitted = fitQuoteModels({
    subjectivity: loadSubjectivity(),
    polarity: loadMovieReviewPolarity(),
    sst: loadSstPolarity(),
  });
  writeModel(
    'quotes-subjectivity.json',
    toModelFile(fitted.subjectivity, {
      positive: 'subjective',
      negative: 'objective',
      trainedOn: `binarised naive Bayes, uni+bigrams, top ${MAX_FEATURES}; all of rt-sentence-snippets/subjectivity.jsonl`,
    }),
  );
  writeModel(
    'quotes-polarity.json',
    toModelFile(fitted.polarity, {
      positive: 'positive',
      negative: 'negative',
      trainedOn: `binarised naive Bayes, uni+bigrams, top ${MAX_POLARITY_FEATURES}; all of rt-sentence-snippets/mr-rt-polarity.jsonl and the polar (non-neutral) sentences of sst5-sentences.jsonl`,
    }),
  );
  const corpus = rankerCorpus({ subjectivity: fitted.subjectivity, polarity: fitted.polarity });
  writeModel(
    'quotes-quotability.json',
    toModelFile(corpus.quotability, {
      positive: 'pull quote',
      negative: 'review sentence',
      trainedOn: `binarised naive Bayes, uni+bigrams, top ${MAX_QUOTABILITY_FEATURES}; all of rt-critic-quotes against every sentence of a fixed sample of pang-lee-scale-v1 and imdb-train-full reviews (the annotated ones excluded)`,
    }),
  );
  const models: SentenceModels = { ...fitted, quotability: corpus.quotability };
  const rows = [...corpus.rows, ...loadAllAnnotated().flatMap((r) => toRows(annotatedRecords(r), () => models))];
  writeModel(
    'quotes-ranker.json',
    rankerFile(
      fitRanker(rows),
      `logistic regression (L2, Newton) on the features of ranker-features.ts; positives: rt-critic-quotes and the acceptable quotes of review-annotations (critics + user-reviews); negatives: the other sentences of those reviews and of a fixed sample of pang-lee-scale-v1 and imdb-train-full reviews (${rows.length} rows)`,
    ),
  );
}

/** The ranker's rows besides the annotated reviews' (RT quotes, external negatives) and the quotability model
 *  fitted on their words. Each row's quotability is read by the model fitted on the other half of the texts
 *  (halfOf), so the ranker learns how far to trust it on text it did not see, as on a real page. */
export function rankerCorpus(sentence: Pick<SentenceModels, 'subjectivity' | 'polarity'>): {
  quotability: Fitted;
  rows: RankerRow[];
} {
  const records = [...rtRecords(), ...externalRecords()];
  const texts: LabelledSentence[] = records.map((r) => ({ text: r.text, label: r.label }));
  const quotability = fitNaiveBayes(texts, MAX_QUOTABILITY_FEATURES);
  const byHalf = {
    A: { ...sentence, quotability: fitNaiveBayes(inHalf(texts, 'B'), MAX_QUOTABILITY_FEATURES) },
    B: { ...sentence, quotability: fitNaiveBayes(inHalf(texts, 'A'), MAX_QUOTABILITY_FEATURES) },
  };
  return { quotability, rows: toRows(records, (r) => byHalf[halfOf(r.text)]) };
}
