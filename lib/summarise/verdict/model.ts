// The shipped verdict model in memory, decoded from data/verdict-model.json on first use.
import model from '../data/verdict-model.json';
import { decodeHashes, decodeLevels, decodeLexicon } from './weights';

export { model as shippedWeights };

/** The shipped model in memory. Built on first use, not when the module loads: decoding the weights
 *  takes milliseconds cold, and a freshly started service worker should answer its first message (the page's
 *  request to inject the analyser) before paying for it. The background's warm-up builds it while the page
 *  is still extracting its article. */
interface DecodedModel {
  /** The sentiment lexicon that LEXICON_PREFIX features read: AFINN-165's single words (the trainer writes
   *  it into the weights file). */
  lexicon: ReadonlyMap<string, number>;
  /** The stored hashes, sorted: a hash's position indexes the heads' weight arrays. */
  hashes: Uint32Array;
  /** The verdict head: a review's side (logistic regression on every corpus). */
  text: Float64Array;
  /** The rating head: the degree, learned from the graded critic reviews only; it shares the verdict head's
   *  features and is added to it (times model.rating.mix) for the score. */
  rating: Float64Array;
  /** The mixed head: whether the review weighs praise against complaint (learned from the graded critic
   *  reviews' label3 and the polarity reviews). */
  mixed: Float64Array;
}

let decoded: DecodedModel | undefined;

export function shippedModel(): DecodedModel {
  decoded ??= {
    lexicon: decodeLexicon(model.lexicon),
    hashes: decodeHashes(model.hashes),
    text: decodeLevels(model.text.weights, model.text),
    rating: decodeLevels(model.rating.weights, model.rating),
    mixed: decodeLevels(model.mixed.weights, model.mixed),
  };
  return decoded;
}
