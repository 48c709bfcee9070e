import { describe, expect, test } from 'vitest';
import { textArticle } from '../../lib/extract/article';
import type { Article } from '../../lib/schema';
import {
  CONCLUSION_PREFIX,
  decideVerdict,
  inferredConfidence,
  inferredLabel,
  inferVerdict,
  keepVerdictSide,
  LEXICON_PREFIX,
  labelFor,
  MAX_WHY,
  MIXED_BAND,
  mixedProbability,
  SHORT_TEXT_PREFIX,
  SHORT_TEXT_WORDS,
  SIDE_MARGIN,
  sentenceFeatures,
  sentencePolarity,
  sideConfidence,
  textFeatures,
} from '../../lib/summarise/verdict';
import { splitSentences } from '../../lib/text/sentences';
import { tokenize } from '../../lib/text/tokens';
import { pageSignals } from './builders';

function article(text: string, ratingTexts: string[] = []): Article {
  return textArticle(text, {
    lang: 'en',
    signals: pageSignals({ ratingTexts }),
  });
}

const POSITIVE_REVIEW = [
  'The film follows a family on a long trip across the country.',
  'The cast is terrific and the script is sharp, funny and moving.',
  'It is one of the finest films of the year, a gem I will happily watch again.',
].join('\n');
const NEGATIVE_REVIEW = [
  'The film follows a family on a long trip across the country.',
  'The acting is wooden, the jokes are lame and the plot is a boring mess.',
  'It is a waste of time and one of the worst movies of the year.',
].join('\n');

describe('tokenize glues pre-tokenised contractions and scopes negation', () => {
  test.each([
    ["it does n't work , but", "it doesn't NOT_work but"],
    ["do n 't play", "don't NOT_play"],
    ["the film 's end", "the film's end"],
    ["I don't like it. It's great", "i don't NOT_like NOT_it it's great"],
    // Idioms of emphasis keep their words' own sense; a real negation nearby is still one.
    ["I can't recommend it highly enough!", "i can't recommend it highly enough"],
    ["Can't get enough of it", "can't get enough of it"],
    ["She can't get out of herself long enough", "she can't NOT_get NOT_out NOT_of NOT_herself NOT_long NOT_enough"],
    ["I can't stand it", "i can't NOT_stand NOT_it"],
  ])('%s → %s', (input, want) => {
    expect(tokenize(input).join(' ')).toBe(want);
  });
});

describe('labelFor uses the mixed band', () => {
  test.each([
    [0, 'negative'],
    [MIXED_BAND.low, 'negative'],
    [MIXED_BAND.low + 1, 'mixed'],
    [MIXED_BAND.high - 1, 'mixed'],
    [MIXED_BAND.high, 'positive'],
    [100, 'positive'],
  ])('%d → %s', (score, want) => {
    expect(labelFor(score)).toBe(want);
  });
});

/** Feature lists without lexicon features, so they can be spelled out in full. */
const NO_LEXICON: ReadonlyMap<string, number> = new Map();

describe('sentenceFeatures', () => {
  test('short texts are all conclusion, with one-liner copies; bigrams stay inside a sentence', () => {
    const [first, second] = sentenceFeatures(['Great fun.', 'Not bad.'], NO_LEXICON);
    const plain = ['great', 'fun', 'great fun', `${CONCLUSION_PREFIX}great`, `${CONCLUSION_PREFIX}fun`];
    expect(first).toEqual([
      ...plain,
      `${CONCLUSION_PREFIX}great fun`,
      ...plain.map((f) => SHORT_TEXT_PREFIX + f),
      `${SHORT_TEXT_PREFIX}${CONCLUSION_PREFIX}great fun`,
    ]);
    expect(second).toContain('not NOT_bad');
    expect(second).not.toContain('fun not');
  });

  test('a lexicon word adds its valence, flipped inside a negation scope', () => {
    const lexicon = new Map([
      ['great', 3],
      ['bad', -3],
    ]);
    const [first, second] = sentenceFeatures(['Great fun.', 'Not bad.'], lexicon);
    expect(first).toContain(`${LEXICON_PREFIX}3`);
    expect(first).toContain(`${CONCLUSION_PREFIX}${LEXICON_PREFIX}3`);
    expect(second).toContain(`${LEXICON_PREFIX}3`);
    expect(second).not.toContain(`${LEXICON_PREFIX}-3`);
  });

  test('texts of SHORT_TEXT_WORDS words or more get no one-liner copies', () => {
    const words = Array.from({ length: SHORT_TEXT_WORDS }, (_, i) => `w${i}`).join(' ');
    const features = sentenceFeatures([words]).flat();
    expect(features.some((f) => f.startsWith(SHORT_TEXT_PREFIX))).toBe(false);
  });

  test('only the closing part of a long text is conclusion', () => {
    const plot = Array.from({ length: 20 }, (_, i) => `Scene ${i} shows the hero walking home.`);
    const features = sentenceFeatures([...plot, 'A wonderful film.']);
    expect(features[0]?.some((f) => f.startsWith(CONCLUSION_PREFIX))).toBe(false);
    expect(features.at(-1)).toContain(`${CONCLUSION_PREFIX}wonderful`);
  });
});

describe('textFeatures', () => {
  test.each([
    ['a one-liner: its copies do not shrink the norm', ['Great fun.'], 1 / Math.sqrt(6)],
    ['two sentences', ['Great fun.', 'Not bad.'], 1 / Math.sqrt(12)],
  ])('%s', (_name, sentences, norm) => {
    expect(textFeatures(sentences, NO_LEXICON).norm).toBeCloseTo(norm, 10);
  });
});

describe('inferVerdict', () => {
  test.each([
    [POSITIVE_REVIEW, 'positive'],
    [NEGATIVE_REVIEW, 'negative'],
  ])('reads the direction of a review (%#)', (text, want) => {
    const got = inferVerdict(splitSentences(text));
    expect(got.label).toBe(want);
    expect(labelFor(got.score) === 'mixed' || labelFor(got.score) === want).toBe(true);
  });

  test.each(["I can't recommend this film highly enough.", 'I cannot stress enough how good this blender is.'])(
    'an idiom of emphasis reads as the praise it is: %s',
    (text) => {
      expect(inferVerdict(splitSentences(text)).label).toBe('positive');
    },
  );

  test('why is 1–3 verbatim sentences from the input, pulling towards the verdict', () => {
    const sentences = splitSentences(NEGATIVE_REVIEW);
    const { why } = inferVerdict(sentences);
    expect(why.length).toBeGreaterThanOrEqual(1);
    expect(why.length).toBeLessThanOrEqual(MAX_WHY);
    for (const span of why) {
      expect(sentences).toContainEqual(span);
      expect(NEGATIVE_REVIEW.slice(span.start, span.end)).toBe(span.text);
    }
    expect(why.map((s) => s.text)).toContain('It is a waste of time and one of the worst movies of the year.');
  });
});

describe("keepVerdictSide puts the score on the verdict head's side of 50", () => {
  test.each([
    // [calibrated score, verdict-head logit, printed score]
    [72, 1.3, 72],
    [30, -0.8, 30],
    [47, 0.2, 50 + SIDE_MARGIN],
    [50, 0.01, 50 + SIDE_MARGIN],
    [50.4, 0.5, 50 + SIDE_MARGIN],
    [58, -0.1, 50 - SIDE_MARGIN],
    [50, -0.3, 50 - SIDE_MARGIN],
    [49.6, 0, 50 - SIDE_MARGIN],
  ])('score %d, logit %d → %d', (score, logit, want) => {
    expect(keepVerdictSide(score, logit)).toBe(want);
  });

  test('an inferred score never rounds to 50, so "> 50" and "≥ 50" read the same side', () => {
    for (const text of [POSITIVE_REVIEW, NEGATIVE_REVIEW, 'It was fine.', 'The film runs two hours.']) {
      const { score, logit } = inferVerdict(splitSentences(text));
      expect(Math.round(score)).not.toBe(50);
      expect(score > 50).toBe(logit > 0);
    }
  });
});

describe('inferredLabel: "mixed" comes from the mixed decision, never from doubt about the side', () => {
  test.each([
    // [verdict-head logit, probability of mixed, label] at threshold 0.5
    [0.05, 0.1, 'positive'],
    [-0.05, 0.1, 'negative'],
    [3, 0.49, 'positive'],
    [3, 0.5, 'mixed'],
    [-3, 0.8, 'mixed'],
  ] as const)('logit %d, P(mixed) %d → %s', (logit, pMixed, want) => {
    expect(inferredLabel(logit, pMixed, 0.5)).toBe(want);
  });
});

describe('mixedProbability: the mixed head read with the score', () => {
  /** A decision that reads the mixed head alone, for the table. */
  const HEAD_ONLY = { bias: 0, weights: [1, 0, 0, 0, 0], threshold: 0.5 };

  test.each([
    [-2, 0.12],
    [0, 0.5],
    [2, 0.88],
  ])('mixed-head logit %d alone → %d', (mixedLogit, want) => {
    expect(mixedProbability({ logit: 1, scoreLogit: 1, mixedLogit }, false, HEAD_ONLY)).toBeCloseTo(want, 2);
  });

  test('a one-liner is never mixed', () => {
    expect(mixedProbability({ logit: 0, scoreLogit: 0, mixedLogit: 5 }, true, HEAD_ONLY)).toBe(0);
  });

  test('shipped: a middling score reads more mixed than a rave or a pan with the same mixed head', () => {
    const at = (logit: number, scoreLogit: number) => mixedProbability({ logit, scoreLogit, mixedLogit: 0 }, false);
    expect(at(0.3, 0.5)).toBeGreaterThan(at(2, 3.5));
    expect(at(0.3, 0.5)).toBeGreaterThan(at(-2, -2.5));
  });
});

/** Confidence scales for the table tests: full reviews a = 2, one-liners a = 1. */
const SCALES = { full: { a: 2, b: 0 }, short: { a: 1, b: 0 } };

describe('confidence', () => {
  test("grows with the verdict head's certainty and lies in [0, 1]", () => {
    const scale = { a: 1.2, b: 0.3 };
    const values = [0, 0.5, 1, 2, 4].map((x) => sideConfidence(x, scale));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1] as number);
    expect(sideConfidence(-2, scale)).toBe(sideConfidence(2, scale));
    for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of values) expect(v).toBeLessThanOrEqual(1);
  });

  test.each([
    // A side label loses confidence as the review looks mixed; a mixed label has the probability of mixed.
    ['positive', 3, 0.0067, 0.99],
    ['positive', 3, 0.5, 0.5],
    ['mixed', 0, 0.5, 0.5],
    ['mixed', 0, 0.88, 0.88],
  ] as const)('%s, logit %d, P(mixed) %d → %d', (label, logit, pMixed, want) => {
    expect(inferredConfidence(label, logit, pMixed, false, SCALES)).toBeCloseTo(want, 2);
  });

  test("a one-liner's confidence is its side's, on the one-liner scale", () => {
    expect(inferredLabel(-1, 0)).toBe('negative');
    expect(inferredConfidence('negative', -1, 0, true, SCALES)).toBeCloseTo(0.73, 2);
  });
});

describe('sentencePolarity (the verdict model on one sentence)', () => {
  test.each([
    ['The battery life is superb and the screen is gorgeous.', 1],
    ['The battery died after a week and support was useless.', -1],
  ])('%s → sign %d', (text, sign) => {
    const { score, confidence } = sentencePolarity(text);
    expect(Math.sign(score)).toBe(sign);
    expect(Math.abs(score)).toBeLessThanOrEqual(1);
    expect(confidence).toBeGreaterThan(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});

describe('decideVerdict', () => {
  test('a stated rating wins and sets score and label', () => {
    const v = decideVerdict(article(NEGATIVE_REVIEW, ['★★★★☆']), splitSentences(NEGATIVE_REVIEW));
    expect(v).toMatchObject({ basis: 'stated', score: 80, label: 'positive', why: [], confidence: 1 });
    expect(v.stated).toMatchObject({ text: '★★★★☆', score: 80, origin: 'rating-box' });
  });

  test('without one, the model infers an integer score with a confidence', () => {
    const v = decideVerdict(article(POSITIVE_REVIEW), splitSentences(POSITIVE_REVIEW));
    expect(v.basis).toBe('inferred');
    expect(v.stated).toBeNull();
    expect(Number.isInteger(v.score)).toBe(true);
    expect(v.confidence).toBeGreaterThanOrEqual(0);
    expect(v.confidence).toBeLessThanOrEqual(1);
    expect(v.label).toBe('positive');
    expect(v.aspects).toEqual([]);
  });

  test('a middling stated rating reads "mixed" whatever the text says', () => {
    const v = decideVerdict(article(POSITIVE_REVIEW, ['2.5/5']), splitSentences(POSITIVE_REVIEW));
    expect(v).toMatchObject({ basis: 'stated', score: 50, label: 'mixed' });
  });
});
