// The features the verdict model reads from a text: word uni- and bigrams with negation scope, the words after
// a sentence's "but" counted again, the concluding part of the review counted again, one-liner copies, and
// sentiment-lexicon valence features. Training uses exactly these functions. Measured effects of each family
// are in data/README.md (verdict section).
import { tokenize } from '../../text/tokens';
import { shippedModel } from './model';

/** Share of a review's words, counted from the end, that form its conclusion. Critics put the verdict
 *  in the last paragraph or two; 25% covers that on full reviews without swallowing the plot summary. */
export const CONCLUSION_SHARE = 0.25;
/** A conclusion is never shorter than this many words, so a short review is read as all conclusion — as
 *  a one-sentence pull quote is in training. */
export const MIN_CONCLUSION_WORDS = 40;
/** Features from the conclusion carry this prefix, so the model learns their own (larger) weights. */
export const CONCLUSION_PREFIX = '~';
/** Texts of fewer words than this are one-liners: a pull quote or a product-review sentence (see data/README.md
 *  for the corpora's typical lengths) rather than a review. */
export const SHORT_TEXT_WORDS = 60;
/** One-liners get every feature twice, once plain and once with this prefix ("frustratingly easy" domain
 *  adaptation, Daumé 2007): the prefixed copy learns what a word means in a one-liner over and above its
 *  shared weight, so snippet quirks stop bending the weights that full reviews use. Measured effect:
 *  data/README.md. */
export const SHORT_TEXT_PREFIX = '1|';
/** Words that turn a sentence ("Pretty to look at, but hollow"): what follows them is usually the writer's
 *  real judgement. The words after the last of them in a sentence are counted again with CONTRAST_PREFIX, so
 *  the model learns their own weights. Alternatives tried and
 *  measured: data/README.md. */
const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however']);
export const CONTRAST_PREFIX = '>';
/** The prefix `tokenize` gives words inside a negation scope. */
const NEGATED = 'NOT_';
/** Prefix of a lexicon feature: `@lex` plus the prior valence (−5 … 5, flipped inside a negation scope) of a
 *  word in the shipped sentiment lexicon. One such feature per valence lets what the model learned from
 *  frequent words reach the rare ones the lexicon knows. Measured effect: data/README.md. */
export const LEXICON_PREFIX = '@lex';

/**
 * The model's features of each sentence: unigrams and bigrams (bigrams never cross a sentence), and the
 * same again with CONCLUSION_PREFIX for sentences in the conclusion. Training uses exactly this function.
 */
export function sentenceFeatures(
  sentences: readonly string[],
  lexicon: ReadonlyMap<string, number> = shippedModel().lexicon,
): string[][] {
  const tokens = sentences.map(tokenize);
  const total = tokens.reduce((n, t) => n + t.length, 0);
  const short = total < SHORT_TEXT_WORDS;
  const conclusionStart = total - Math.max(MIN_CONCLUSION_WORDS, total * CONCLUSION_SHARE);
  const out: string[][] = [];
  let seen = 0;
  for (const toks of tokens) {
    const grams: string[] = [...toks];
    for (let i = 1; i < toks.length; i++) grams.push(`${toks[i - 1]} ${toks[i]}`);
    const turn = lastContrast(toks);
    for (let i = turn + 1; turn >= 0 && i < toks.length; i++) grams.push(CONTRAST_PREFIX + toks[i]);
    // A sentence belongs to the conclusion when it ends inside it.
    seen += toks.length;
    if (seen > conclusionStart) {
      const n = grams.length;
      for (let i = 0; i < n; i++) grams.push(CONCLUSION_PREFIX + grams[i]);
    }
    if (short) {
      const n = grams.length;
      for (let i = 0; i < n; i++) grams.push(SHORT_TEXT_PREFIX + grams[i]);
    }
    // Lexicon features get no one-liner copies: their one weight per valence serves texts of every length
    // (measured: data/README.md).
    for (const tok of toks) {
      const negated = tok.startsWith(NEGATED);
      const valence = lexicon.get(negated ? tok.slice(NEGATED.length) : tok);
      if (valence === undefined) continue;
      const feature = `${LEXICON_PREFIX}${negated ? -valence : valence}`;
      grams.push(feature);
      if (seen > conclusionStart) grams.push(CONCLUSION_PREFIX + feature);
    }
    out.push(grams);
  }
  return out;
}

/** Position of the last contrast word in a sentence's tokens (negated or not), or −1. */
function lastContrast(toks: readonly string[]): number {
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i] as string;
    if (CONTRAST_WORDS.has(t.startsWith(NEGATED) ? t.slice(NEGATED.length) : t)) return i;
  }
  return -1;
}

/** Each distinct feature counts once per document (binary NBSVM features), credited to its first sentence. */
export function distinctFeatures(perSentence: readonly string[][]): { features: string[]; owner: number[] } {
  const seen = new Set<string>();
  const features: string[] = [];
  const owner: number[] = [];
  perSentence.forEach((grams, s) => {
    for (const g of grams) {
      if (seen.has(g)) continue;
      seen.add(g);
      features.push(g);
      owner.push(s);
    }
  });
  return { features, owner };
}

/** Documents are scaled by 1/√(distinct features) so long and short reviews land on the same logit scale. */
export function lengthNorm(distinct: number): number {
  return 1 / Math.sqrt(Math.max(1, distinct));
}

export interface TextFeatures {
  /** Distinct features of the text. */
  features: string[];
  /** Index of the sentence each feature was first seen in. */
  owner: number[];
  /** The factor every weight is scaled by: lengthNorm of the features without their one-liner copies. */
  norm: number;
}

/** Everything the model reads from a text given as sentences. Training uses exactly this function. */
export function textFeatures(
  sentences: readonly string[],
  lexicon: ReadonlyMap<string, number> = shippedModel().lexicon,
): TextFeatures {
  const { features, owner } = distinctFeatures(sentenceFeatures(sentences, lexicon));
  const copies = features.reduce((n, f) => (f.startsWith(SHORT_TEXT_PREFIX) ? n + 1 : n), 0);
  return { features, owner, norm: lengthNorm(features.length - copies) };
}
