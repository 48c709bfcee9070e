// Loaders for the labelled verdict data in ../shared/data (see each folder's README.md for source, paper and
// licence). Every example carries a 0–1 target on one scale (the reviewer's normalised rating, or 1 / 0 for
// pos / neg corpora) and a group key, so cross-validation keeps every copy of a review — and, for IMDB, every
// review of the same film — inside one fold.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';

export type VerdictSource = 'polarity' | 'scale' | 'imdb' | 'mr' | 'customer';

export interface VerdictExample {
  source: VerdictSource;
  /** The review as the summariser would see it: one paragraph (or pre-split sentence) per line. */
  text: string;
  /** 0 = worst … 1 = best, on the critic's own scale where there is one. */
  target: number;
  /** Cross-validation group: examples sharing a key are always held out together. */
  group: string;
  /** Pang & Lee scale only: the critic's normalised rating and its 3-class label (0 neg, 1 mixed, 2 pos). */
  rating?: number;
  label3?: number;
}

const REGEXPS = {
  htmlBreak: /<br\s*\/?>/gi,
  polarityId: /cv\d+_(\d+)\.txt$/,
};

/** IMDB users rate 1–10; the lowest star is the bottom of the scale. */
const IMDB_MIN_STARS = 1;
const IMDB_MAX_STARS = 10;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function dataPath(...parts: string[]): string {
  return resolve(DATA_DIR, ...parts);
}

/** Pang & Lee polarity v2.0: full critic reviews, one tokenised sentence per line. */
export function loadPolarity(): VerdictExample[] {
  const out: VerdictExample[] = [];
  for (const label of ['neg', 'pos'] as const) {
    const dir = dataPath('pang-lee-polarity-v2/txt_sentoken', label);
    for (const file of readdirSync(dir).sort()) {
      const htmlId = REGEXPS.polarityId.exec(file)?.[1] ?? file;
      out.push({
        source: 'polarity',
        text: readFileSync(resolve(dir, file), 'utf8'),
        target: label === 'pos' ? 1 : 0,
        group: `review:${htmlId}`,
      });
    }
  }
  return out;
}

interface ScaleRow {
  critic: string;
  id: string;
  rating: number;
  label3: number;
  file: string;
}

/** Pang & Lee scale: full reviews by four critics with their normalised rating (0–1) and label3. */
export function loadScale(): VerdictExample[] {
  return readJsonl<ScaleRow>(dataPath('pang-lee-scale-v1/reviews.jsonl')).map((row) => ({
    source: 'scale',
    text: readFileSync(dataPath('pang-lee-scale-v1', row.file), 'utf8'),
    target: row.rating,
    // The same review's polarity copy is keyed by the same html id.
    group: `review:${row.id}`,
    rating: row.rating,
    label3: row.label3,
  }));
}

interface ImdbRow {
  file: string;
  rating: number;
  imdb_url: string;
}

/** IMDB user reviews, 1–10 stars; grouped by film so no film is on both sides of a fold. */
export function loadImdb(): VerdictExample[] {
  return readJsonl<ImdbRow>(dataPath('imdb-large-movie-review-sample/index.jsonl')).map((row) => ({
    source: 'imdb',
    text: readFileSync(dataPath('imdb-large-movie-review-sample', row.file), 'utf8').replace(REGEXPS.htmlBreak, '\n'),
    target: (row.rating - IMDB_MIN_STARS) / (IMDB_MAX_STARS - IMDB_MIN_STARS),
    group: `film:${row.imdb_url}`,
    rating: row.rating,
  }));
}

interface SentenceRow {
  text: string;
  label: string | number;
}

function loadSentences(file: string, source: VerdictSource): VerdictExample[] {
  return readJsonl<SentenceRow>(dataPath('rt-sentence-snippets', file)).map((row) => ({
    source,
    text: row.text,
    target: row.label === 'pos' ? 1 : 0,
    group: `sentence:${row.text.replace(/[^a-z0-9]/g, '')}`,
  }));
}

/** Rotten Tomatoes one-sentence critic snippets (MR), fresh = pos. */
export function loadMr(): VerdictExample[] {
  return loadSentences('mr-rt-polarity.jsonl', 'mr');
}

/** Hu & Liu customer-review sentences (cameras, phones, players): teach the model product and service talk. */
export function loadCustomerReviews(): VerdictExample[] {
  return loadSentences('customer-reviews-hu-liu.jsonl', 'customer');
}

/** The corpora the shipped model learns from: critic and user film reviews, critic snippets and
 *  customer-review sentences (cross-validation showed the last also help the film reviews). */
export function loadTrainingSet(): VerdictExample[] {
  return [...loadPolarity(), ...loadScale(), ...loadImdb(), ...loadMr(), ...loadCustomerReviews()];
}
