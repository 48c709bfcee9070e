// The quote ranker's training rows: one row of ranker features (lib/summarise/quotes/ranker-features.ts) per
// sentence or pull quote, labelled 1 (printable pull quote) or 0 (another sentence).
//   positives  the 8,776 Rotten Tomatoes top-critic pull quotes (rt-critic-quotes; no position: taken out of
//              their reviews) and the acceptable quotes of the annotated reviews (review-annotations)
//   negatives  the other sentences of the annotated reviews, and every sentence of a fixed sample of full
//              reviews from other dev sets: pang-lee-scale-v1 critic reviews (the annotated ones excluded) and
//              imdb-train-full user reviews (the annotated ones excluded). pang-lee-polarity-v2 is left out: it is
//              lower-cased throughout and holds copies of the annotated critics' reviews.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleFromText } from '../../lib/extract/article';
import type { Candidate } from '../../lib/summarise/quotes/candidates';
import type { QuoteModels } from '../../lib/summarise/quotes/models';
import { type Direction, RANKER_FEATURES, rankerFeatures } from '../../lib/summarise/quotes/ranker-features';
import { readText } from '../../lib/summarise/quotes/score';
import { wordCount } from '../../lib/summarise/quotes/shape';
import { splitSentences } from '../../lib/text/sentences';
import { DATA_DIR } from '../eval/shared';
import { type AnnotatedReview, loadAllAnnotated } from './quotes-annotations';

export type RowKind = 'rt' | 'external' | 'annotated';

export interface RankerRow {
  x: number[];
  label: 0 | 1;
  kind: RowKind;
  /** The review the row comes from (annotated rows: the body file), for grouping folds. */
  group: string;
}

type SentenceModels = Pick<QuoteModels, 'subjectivity' | 'polarity'>;

/** Every Nth review of each external set is read: a few thousand negative sentences, evenly spread. */
const SCALE_STRIDE = 20;
const IMDB_STRIDE = 100;

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A pick counts as acceptable when it is an annotated quote or a clean part of one. */
export function isAcceptable(quote: string, gold: readonly string[]): boolean {
  const q = normal(quote);
  return q.length > 0 && gold.some((g) => normal(g).includes(q));
}

function standalone(text: string): Candidate {
  return { text, start: 0, end: text.length, sentence: 0, clause: false, words: wordCount(text), casedSource: true };
}

function row(c: Candidate, models: SentenceModels, direction: Direction, position: number | null): number[] {
  const values = rankerFeatures(c, readText(c.text, models), { direction, position });
  return RANKER_FEATURES.map((name) => values[name]);
}

/** Whole sentences of one review text, each labelled by `label`. */
function reviewRows(
  text: string,
  direction: Direction,
  models: SentenceModels,
  meta: { kind: RowKind; group: string; label: (sentence: string) => 0 | 1 },
): RankerRow[] {
  const clean = articleFromText(text).text;
  const sentences = splitSentences(clean);
  const last = Math.max(1, sentences.length - 1);
  return sentences.map((s, i) => ({
    x: row(standalone(s.text), models, direction, i / last),
    label: meta.label(s.text),
    kind: meta.kind,
    group: meta.group,
  }));
}

export function annotatedRows(review: AnnotatedReview, models: SentenceModels): RankerRow[] {
  return reviewRows(review.body, review.side, models, {
    kind: 'annotated',
    group: review.file,
    label: (s) => (isAcceptable(s, review.quotes) ? 1 : 0),
  });
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function rtQuoteRows(models: SentenceModels): RankerRow[] {
  return jsonl<{ quote: string; fresh: boolean }>(resolve(DATA_DIR, 'rt-critic-quotes/quotes.jsonl')).map((q) => ({
    x: row({ ...standalone(q.quote), casedSource: /^\W*\p{Lu}/u.test(q.quote) }, models, q.fresh ? 1 : -1, null),
    label: 1,
    kind: 'rt',
    group: 'rt',
  }));
}

export function externalRows(models: SentenceModels): RankerRow[] {
  const annotated = loadAllAnnotated();
  const skipScale = new Set(annotated.map((r) => r.source.replace(/^pang-lee-scale-v1\//, '')));
  const skipImdb = new Set(annotated.map((r) => r.source.replace(/^aclImdb\//, '').replace(/\.txt$/, '')));
  const out: RankerRow[] = [];
  const scale = jsonl<{ file: string; label3: number }>(resolve(DATA_DIR, 'pang-lee-scale-v1/reviews.jsonl'));
  scale.forEach((r, i) => {
    if (i % SCALE_STRIDE !== 0 || skipScale.has(r.file)) return;
    const text = readFileSync(resolve(DATA_DIR, 'pang-lee-scale-v1', r.file), 'utf8');
    const direction: Direction = r.label3 === 2 ? 1 : r.label3 === 0 ? -1 : 0;
    out.push(...reviewRows(text, direction, models, { kind: 'external', group: r.file, label: () => 0 }));
  });
  const imdb = jsonl<{ id: string; rating: number; text: string }>(resolve(DATA_DIR, 'imdb-train-full/reviews.jsonl'));
  imdb.forEach((r, i) => {
    if (i % IMDB_STRIDE !== 0 || skipImdb.has(r.id)) return;
    const text = r.text.replace(/<br\s*\/?>/gi, '\n');
    const direction: Direction = r.rating >= 7 ? 1 : -1;
    out.push(...reviewRows(text, direction, models, { kind: 'external', group: r.id, label: () => 0 }));
  });
  return out;
}
