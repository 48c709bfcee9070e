// Evaluation section "quotes" (issue 18): the learned quote ranker graded against the hand-annotated pull
// quotes of ../shared/data/review-annotations, critics and user reviews separately, cross-validated by review:
// every review is picked by a ranker trained without it (FOLDS folds over the 56 reviews). The RT pull quotes
// and the external negative reviews are in every fold's training: they are not the annotated reviews. Then the
// older section on the unannotated dev reviews (quotes-dev-reviews.ts), which still grades verbatim quotes and
// agreement with the review's polarity on 2,000+ reviews.
import type { Quote } from '../../lib/schema';
import { pickQuotes } from '../../lib/summarise/quotes';
import { compileModel } from '../../lib/summarise/quotes/linear-model';
import { DEFAULT_QUOTE_MODELS, type QuoteModels } from '../../lib/summarise/quotes/models';
import { annotatedRecords, type RankerRow, toRows } from '../data/quotes-ranker-data';
import { rankerCorpus } from '../train/quotes';
import { fitRanker, rankerFile } from '../train/quotes-ranker';
import {
  type AnnotatedPicker,
  FIRST_THREE,
  figuresOf,
  loadSets,
  type PreparedReview,
  QUOTE_COUNT,
  setRows,
} from './quotes-annotated';
import { runDevReviews } from './quotes-dev-reviews';
import { errorNote } from './quotes-errors';
import type { EvalRow, EvalSection } from './shared';

/** Folds of the cross-validation; a review's fold is its index within its set modulo FOLDS, so each fold
 *  holds critics and user reviews alike. */
const FOLDS = 8;

function foldModels(prepared: readonly PreparedReview[]): { models: QuoteModels[]; fold: Map<string, number> } {
  const fixed = rankerCorpus(DEFAULT_QUOTE_MODELS).rows;
  const fold = new Map<string, number>();
  const perReview = new Map<string, RankerRow[]>();
  const bySet = new Map<string, number>();
  for (const r of prepared) {
    const i = bySet.get(r.review.set) ?? 0;
    bySet.set(r.review.set, i + 1);
    fold.set(r.review.file, i % FOLDS);
    perReview.set(
      r.review.file,
      toRows(annotatedRecords(r.review), () => DEFAULT_QUOTE_MODELS),
    );
  }
  const models = Array.from({ length: FOLDS }, (_, k) => {
    const annotated = [...perReview].filter(([file]) => fold.get(file) !== k).flatMap(([, rows]) => rows);
    const ranker = compileModel(rankerFile(fitRanker([...fixed, ...annotated]), `fold ${k}`));
    return { ...DEFAULT_QUOTE_MODELS, ranker };
  });
  return { models, fold };
}

const goldVerdict = (r: PreparedReview) => ({
  label:
    r.review.side === 1 ? ('positive' as const) : r.review.side === -1 ? ('negative' as const) : ('mixed' as const),
  score: r.review.side === 1 ? 80 : r.review.side === -1 ? 20 : 50,
});

export function runAnnotated(sets = loadSets()): EvalSection {
  const { models, fold } = foldModels(sets.flatMap((s) => s.prepared));
  const modelsOf = (r: PreparedReview) => models[fold.get(r.review.file) ?? 0] ?? DEFAULT_QUOTE_MODELS;
  const crossValidated: AnnotatedPicker = (r) =>
    pickQuotes(r.sentences, r.verdict, QUOTE_COUNT, { models: modelsOf(r) });
  const withGoldVerdict: AnnotatedPicker = (r) =>
    pickQuotes(r.sentences, goldVerdict(r), QUOTE_COUNT, { models: modelsOf(r) });
  const shipped: AnnotatedPicker = (r): Quote[] => pickQuotes(r.sentences, r.verdict, QUOTE_COUNT);
  const rows: EvalRow[] = [];
  const notes: string[] = [];
  for (const { set, prepared } of sets) {
    const ours = figuresOf(prepared, crossValidated);
    rows.push(...setRows(set, ours, figuresOf(prepared, FIRST_THREE), 'first 3'));
    const gold = figuresOf(prepared, withGoldVerdict);
    const seen = figuresOf(prepared, shipped);
    rows.push(
      {
        metric: `${set}: top-3 acceptable / best in top 3, gold verdict passed in (cross-validated)`,
        ours: `${gold.acceptable} / ${gold.best}`,
      },
      {
        metric: `${set}: top-3 acceptable / best in top 3, shipped ranker (trained on these reviews: optimistic)`,
        ours: `${seen.acceptable} / ${seen.best}`,
      },
    );
    notes.push(errorNote(set, prepared, crossValidated));
    const heldOut = prepared.filter((r) => r.heldOutVerdict).length;
    notes.push(
      `${set}: ${prepared.length} reviews; verdict from the cross-validated verdict model for ${heldOut} (their full ` +
        `source review is in its training data), from the shipped verdict model for the rest (not in its training data).`,
    );
  }
  notes.push(
    `Cross-validated: each review is picked with a ranker trained without it (${FOLDS} folds by review over both ` +
      'sets). Every fold trains on all RT pull quotes and the external negative reviews (they are not the ' +
      'annotated reviews). The sentence models the ranker reads (opinion, polarity) are the shipped ones, trained ' +
      'on rt-sentence-snippets, which may hold RT snippets of the annotated critics (not their quote labels). ' +
      'A pick is acceptable when it is an annotated quote or a clean part of one.',
  );
  return { title: 'quotes — hand-annotated pull quotes', rows, notes };
}

export async function run(): Promise<EvalSection[]> {
  return [runAnnotated(), ...(await runDevReviews())];
}
