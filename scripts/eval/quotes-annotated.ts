// Evaluation section "quotes — annotated" (issue 18): the picked quotes against the pull quotes an editor
// marked by hand in ../shared/data/review-annotations, critics and user reviews reported separately.
//   top-3 acceptable   share of the picked quotes (up to 3 per review) that are acceptable pull quotes
//   best in top 3      share of reviews whose annotated best quote is among the picks
//   sentence-shaped    share of picks that are verbatim and pass isSentenceShaped (lib/summarise/quotes/shape.ts)
//   near-duplicates    pairs of picks in one review that overlap or share ≥ EVAL_NEAR_DUPLICATE of their words
// A pick counts as acceptable when it is an annotated quote or a clean part of one (the annotations are whole
// sentences; a clause the picker cut from an acceptable sentence is what an editor trimming it would print).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleFromText } from '../../lib/extract/article';
import { summarise } from '../../lib/pipeline';
import type { Quote, TextSpan, Verdict } from '../../lib/schema';
import { plainTokens } from '../../lib/summarise/quotes/cues';
import { isSentenceShaped } from '../../lib/summarise/quotes/shape';
import { splitSentences } from '../../lib/text/sentences';
import { ANNOTATED_SETS, type AnnotatedReview, loadAnnotated } from '../data/quotes-annotations';
import { heldOutVerdicts } from './held-out-verdicts';
import { DATA_DIR, type EvalRow, type EvalSection } from './shared';

export const QUOTE_COUNT = 3;
/** Word-set overlap at or above which the eval calls two quotes near-duplicates; set apart from the picker's
 *  own threshold so the eval does not grade the picker by its own rule. */
export const EVAL_NEAR_DUPLICATE = 0.6;
const TARGETS = { acceptable: 0.7, best: 0.6, shaped: 1 };

/** One review as the picker sees it, with the verdict it is given. */
export interface PreparedReview {
  review: AnnotatedReview;
  text: string;
  sentences: TextSpan[];
  verdict: Verdict;
  /** Whether the verdict came from a verdict model that never saw this review. */
  heldOutVerdict: boolean;
}

export type AnnotatedPicker = (r: PreparedReview) => Quote[];

interface ReviewScore {
  acceptable: number;
  picks: number;
  best: boolean;
  shaped: number;
  dupPairs: number;
}

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

function isAcceptable(quote: string, gold: readonly string[]): boolean {
  const q = normal(quote);
  return gold.some((g) => normal(g).includes(q));
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let shared = 0;
  for (const t of A) if (B.has(t)) shared++;
  const union = A.size + B.size - shared;
  return union === 0 ? 0 : shared / union;
}

export function duplicatePairs(quotes: readonly Quote[]): number {
  const tokens = quotes.map((q) => plainTokens(q.text));
  let pairs = 0;
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const a = quotes[i];
      const b = quotes[j];
      if (!a || !b) continue;
      const overlapping = a.start < b.end && b.start < a.end;
      if (overlapping || jaccard(tokens[i] ?? [], tokens[j] ?? []) >= EVAL_NEAR_DUPLICATE) pairs++;
    }
  }
  return pairs;
}

function scoreReview(r: PreparedReview, picked: readonly Quote[]): ReviewScore {
  const top = picked.slice(0, QUOTE_COUNT);
  return {
    acceptable: top.filter((q) => isAcceptable(q.text, r.review.quotes)).length,
    picks: top.length,
    best: top.some((q) => isAcceptable(q.text, [r.review.best])),
    shaped: top.filter((q) => r.text.slice(q.start, q.end) === q.text && isSentenceShaped(q.text)).length,
    dupPairs: duplicatePairs(top),
  };
}

/** The verdict each review is given: held out where the verdict model trained on the review's source text
 *  (the critics' full reviews), else the shipped verdict, whose model never saw these user reviews. */
export function prepareReviews(reviews: readonly AnnotatedReview[]): PreparedReview[] {
  const heldOut = heldOutVerdicts().byText;
  return reviews.map((review) => {
    const article = articleFromText(review.body);
    const source = sourceText(review);
    const fromSource = source === null ? undefined : heldOut.get(articleFromText(source).text);
    const verdict = fromSource ?? summarise(article).verdict;
    const text = article.text;
    return { review, text, sentences: splitSentences(text), verdict, heldOutVerdict: fromSource !== undefined };
  });
}

function sourceText(review: AnnotatedReview): string | null {
  try {
    const path =
      review.set === 'critics'
        ? resolve(DATA_DIR, review.source)
        : resolve(DATA_DIR, 'imdb-large-movie-review-sample', review.source);
    return readFileSync(path, 'utf8').replace(/<br\s*\/?>/gi, '\n');
  } catch {
    return null;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Per-review spread of a share: quartiles and how many reviews score 0 — 24 or 32 reviews are few. */
function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
  const se = sd / Math.sqrt(Math.max(1, values.length));
  const q = [0.25, 0.5, 0.75].map((p) => quantile(sorted, p).toFixed(2)).join(' / ');
  const zeros = values.filter((v) => v === 0).length;
  return `sd ${sd.toFixed(2)}, ±${(1.96 * se).toFixed(2)} (95%), quartiles ${q}, ${zeros} of ${values.length} at 0`;
}

export interface SetFigures {
  acceptable: number;
  best: number;
  shaped: number;
  dupPairs: number;
  perReview: number[];
  reviews: number;
}

export function figuresOf(prepared: readonly PreparedReview[], pick: AnnotatedPicker): SetFigures {
  const scores = prepared.map((r) => scoreReview(r, pick(r)));
  const sum = (f: (s: ReviewScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const picks = sum((s) => s.picks);
  return {
    acceptable: round(sum((s) => s.acceptable) / Math.max(1, picks)),
    best: round(sum((s) => (s.best ? 1 : 0)) / Math.max(1, scores.length)),
    shaped: round(sum((s) => s.shaped) / Math.max(1, picks)),
    dupPairs: sum((s) => s.dupPairs),
    perReview: scores.map((s) => (s.picks === 0 ? 0 : s.acceptable / s.picks)),
    reviews: scores.length,
  };
}

/** The four target rows of one set, beside a baseline measured on the same reviews. */
export function setRows(set: string, ours: SetFigures, base: SetFigures, baseName: string): EvalRow[] {
  const row = (metric: string, o: number, b: number, target: string, pass: boolean): EvalRow => ({
    metric: `${set}: ${metric}`,
    ours: o,
    baseline: b,
    baselineName: baseName,
    target,
    pass,
  });
  return [
    row(
      'top-3 quotes acceptable',
      ours.acceptable,
      base.acceptable,
      `≥ ${TARGETS.acceptable}`,
      ours.acceptable >= TARGETS.acceptable,
    ),
    row('best quote in top 3', ours.best, base.best, `≥ ${TARGETS.best}`, ours.best >= TARGETS.best),
    row(
      'quotes sentence-shaped (verbatim, 8–40 words)',
      ours.shaped,
      base.shaped,
      '= 1',
      ours.shaped >= TARGETS.shaped,
    ),
    row('near-duplicate pairs', ours.dupPairs, base.dupPairs, '= 0', ours.dupPairs === 0),
    { metric: `${set}: top-3 acceptable per review (${ours.reviews} reviews)`, ours: spread(ours.perReview) },
  ];
}

export const FIRST_THREE: AnnotatedPicker = (r) =>
  r.sentences.slice(0, QUOTE_COUNT).map((s) => ({ ...s, aspect: null }));

export function loadSets(): { set: string; prepared: PreparedReview[] }[] {
  return ANNOTATED_SETS.map((set) => ({ set, prepared: prepareReviews(loadAnnotated(set)) }));
}

/** Rows for both sets with one picker (the picker may be cross-validated: it receives the review). */
export function annotatedSection(title: string, pick: AnnotatedPicker, notes: string[]): EvalSection {
  const rows = loadSets().flatMap(({ set, prepared }) =>
    setRows(set, figuresOf(prepared, pick), figuresOf(prepared, FIRST_THREE), 'first 3'),
  );
  return { title, rows, notes };
}
