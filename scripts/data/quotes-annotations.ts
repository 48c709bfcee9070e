// Loads the hand-annotated reviews the quote ranker is graded (and partly trained) on:
//   ../shared/data/review-annotations/critics      32 Pang & Lee scale critic reviews (BODY only)
//   ../shared/data/review-annotations/user-reviews 24 IMDb user reviews (aclImdb train split)
// Each has 3–6 acceptable pull quotes (whole sentences, verbatim) and the best one; see that folder's README.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';

export type AnnotatedSet = 'critics' | 'user-reviews';
export const ANNOTATED_SETS: readonly AnnotatedSet[] = ['critics', 'user-reviews'];

export interface AnnotatedReview {
  set: AnnotatedSet;
  /** Body path inside the set's folder, e.g. bodies/Dennis+Schwartz-26830.txt: the review's identity. */
  file: string;
  /** The source file the body was cut from, relative to the data folder (critics) or aclImdb (users). */
  source: string;
  body: string;
  quotes: string[];
  best: string;
  /** The dataset's own label (critic's label3 / the user's stars): +1 positive, 0 mixed, −1 negative. */
  side: -1 | 0 | 1;
}

interface GoldRow {
  file: string;
  source: string;
  label3: number | null;
  label?: string;
  quotes: string[];
  best_quote: string;
}

const ROOT = resolve(DATA_DIR, 'review-annotations');

function sideOf(row: GoldRow): -1 | 0 | 1 {
  if (row.label3 !== null && row.label3 !== undefined) return row.label3 === 2 ? 1 : row.label3 === 0 ? -1 : 0;
  return row.label === 'pos' ? 1 : -1;
}

export function annotationsAvailable(): boolean {
  return existsSync(resolve(ROOT, 'critics/gold.jsonl'));
}

export function loadAnnotated(set: AnnotatedSet): AnnotatedReview[] {
  const dir = resolve(ROOT, set);
  return readFileSync(resolve(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRow)
    .map((row) => ({
      set,
      file: row.file,
      source: row.source,
      body: readFileSync(resolve(dir, row.file), 'utf8'),
      quotes: row.quotes,
      best: row.best_quote,
      side: sideOf(row),
    }));
}

export function loadAllAnnotated(): AnnotatedReview[] {
  return ANNOTATED_SETS.flatMap(loadAnnotated);
}
