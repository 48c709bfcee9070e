// Loads the development reviews the quote eval runs on, each with its gold polarity:
//   Pang & Lee polarity v2 (lower-cased, one sentence per line; pos/neg),
//   Pang & Lee scale whole reviews (real casing, one paragraph per line; label3 0/1/2 = neg/mixed/pos),
//   the IMDB sample (raw user text with <br /> breaks; ≤ 4 stars neg, ≥ 7 pos).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';

export type Gold = 'positive' | 'mixed' | 'negative';
export type ReviewSource = 'polarity-v2' | 'scale' | 'imdb';

export interface DevReview {
  source: ReviewSource;
  id: string;
  text: string;
  gold: Gold;
}

const LABEL3: Record<number, Gold> = { 0: 'negative', 1: 'mixed', 2: 'positive' };

function polarityV2(): DevReview[] {
  const root = resolve(DATA_DIR, 'pang-lee-polarity-v2/txt_sentoken');
  return (['pos', 'neg'] as const).flatMap((dir) =>
    readdirSync(resolve(root, dir))
      .sort()
      .map((file) => ({
        source: 'polarity-v2' as const,
        id: `${dir}/${file}`,
        text: readFileSync(resolve(root, dir, file), 'utf8'),
        gold: dir === 'pos' ? ('positive' as const) : ('negative' as const),
      })),
  );
}

function scale(): DevReview[] {
  const root = resolve(DATA_DIR, 'pang-lee-scale-v1');
  return jsonl<{ file: string; label3: number }>(resolve(root, 'reviews.jsonl')).map((r) => ({
    source: 'scale',
    id: r.file,
    text: readFileSync(resolve(root, r.file), 'utf8'),
    gold: LABEL3[r.label3] ?? 'mixed',
  }));
}

function imdb(): DevReview[] {
  const root = resolve(DATA_DIR, 'imdb-large-movie-review-sample');
  return jsonl<{ file: string; label: string }>(resolve(root, 'index.jsonl')).map((r) => ({
    source: 'imdb',
    id: r.file,
    text: readFileSync(resolve(root, r.file), 'utf8'),
    gold: r.label === 'pos' ? 'positive' : 'negative',
  }));
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function loadDevReviews(): DevReview[] {
  return [...polarityV2(), ...scale(), ...imdb()];
}
