// Scores one quote candidate: how much it reads like a critic's pull quote. Opinion (not plot), agreement
// with the verdict, the review's closing judgement, and penalties for what an editor would not pick.

import { tokenize } from '../../text/tokens';
import type { Candidate } from './candidates';
import {
  aspectOf,
  isBoilerplate,
  isQuestion,
  isQuotedSpeech,
  mentionsSpoiler,
  openerOf,
  startsMidThought,
  withoutNegation,
} from './cues';
import { featuresOf } from './features';
import { logit } from './linear-model';
import type { QuoteModels } from './models';

/** Quotable length in words: shorter says nothing, longer is not a pull quote (RT snippets are 8–35). */
export const MIN_QUOTE_WORDS = 8;
export const MAX_QUOTE_WORDS = 35;

/** Weight of being opinion rather than plot (subjectivity log-odds squashed to −1…1). */
const W_SUBJECTIVE = 2;
/** Weight of agreeing with the verdict (polarity log-odds in the verdict's direction, squashed to −1…1).
 *  7 (with POLARITY_SCALE 5) over 4 (with 4): agreement with the gold polarity 0.848 → 0.853 at the
 *  thresholds of select.ts, opinion share 0.952 → 0.948 (the subjectivity weight alone at 1 instead of
 *  raising this lost more opinion for less agreement). */
const W_AGREEMENT = 7;
/** Log-odds scale of the squashing: tanh(x / scale) keeps rewarding a clearer judgement up to about ±2·scale,
 *  where a probability would already have saturated, so a plainly positive line beats a faintly positive one. */
const SUBJECTIVITY_SCALE = 3;
const POLARITY_SCALE = 5;
/** Bonus for the review's last stretch, where critics state their conclusion. */
const W_CONCLUSION = 0.4;
/** Share of the text (by position) that counts as the conclusion. */
export const CONCLUSION_SHARE = 0.2;
/** Plot twists and deaths are the one thing a quote must not give away. */
const SPOILER_PENALTY = 1.5;
/** Credits, ratings-board notes and page furniture are not the critic's judgement at all. */
const BOILERPLATE_PENALTY = 3;
/** "He…", "They…", "Those…": the reader of a lone quote cannot tell who. */
const DANGLING_PENALTY = 1.2;
/** A sentence that is entirely a quotation (a press blurb, a line of dialogue) is not the critic speaking. */
const QUOTED_SPEECH_PENALTY = 1;
/** "But…", "Still…": the quote answers a sentence the reader does not see. */
const CONNECTIVE_PENALTY = 0.6;
/** "Partly because…", "Which is why…": a dependent clause whose main clause is in another sentence; as
 *  unquotable alone as a dangling pronoun. */
const DEPENDENT_PENALTY = 1.2;
/** "It…", "This…" nearly always mean the film on a review page, so only a nudge towards clearer openers. */
const SOFT_PRONOUN_PENALTY = 0.15;
/** Critics ask rhetorical questions; pull quotes state. */
const QUESTION_PENALTY = 0.6;
/** A clause cut from a sentence is slightly less self-contained than a whole sentence. */
const CLAUSE_PENALTY = 0.15;
/** A clause starting in lower case in a cased review reads as a fragment ("such a small detail…"). Only
 *  counted when the sentence it came from starts upper-case: some sources are lower-cased throughout. */
const FRAGMENT_PENALTY = 0.5;
/** Unbalanced quotation marks or brackets mean the span starts or ends inside a quotation. */
const UNBALANCED_PENALTY = 0.8;
/** A whole sentence with a clause that contradicts the verdict ("great cast; dreadful script" in a pan) says
 *  both things; its agreeing clause is the cleaner quote. */
const CONTRARY_CLAUSE_PENALTY = 1;
/** Polarity log-odds beyond which a clause counts as a contrary judgement. */
const CONTRARY_CLAUSE_LOGIT = 1.5;
/** Out-of-range length is a last resort (very short reviews), not a hard exclusion. */
const LENGTH_PENALTY = 2;
/** Polarity log-odds are clipped before use so one extreme word cannot outweigh everything else. */
const MAX_POLARITY_LOGIT = 6;

export interface ScoredCandidate extends Candidate {
  aspect: string | null;
  /** Probability the candidate is opinion rather than plot. */
  subjective: number;
  /** Polarity log-odds, clipped: > 0 positive, < 0 negative. */
  polarity: number;
  tokens: string[];
  /** The tokens as a set, made once for the near-duplicate checks. */
  tokenSet: ReadonlySet<string>;
  inConclusion: boolean;
  score: number;
}

/** Direction the quotes should lean: +1 positive, −1 negative, 0 for a mixed review (both sides wanted). */
export type Direction = -1 | 0 | 1;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function scoreCandidate(
  c: Candidate,
  direction: Direction,
  conclusionStart: number,
  models: QuoteModels,
): ScoredCandidate {
  const scoped = tokenize(c.text);
  const features = featuresOf(scoped);
  const tokens = withoutNegation(scoped);
  const subjectiveLogit = logit(models.subjectivity, features);
  const subjective = sigmoid(subjectiveLogit);
  const raw = logit(models.polarity, features);
  const polarity = Math.max(-MAX_POLARITY_LOGIT, Math.min(MAX_POLARITY_LOGIT, raw));
  // A mixed review wants clear judgements of either side; the selection then alternates sides.
  const agreement = Math.tanh((direction === 0 ? Math.abs(polarity) : direction * polarity) / POLARITY_SCALE);
  const opinion = Math.tanh(subjectiveLogit / SUBJECTIVITY_SCALE);
  const inConclusion = c.start >= conclusionStart;
  let score = W_SUBJECTIVE * opinion + W_AGREEMENT * agreement + (inConclusion ? W_CONCLUSION : 0);
  score -= penalties(c, tokens);
  return {
    ...c,
    aspect: aspectOf(tokens),
    subjective,
    polarity,
    tokens,
    tokenSet: new Set(tokens),
    inConclusion,
    score,
  };
}

function penalties(c: Candidate, tokens: readonly string[]): number {
  let total = 0;
  if (c.words < MIN_QUOTE_WORDS || c.words > MAX_QUOTE_WORDS) total += LENGTH_PENALTY;
  if (mentionsSpoiler(tokens)) total += SPOILER_PENALTY;
  if (isBoilerplate(c.text)) total += BOILERPLATE_PENALTY;
  const opener = openerOf(c.text);
  if (opener === 'dangling') total += DANGLING_PENALTY;
  else if (opener === 'connective') total += CONNECTIVE_PENALTY;
  else if (opener === 'dependent') total += DEPENDENT_PENALTY;
  else if (opener === 'soft') total += SOFT_PRONOUN_PENALTY;
  if (isQuestion(c.text)) total += QUESTION_PENALTY;
  if (isQuotedSpeech(c.text)) total += QUOTED_SPEECH_PENALTY;
  if (c.clause) total += CLAUSE_PENALTY;
  if (c.clause && c.casedSource && startsMidThought(c.text)) total += FRAGMENT_PENALTY;
  if (!balanced(c.text)) total += UNBALANCED_PENALTY;
  return total;
}

const PAIRS: [string, string][] = [
  ['(', ')'],
  ['“', '”'],
  ['[', ']'],
];

function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) if (text.split(open).length !== text.split(close).length) return false;
  // Straight double quotes open and close with the same mark: an odd number means one is cut off.
  return (text.split('"').length - 1) % 2 === 0;
}

/** Marks down whole sentences that carry a clause contradicting the verdict (not for a mixed review, where a
 *  two-sided sentence is exactly right). Mutates and returns the list. */
export function penaliseTwoSided(scored: ScoredCandidate[], direction: Direction): ScoredCandidate[] {
  if (direction === 0) return scored;
  const contrary = new Set<number>();
  for (const c of scored) if (c.clause && direction * c.polarity < -CONTRARY_CLAUSE_LOGIT) contrary.add(c.sentence);
  for (const c of scored) if (!c.clause && contrary.has(c.sentence)) c.score -= CONTRARY_CLAUSE_PENALTY;
  return scored;
}
