// The verdict of every development review from a model that never saw it: the verdict model cross-validated
// (scripts/train/verdict.ts), each fold's scores calibrated and banded on the other folds only, and a stated
// rating taken first, as decideVerdict does. Sections that grade something built on the verdict (the quotes
// lean with it) must use these, not the shipped model's verdicts: the shipped model was trained on these
// very reviews and gets ~99% of them right, which the holdout will not. Computed once per eval run.
import { articleFromText } from '../../lib/extract/article';
import type { StatedRating, Verdict } from '../../lib/schema';
import { findStatedRating } from '../../lib/summarise/rating';
import { keepVerdictSide, labelFor } from '../../lib/summarise/verdict';
import { loadTrainingSet, type VerdictExample } from '../data/verdict-datasets';
import { type Band, type CrossValidation, crossValidate, FOLDS, fitScale, interpolate } from '../train/verdict';

export interface HeldOut {
  cv: CrossValidation;
  /** Band fitted for each fold (index = fold). */
  bands: Band[];
  /** The held-out model's calibrated score of each example, on its verdict head's side of 50 as inferVerdict
   *  puts it (unrounded; no stated rating). */
  inferred: number[];
  /** What the command line would print as verdict.score for each example, held out. */
  scores: number[];
  stated: (StatedRating | null)[];
  /** Held-out verdicts keyed by the review text as articleFromText normalises it. */
  byText: Map<string, Verdict>;
}

let cached: HeldOut | undefined;

/**
 * Each example's inferred score from a cross-validation, as inferVerdict makes it but held out: every fold's
 * scores calibrated (and its mixed band fitted) on the other folds' rating-scale reviews only, then moved to
 * the verdict head's side of 50. Unrounded; no stated rating. Shared with the learning curve.
 */
export function heldOutScores(cv: CrossValidation): { bands: Band[]; inferred: number[] } {
  const { examples } = cv;
  const scale = examples.flatMap((ex, i) => (ex.source === 'scale' ? [i] : []));
  const inferred = new Array<number>(examples.length).fill(50);
  const bands: Band[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const { calibration, band } = fitScale(
      scale.filter((i) => cv.folds[i] !== k),
      cv.scoreLogits,
      examples,
    );
    bands.push(band);
    examples.forEach((_, i) => {
      if (cv.folds[i] !== k) return;
      inferred[i] = keepVerdictSide(interpolate(calibration, cv.scoreLogits[i] as number), cv.logits[i] as number);
    });
  }
  return { bands, inferred };
}

export function heldOutVerdicts(): HeldOut {
  if (cached) return cached;
  const examples = loadTrainingSet();
  const cv = crossValidate(examples);
  const { bands, inferred } = heldOutScores(cv);
  const stated = examples.map((ex) => findStatedRating(articleFromText(ex.text)));
  const scores = new Array<number>(examples.length).fill(50);
  const byText = new Map<string, Verdict>();
  examples.forEach((ex: VerdictExample, i) => {
    const given = stated[i] ?? null;
    const score = Math.round(given?.score ?? (inferred[i] as number));
    scores[i] = score;
    const verdict: Verdict = {
      label: labelFor(score, bands[cv.folds[i] as number]),
      score,
      confidence: 0,
      basis: given ? 'stated' : 'inferred',
      stated: given,
      why: [],
      aspects: [],
    };
    byText.set(articleFromText(ex.text).text, verdict);
  });
  cached = { cv, bands, inferred, scores, stated, byText };
  return cached;
}
