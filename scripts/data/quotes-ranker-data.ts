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
import { teamReviewSources } from './team-annotations';

export type RowKind = 'rt' | 'external' | 'annotated';

export interface RankerRow {
  x: number[];
  label: 0 | 1;
  kind: RowKind;
  /** The review the row comes from (annotated rows: the body file), for grouping folds. */
  group: string;
}

export type SentenceModels = Pick<QuoteModels, 'subjectivity' | 'polarity' | 'quotability'>;

/** One sentence or pull quote with what the features need besides the models. */
export interface SentenceRecord {
  text: string;
  direction: Direction;
  position: number | null;
  label: 0 | 1;
  kind: RowKind;
  group: string;
}

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
  const casedSource = /^\W*\p{Lu}/u.test(text);
  return { text, start: 0, end: text.length, sentence: 0, clause: false, words: wordCount(text), casedSource };
}

/** Feature rows; `modelsFor` picks the models per record (the eval and trainer cross-fit the quotability
 *  model, so no row is described by a model that learned from it). */
export function toRows(
  records: readonly SentenceRecord[],
  modelsFor: (r: SentenceRecord) => SentenceModels,
): RankerRow[] {
  return records.map((r) => {
    const c = standalone(r.text);
    const values = rankerFeatures(c, readText(r.text, modelsFor(r)), { direction: r.direction, position: r.position });
    return { x: RANKER_FEATURES.map((name) => values[name]), label: r.label, kind: r.kind, group: r.group };
  });
}

/** Whole sentences of one review text, each labelled by `label`. */
function reviewRecords(
  text: string,
  direction: Direction,
  meta: { kind: RowKind; group: string; label: (sentence: string) => 0 | 1 },
): SentenceRecord[] {
  const sentences = splitSentences(articleFromText(text).text);
  const last = Math.max(1, sentences.length - 1);
  return sentences.map((s, i) => ({
    text: s.text,
    direction,
    position: i / last,
    label: meta.label(s.text),
    kind: meta.kind,
    group: meta.group,
  }));
}

export function annotatedRecords(review: AnnotatedReview): SentenceRecord[] {
  return reviewRecords(review.body, review.side, {
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

export function rtRecords(): SentenceRecord[] {
  return jsonl<{ quote: string; fresh: boolean }>(resolve(DATA_DIR, 'rt-critic-quotes/quotes.jsonl')).map((q) => ({
    text: q.quote,
    direction: q.fresh ? 1 : -1,
    position: null,
    label: 1,
    kind: 'rt',
    group: 'rt',
  }));
}

export function externalRecords(): SentenceRecord[] {
  // Nor the team's annotated reviews: both parts are scored as reviews nobody trained on (eval people-team).
  const sources = [...loadAllAnnotated().map((r) => r.source), ...teamReviewSources()];
  const skipScale = new Set(sources.map((s) => s.replace(/^pang-lee-scale-v1\//, '')));
  const skipImdb = new Set(sources.map((s) => s.replace(/^aclImdb\//, '').replace(/\.txt$/, '')));
  const out: SentenceRecord[] = [];
  const negative = { kind: 'external' as const, label: () => 0 as const };
  const scale = jsonl<{ file: string; label3: number }>(resolve(DATA_DIR, 'pang-lee-scale-v1/reviews.jsonl'));
  scale.forEach((r, i) => {
    if (i % SCALE_STRIDE !== 0 || skipScale.has(r.file)) return;
    const text = readFileSync(resolve(DATA_DIR, 'pang-lee-scale-v1', r.file), 'utf8');
    const direction: Direction = r.label3 === 2 ? 1 : r.label3 === 0 ? -1 : 0;
    out.push(...reviewRecords(text, direction, { ...negative, group: r.file }));
  });
  const imdb = jsonl<{ id: string; rating: number; text: string }>(resolve(DATA_DIR, 'imdb-train-full/reviews.jsonl'));
  imdb.forEach((r, i) => {
    if (i % IMDB_STRIDE !== 0 || skipImdb.has(r.id)) return;
    const text = r.text.replace(/<br\s*\/?>/gi, '\n');
    out.push(...reviewRecords(text, r.rating >= 7 ? 1 : -1, { ...negative, group: r.id }));
  });
  return out;
}
