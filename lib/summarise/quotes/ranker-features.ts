// The features the learned quote ranker reads, shared by training (scripts/train/quotes-ranker.ts) and the
// picker, so both see exactly the same thing. Chosen to carry across sources (critics' reviews, user reviews,
// RT pull quotes): how much judgement a line carries and on which side, whether it stands alone, its length
// and shape, plot-summary signals and where it sits in the review. No word identities: those would learn the
// vocabulary of one source (the quotability model's words are learnt apart, from RT quotes against review
// sentences, and come in as one number).
import type { Candidate } from './candidates';
import {
  aspectOf,
  isBoilerplate,
  isQuestion,
  isQuotedSpeech,
  mentionsSpoiler,
  openerOf,
  startsMidThought,
} from './cues';
import { sentenceBounded } from './shape';

/** Direction the quotes should lean: +1 positive, −1 negative, 0 for a mixed review (both sides wanted). */
export type Direction = -1 | 0 | 1;

/** The sentence models' reading of one candidate. */
export interface Reading {
  /** Tokens without negation marks. */
  tokens: string[];
  subjectiveLogit: number;
  /** Polarity log-odds, clipped: > 0 positive, < 0 negative. */
  polarity: number;
  quotabilityLogit: number;
}

export interface FeatureContext {
  direction: Direction;
  /** Where the candidate's sentence sits in the review, 0 (first) … 1 (last); null when unknown (a pull quote
   *  taken out of its review). */
  position: number | null;
}

/** Log-odds scales of the squashing: tanh(x / scale) keeps rewarding a clearer judgement up to about ±2·scale. */
const SUBJECTIVITY_SCALE = 3;
const POLARITY_SCALE = 5;
const QUOTABILITY_SCALE = 5;
/** Share of the text, at the end, where critics state their conclusion. */
const CONCLUSION_SHARE = 0.2;
/** Share of capitalised words (after the first) at which a line counts as full of names: plot summary. */
const NAME_SHARE_FULL = 0.25;
/** Third-person pronouns at which a line counts as narration. */
const PRONOUNS_FULL = 3;
/** The aspect cues.ts gives a line that judges the film as a whole. */
const OVERALL_ASPECT = 'overall';

const REGEXPS = {
  firstPerson: /^(i|i'm|i've|i'd|my|me|myself)$/,
  secondPerson: /^(you|your|you're|you'll)$/,
  thirdPerson: /^(he|she|his|her|him|they|their|them|hers)$/,
  film: /^(film|movie|picture|flick|films|movies)$/,
  /** A capitalised word after the first: names and titles, which plot summary is full of. */
  midCapital: /(?<=\s)["'“‘(]*\p{Lu}\p{Ll}+/gu,
  /** A rating stated in the line ("***", "3 stars", "7/10", "out of four"): a verdict, not a quote. */
  rating: /\*{2,}|\b\d+(?:\.\d)?\s*(?:stars?|\/\s*10)\b|\bout of (?:four|five|ten|\d)\b/i,
};

/** Names of every feature, in the order the model file lists them. */
export const RANKER_FEATURES = [
  'subjective',
  'quotable',
  'agreement',
  'strength',
  'mixedStrength',
  'wordsUnder8',
  'words8to12',
  'words21to30',
  'words31to40',
  'wordsOver40',
  'bounded',
  'openerDangling',
  'openerConnective',
  'openerDependent',
  'openerSoft',
  'question',
  'quotedSpeech',
  'boilerplate',
  'spoiler',
  'unbalanced',
  'clause',
  'fragment',
  'firstPerson',
  'secondPerson',
  'thirdPerson',
  'filmWord',
  'aspectNamed',
  'overallNamed',
  'names',
  'exclamation',
  'rating',
  'positionKnown',
  'position',
  'positionSquared',
  'firstSentence',
  'conclusion',
] as const;
export type RankerFeature = (typeof RANKER_FEATURES)[number];
export type FeatureValues = Record<RankerFeature, number>;

const flag = (b: boolean) => (b ? 1 : 0);
const countOf = (tokens: readonly string[], re: RegExp) => tokens.filter((t) => re.test(t)).length;

function lengthFeatures(
  words: number,
): Pick<FeatureValues, 'wordsUnder8' | 'words8to12' | 'words21to30' | 'words31to40' | 'wordsOver40'> {
  return {
    wordsUnder8: flag(words < 8),
    words8to12: flag(words >= 8 && words <= 12),
    words21to30: flag(words >= 21 && words <= 30),
    words31to40: flag(words >= 31 && words <= 40),
    wordsOver40: flag(words > 40),
  };
}

function openerFeatures(
  text: string,
): Pick<FeatureValues, 'openerDangling' | 'openerConnective' | 'openerDependent' | 'openerSoft'> {
  const opener = openerOf(text);
  return {
    openerDangling: flag(opener === 'dangling'),
    openerConnective: flag(opener === 'connective'),
    openerDependent: flag(opener === 'dependent'),
    openerSoft: flag(opener === 'soft'),
  };
}

function positionFeatures(
  position: number | null,
): Pick<FeatureValues, 'positionKnown' | 'position' | 'positionSquared' | 'firstSentence' | 'conclusion'> {
  if (position === null) return { positionKnown: 0, position: 0, positionSquared: 0, firstSentence: 0, conclusion: 0 };
  return {
    positionKnown: 1,
    position,
    positionSquared: position * position,
    firstSentence: flag(position === 0),
    conclusion: flag(position >= 1 - CONCLUSION_SHARE),
  };
}

export function rankerFeatures(c: Candidate, reading: Reading, ctx: FeatureContext): FeatureValues {
  const { tokens, polarity } = reading;
  const strength = Math.tanh(Math.abs(polarity) / POLARITY_SCALE);
  const words = Math.max(1, c.words);
  return {
    subjective: Math.tanh(reading.subjectiveLogit / SUBJECTIVITY_SCALE),
    quotable: Math.tanh(reading.quotabilityLogit / QUOTABILITY_SCALE),
    agreement: ctx.direction === 0 ? 0 : Math.tanh((ctx.direction * polarity) / POLARITY_SCALE),
    strength,
    mixedStrength: ctx.direction === 0 ? strength : 0,
    ...lengthFeatures(c.words),
    bounded: flag(sentenceBounded(c.text)),
    ...openerFeatures(c.text),
    question: flag(isQuestion(c.text)),
    quotedSpeech: flag(isQuotedSpeech(c.text)),
    boilerplate: flag(isBoilerplate(c.text)),
    spoiler: flag(mentionsSpoiler(tokens)),
    unbalanced: flag(!balanced(c.text)),
    clause: flag(c.clause),
    fragment: flag(c.clause && c.casedSource && startsMidThought(c.text)),
    firstPerson: flag(countOf(tokens, REGEXPS.firstPerson) > 0),
    secondPerson: flag(countOf(tokens, REGEXPS.secondPerson) > 0),
    thirdPerson: Math.min(1, countOf(tokens, REGEXPS.thirdPerson) / PRONOUNS_FULL),
    filmWord: flag(countOf(tokens, REGEXPS.film) > 0),
    ...aspectFeatures(tokens),
    names: Math.min(1, (c.text.match(REGEXPS.midCapital)?.length ?? 0) / words / NAME_SHARE_FULL),
    exclamation: flag(c.text.includes('!')),
    rating: flag(REGEXPS.rating.test(c.text)),
    ...positionFeatures(ctx.position),
  };
}

/** Whether the line names what it judges: a craft (acting, script, music…) or the film as a whole. */
function aspectFeatures(tokens: readonly string[]): Pick<FeatureValues, 'aspectNamed' | 'overallNamed'> {
  const aspect = aspectOf(tokens);
  return {
    aspectNamed: flag(aspect !== null && aspect !== OVERALL_ASPECT),
    overallNamed: flag(aspect === OVERALL_ASPECT),
  };
}

const PAIRS: [string, string][] = [
  ['(', ')'],
  ['“', '”'],
  ['[', ']'],
];

/** Unbalanced quotation marks or brackets mean the span starts or ends inside a quotation. */
export function balanced(text: string): boolean {
  for (const [open, close] of PAIRS) if (text.split(open).length !== text.split(close).length) return false;
  // Straight double quotes open and close with the same mark: an odd number means one is cut off.
  return (text.split('"').length - 1) % 2 === 0;
}
