// The verdict of every development review from a model that never saw it: the verdict model cross-validated
// (scripts/train/verdict.ts), each fold's calibration, band and confidence scale fitted on the other folds
// only, and a stated rating taken first, as decideVerdict does. Sections that grade something built on the
// verdict (the quotes lean with it) must use these, not the shipped model's verdicts: the shipped model was
// trained on these very reviews, which the holdout will not be. Computed once per eval run; the featurised
// corpora are kept for the leave-one-dataset-out runs.
import { articleFromText } from '../../lib/extract/article';
import type { StatedRating, Verdict, VerdictLabel } from '../../lib/schema';
import { findStatedRating } from '../../lib/summarise/rating';
import {
  inferredConfidence,
  inferredLabel,
  keepVerdictSide,
  labelFor,
  type MixedDecision,
  mixedProbability,
} from '../../lib/summarise/verdict';
import { loadTrainingSet, type VerdictExample } from '../data/verdict-datasets';
import {
  type Band,
  type CrossValidation,
  crossValidate,
  type Featurised,
  FOLDS,
  featurise,
  fitTables,
  interpolate,
  TRAIN_OPTIONS,
} from '../train/verdict';

export interface HeldOut {
  cv: CrossValidation;
  data: Featurised;
  /** Band and mixed decision fitted for each fold (index = fold). */
  bands: Band[];
  decisions: MixedDecision[];
  /** The held-out model's calibrated score of each example, on its verdict head's side of 50 as inferVerdict
   *  puts it (unrounded; no stated rating). */
  inferred: number[];
  /** The held-out model's label and confidence of each example (no stated rating). */
  inferredLabels: VerdictLabel[];
  inferredConfidences: number[];
  /** What the command line would print as verdict.score, label and confidence for each example, held out. */
  scores: number[];
  labels: VerdictLabel[];
  confidences: number[];
  stated: (StatedRating | null)[];
  /** Held-out verdicts keyed by the review text as articleFromText normalises it. */
  byText: Map<string, Verdict>;
}

let cached: HeldOut | undefined;

/**
 * Each example's inferred score, label and confidence from a cross-validation, as inferVerdict makes them but
 * held out: every fold's tables fitted on the other folds' predictions only. Unrounded; no stated rating.
 * Shared with the learning curve.
 */
export function heldOutScores(cv: CrossValidation): {
  bands: Band[];
  decisions: MixedDecision[];
  inferred: number[];
  labels: VerdictLabel[];
  confidences: number[];
} {
  const { examples } = cv;
  const inferred = new Array<number>(examples.length).fill(50);
  const labels = new Array<VerdictLabel>(examples.length).fill('mixed');
  const confidences = new Array<number>(examples.length).fill(0);
  const bands: Band[] = [];
  const decisions: MixedDecision[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const tables = fitTables(
      cv,
      examples.flatMap((_, i) => (cv.folds[i] !== k ? [i] : [])),
    );
    bands.push(tables.band);
    decisions.push(tables.mixedDecision);
    examples.forEach((_, i) => {
      if (cv.folds[i] !== k) return;
      const logit = cv.logits[i] as number;
      const scoreLogit = cv.scoreLogits[i] as number;
      inferred[i] = keepVerdictSide(interpolate(tables.calibration, scoreLogit), logit);
      const short = cv.short[i] as boolean;
      const heads = { logit, scoreLogit, mixedLogit: cv.mixedLogits[i] as number };
      const pMixed = mixedProbability(heads, short, tables.mixedDecision);
      labels[i] = inferredLabel(logit, pMixed, tables.mixedDecision.threshold);
      confidences[i] = inferredConfidence(labels[i] as VerdictLabel, logit, pMixed, short, tables.confidence);
    });
  }
  return { bands, decisions, inferred, labels, confidences };
}

export function heldOutVerdicts(): HeldOut {
  if (cached) return cached;
  const examples = loadTrainingSet();
  const data = featurise(examples);
  const cv = crossValidate(examples, TRAIN_OPTIONS, 1, data);
  const { bands, decisions, inferred, labels: inferredLabels, confidences: inferredConfidences } = heldOutScores(cv);
  // Phrases of the treebank are never a page's text: no stated rating to look for.
  const stated = examples.map((ex) => (ex.source === 'sst' ? null : findStatedRating(articleFromText(ex.text))));
  const scores = new Array<number>(examples.length).fill(50);
  const labels = [...inferredLabels];
  const confidences = [...inferredConfidences];
  const byText = new Map<string, Verdict>();
  examples.forEach((ex: VerdictExample, i) => {
    const given = stated[i] ?? null;
    const score = Math.round(given?.score ?? (inferred[i] as number));
    scores[i] = score;
    if (given) {
      labels[i] = labelFor(score, bands[cv.folds[i] as number]);
      confidences[i] = 1;
    }
    if (ex.source === 'sst') return;
    byText.set(articleFromText(ex.text).text, {
      label: labels[i] as VerdictLabel,
      score,
      confidence: confidences[i] as number,
      basis: given ? 'stated' : 'inferred',
      stated: given,
      why: [],
      aspects: [],
    });
  });
  cached = {
    cv,
    data,
    decisions,
    bands,
    inferred,
    inferredLabels,
    inferredConfidences,
    scores,
    labels,
    confidences,
    stated,
    byText,
  };
  return cached;
}
