// The review-vs-not text classifier's data, fit and cross-validation (used by `npm run train -- review` and by
// `npm run eval -- review`). Negatives: every not-review document of article-genres (news, film news, plot
// summaries, overviews, speeches, fiction, letters…). Positives: article-genres' own reviews plus samples of the
// review corpora (critic film reviews, IMDB user reviews, Amazon product reviews). The labelled HTML pages' texts are
// added by the page trainer (review-pages.ts), always without the source being evaluated.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { logitOf, textFeatures } from '../../lib/detect/text-model';
import { DATA_DIR } from '../eval/shared';

export interface LabelledText {
  /** "article-genres:<genre>" or the review corpus name: the unit reported per genre. */
  group: string;
  label: 0 | 1;
  text: string;
  /** 0..FOLDS-1, stratified by group, deterministic. */
  fold: number;
  /** Weight of the text in the fit (default 1); the labelled pages' texts weigh more (PAGE_TEXT_WEIGHT). */
  weight?: number;
}

export const FOLDS = 5;
/** Every Nth text of the large review corpora: enough positives of each register, quick to fit. */
const SAMPLE_EVERY: Record<string, number> = { scale: 3, amazon: 3, imdb: 1, polarity: 1 };
/** A word seen in fewer training texts than this gets no weight (noise, and size). */
const MIN_DOC_FREQ = 3;
/** L2 penalty per weight (on the mean loss). Fixed by judgement, not tuned on the reported folds. */
const L2 = 1e-4;
const EPOCHS = 150;
const LEARNING_RATE = 0.05;
/** Weights shipped: the strongest by |weight|·√(texts seen); keeps the file far under the 500 KB budget. */
export const MAX_FEATURES = 12_000;

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
}

export function loadTexts(): LabelledText[] {
  const out: Omit<LabelledText, 'fold'>[] = [];
  type Doc = { genre: string; label: string; title: string | null; text: string };
  for (const d of readJsonl<Doc>(resolve(DATA_DIR, 'article-genres/documents.jsonl'))) {
    out.push({
      group: `article-genres:${d.genre}`,
      label: d.label === 'review' ? 1 : 0,
      text: `${d.title ?? ''}\n${d.text}`,
    });
  }
  const polarity = resolve(DATA_DIR, 'pang-lee-polarity-v2/txt_sentoken');
  for (const side of ['pos', 'neg']) {
    for (const f of readdirSync(resolve(polarity, side)).sort()) {
      out.push({ group: 'pang-lee-polarity', label: 1, text: readFileSync(resolve(polarity, side, f), 'utf8') });
    }
  }
  const scaleDir = resolve(DATA_DIR, 'pang-lee-scale-v1');
  readJsonl<{ file: string }>(resolve(scaleDir, 'reviews.jsonl')).forEach((r, i) => {
    if (i % (SAMPLE_EVERY.scale ?? 1) === 0)
      out.push({ group: 'pang-lee-scale', label: 1, text: readFileSync(resolve(scaleDir, r.file), 'utf8') });
  });
  const imdbDir = resolve(DATA_DIR, 'imdb-large-movie-review-sample');
  for (const r of readJsonl<{ file: string }>(resolve(imdbDir, 'index.jsonl'))) {
    out.push({ group: 'imdb-user', label: 1, text: readFileSync(resolve(imdbDir, r.file), 'utf8') });
  }
  readJsonl<{ title: string; text: string }>(resolve(DATA_DIR, 'amazon-multi-domain/reviews.jsonl')).forEach((r, i) => {
    if (i % (SAMPLE_EVERY.amazon ?? 1) === 0)
      out.push({ group: 'amazon-product', label: 1, text: `${r.title}\n${r.text}` });
  });
  const seen = new Map<string, number>();
  return out.map((t) => {
    const key = `${t.group}:${t.label}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { ...t, fold: n % FOLDS };
  });
}

export interface FittedText {
  bias: number;
  weights: Map<string, number>;
}

interface Encoded {
  idx: Int32Array;
  scale: number;
  label: number;
  weight: number;
}

/** Balanced-class logistic regression, full-batch Adam from zero: deterministic, no sampling. */
export function fitText(rows: readonly LabelledText[], maxFeatures = MAX_FEATURES): FittedText {
  const feats = rows.map((r) => textFeatures(r.text));
  const df = new Map<string, number>();
  for (const fs of feats) for (const f of fs) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df]
    .filter(([, n]) => n >= MIN_DOC_FREQ)
    .map(([f]) => f)
    .sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const nPos = rows.filter((r) => r.label === 1).length;
  const nNeg = rows.length - nPos;
  const docs: Encoded[] = rows.map((r, i) => {
    const fs = feats[i] as Set<string>;
    const idx = Int32Array.from([...fs].flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])));
    const w = (r.weight ?? 1) * (r.label === 1 ? rows.length / (2 * nPos) : rows.length / (2 * nNeg));
    return { idx, scale: 1 / Math.sqrt(Math.max(1, fs.size)), label: r.label, weight: w };
  });
  const { w, b } = adam(docs, vocab.length);
  const kept = vocab
    .map((f, i) => ({ f, w: w[i] ?? 0, strength: Math.abs(w[i] ?? 0) * Math.sqrt(df.get(f) ?? 0) }))
    .sort((x, y) => y.strength - x.strength || (x.f < y.f ? -1 : 1))
    .slice(0, maxFeatures);
  return { bias: b, weights: new Map(kept.map((k) => [k.f, k.w])) };
}

function adam(docs: Encoded[], dim: number): { w: Float64Array; b: number } {
  const w = new Float64Array(dim + 1);
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const g = new Float64Array(dim + 1);
  const n = docs.length;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    g.fill(0);
    for (const d of docs) {
      let z = w[dim] as number;
      for (const j of d.idx) z += (w[j] as number) * d.scale;
      const err = (d.weight * (1 / (1 + Math.exp(-z)) - d.label)) / n;
      for (const j of d.idx) g[j] = (g[j] as number) + err * d.scale;
      g[dim] = (g[dim] as number) + err;
    }
    for (let j = 0; j <= dim; j++) {
      const grad = (g[j] as number) + (j < dim ? L2 * (w[j] as number) : 0);
      m[j] = 0.9 * (m[j] as number) + 0.1 * grad;
      v[j] = 0.999 * (v[j] as number) + 0.001 * grad * grad;
      const mh = (m[j] as number) / (1 - 0.9 ** epoch);
      const vh = (v[j] as number) / (1 - 0.999 ** epoch);
      w[j] = (w[j] as number) - (LEARNING_RATE * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { w: w.subarray(0, dim), b: w[dim] as number };
}

export interface TextCvResult {
  /** Held-out logit of every text, in loadTexts() order. */
  logits: number[];
  rows: LabelledText[];
}

/** K-fold cross-validation: each text scored by the model fitted on the other folds. `alwaysTrain` (the labelled
 *  pages' texts, as the shipped model has them) joins every fold's training and is never scored. */
export function crossValidateText(rows = loadTexts(), alwaysTrain: LabelledText[] = []): TextCvResult {
  const logits = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const fitted = fitText([...rows.filter((r) => r.fold !== k), ...alwaysTrain]);
    rows.forEach((r, i) => {
      if (r.fold === k) logits[i] = logitOf(textFeatures(r.text), fitted.weights, fitted.bias);
    });
  }
  return { logits, rows };
}
