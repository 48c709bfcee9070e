// Loaders for the labelled verdict data in ../shared/data (see each folder's README.md for source, paper and
// licence). Every example carries a 0–1 target on one scale (the reviewer's normalised rating, or 1 / 0 for
// pos / neg corpora) and a group key, so cross-validation keeps every copy of a review — and, for IMDB, every
// review of the same film — inside one fold.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../eval/shared';

export type VerdictSource = 'polarity' | 'scale' | 'imdb' | 'mr' | 'customer' | 'amazon' | 'quotes' | 'sst';

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
  /** IMDB and Amazon: the user's stars (IMDB 1–10, Amazon 1–5). */
  stars?: number;
}

const REGEXPS = {
  nonAlnum: /[^a-z0-9]+/g,
  letters: /[^a-z0-9]/g,
  polarityId: /cv\d+_(\d+)\.txt$/,
};

/** IMDB users rate 1–10; the lowest star is the bottom of the scale. */
const IMDB_MIN_STARS = 1;
const IMDB_MAX_STARS = 10;
/** Amazon's star scale. */
const AMAZON_MIN_STARS = 1;
const AMAZON_MAX_STARS = 5;
/** An SST phrase shorter than this many words is not matched against the MR sentences: a word or two
 *  ("a masterpiece") occurs in many sentences and reveals none of them (the data READMEs use the same bound). */
const SST_MIN_MATCH_WORDS = 4;

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
  id: string;
  rating: number;
  text: string;
  imdb_url: string;
}

/** Lower case, every non-alphanumeric run one space: the form in which the data READMEs compare texts. */
export function normalisedText(text: string): string {
  return text.toLowerCase().replace(REGEXPS.nonAlnum, ' ').trim();
}

/** IMDB user reviews, 1–10 stars: the full original train split (imdb-train-full, which holds 1,799 of the
 *  1,800 reviews of the older imdb-large-movie-review-sample, so the sample is not loaded again). Grouped by
 *  film so no film is on both sides of a fold; a text posted on two films' pages joins the first one's group. */
export function loadImdb(): VerdictExample[] {
  const groupOfText = new Map<string, string>();
  return readJsonl<ImdbRow>(dataPath('imdb-train-full/reviews.jsonl')).map((row) => {
    const key = normalisedText(row.text);
    const group = groupOfText.get(key) ?? `film:${row.imdb_url}`;
    groupOfText.set(key, group);
    return {
      source: 'imdb',
      text: row.text,
      target: (row.rating - IMDB_MIN_STARS) / (IMDB_MAX_STARS - IMDB_MIN_STARS),
      group,
      stars: row.rating,
    };
  });
}

interface AmazonRow {
  rating: number;
  title: string;
  text: string;
  asin: string;
}

/** A customer review as a shop page prints it: its title ("Horrible book, horrible.") above its text. The list
 *  finder keeps a title line that reads as a sentence, so the verdict meets titles on shop pages. */
export function titledReviewText(review: { title?: string | null; text: string }): string {
  return review.title ? `${review.title}\n${review.text}` : review.text;
}

/** Amazon product reviews (Blitzer et al. 2007), four domains, 1–2★ and 4–5★, each with its title; grouped by
 *  product. */
export function loadAmazon(): VerdictExample[] {
  return readJsonl<AmazonRow>(dataPath('amazon-multi-domain/reviews.jsonl')).map((row) => ({
    source: 'amazon',
    text: titledReviewText(row),
    target: (row.rating - AMAZON_MIN_STARS) / (AMAZON_MAX_STARS - AMAZON_MIN_STARS),
    group: `product:${row.asin}`,
    stars: row.rating,
  }));
}

interface QuoteRow {
  rtid: string;
  fresh: boolean;
  quote: string;
}

/** Rotten Tomatoes top-critic pull quotes, fresh = pos; grouped by film. */
export function loadQuotes(): VerdictExample[] {
  return readJsonl<QuoteRow>(dataPath('rt-critic-quotes/quotes.jsonl')).map((row) => ({
    source: 'quotes',
    text: row.quote,
    target: row.fresh ? 1 : 0,
    group: `rtfilm:${row.rtid}`,
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
    group: `sentence:${row.text.replace(REGEXPS.letters, '')}`,
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

/**
 * SST-2 phrases (sub-trees of Rotten Tomatoes snippet sentences). The treebank's sentences are MR's, so a
 * phrase that lies inside an MR sentence (letters and digits compared, which ignores the two corpora's
 * different tokenising) joins that sentence's group and is held out with it; other phrases group by their own
 * text.
 */
export function loadSst(mr: readonly VerdictExample[]): VerdictExample[] {
  const squash = (t: string) => t.toLowerCase().replace(REGEXPS.letters, '');
  const keys = mr.map((ex) => squash(ex.text));
  const starts: number[] = [];
  let joined = '';
  for (const k of keys) {
    starts.push(joined.length);
    joined += `${k}|`;
  }
  const sentenceAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return readJsonl<SentenceRow>(dataPath('sst/sst2-phrases.jsonl')).map((row) => {
    const key = squash(row.text);
    const at = row.text.split(' ').length >= SST_MIN_MATCH_WORDS ? joined.indexOf(key) : -1;
    const group = at >= 0 ? (mr[sentenceAt(at)] as VerdictExample).group : `sentence:${key}`;
    return { source: 'sst', text: row.text, target: row.label === 'pos' ? 1 : 0, group };
  });
}

/** The corpora the shipped model learns from: critic reviews (full, graded, one-line snippets and pull
 *  quotes), user film reviews, product reviews and customer-review sentences. */
export function loadTrainingSet(): VerdictExample[] {
  const mr = loadMr();
  return [
    ...loadPolarity(),
    ...loadScale(),
    ...loadImdb(),
    ...mr,
    ...loadCustomerReviews(),
    ...loadAmazon(),
    ...loadQuotes(),
    ...loadSst(mr),
  ];
}
