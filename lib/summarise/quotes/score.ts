// Scores one quote candidate: the learned ranker's log-odds that an editor would print it as the review's pull
// quote (lib/summarise/data/quotes-ranker.json, trained by `npm run train -- quotes`), read from the features
// of ranker-features.ts. The sentence models (opinion vs plot, positive vs negative) feed the ranker.

import { tokenize } from '../../text/tokens';
import type { Candidate } from './candidates';
import { aspectOf, withoutNegation } from './cues';
import { featuresOf } from './features';
import { type LinearModel, logit } from './linear-model';
import type { QuoteModels } from './models';
import { type Direction, type FeatureValues, RANKER_FEATURES, type Reading, rankerFeatures } from './ranker-features';
import { isSentenceShaped } from './shape';

export type { Direction } from './ranker-features';

/** Polarity log-odds are clipped before use so one extreme word cannot outweigh everything else. */
export const MAX_POLARITY_LOGIT = 6;

export interface ScoredCandidate extends Candidate {
  aspect: string | null;
  /** Probability the candidate is opinion rather than plot. */
  subjective: number;
  /** Polarity log-odds, clipped: > 0 positive, < 0 negative. */
  polarity: number;
  tokens: string[];
  /** The tokens as a set, made once for the near-duplicate checks. */
  tokenSet: ReadonlySet<string>;
  /** Passes the quote-shape rule (shape.ts). */
  shaped: boolean;
  /** The ranker's log-odds. */
  score: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** What the two sentence models make of a text. */
export function readText(
  text: string,
  models: Pick<QuoteModels, 'subjectivity' | 'polarity' | 'quotability'>,
): Reading {
  const scoped = tokenize(text);
  const features = featuresOf(scoped);
  const raw = logit(models.polarity, features);
  return {
    tokens: withoutNegation(scoped),
    subjectiveLogit: logit(models.subjectivity, features),
    polarity: Math.max(-MAX_POLARITY_LOGIT, Math.min(MAX_POLARITY_LOGIT, raw)),
    quotabilityLogit: logit(models.quotability, features),
  };
}

/** The ranker's log-odds for dense feature values (the model lists a weight per feature name). */
export function rankerLogit(model: LinearModel, values: FeatureValues): number {
  let sum = model.bias;
  for (const name of RANKER_FEATURES) sum += (model.weights.get(name) ?? 0) * values[name];
  return sum;
}

export function scoreCandidate(
  c: Candidate,
  direction: Direction,
  position: number | null,
  models: QuoteModels,
): ScoredCandidate {
  const reading = readText(c.text, models);
  const values = rankerFeatures(c, reading, { direction, position });
  return {
    ...c,
    aspect: aspectOf(reading.tokens),
    subjective: sigmoid(reading.subjectiveLogit),
    polarity: reading.polarity,
    tokens: reading.tokens,
    tokenSet: new Set(reading.tokens),
    shaped: isSentenceShaped(c.text),
    score: rankerLogit(models.ranker, values),
  };
}
