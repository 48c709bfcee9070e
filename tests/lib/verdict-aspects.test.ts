// verdict.aspects: what a review praises or criticises most, each resting on a verbatim sentence of it.
import { describe, expect, test } from 'vitest';
import type { ReviewList } from '../../lib/schema';
import { listVerdict } from '../../lib/summarise/review-list/overall';
import { aspectVerdicts, MAX_VERDICT_ASPECTS } from '../../lib/summarise/verdict-aspects';
import { splitSentences } from '../../lib/text/sentences';

const PRODUCT = [
  'I bought this phone for my trip last month.',
  'The battery life is dreadful and it dies before lunch every single day.',
  'The screen is gorgeous, bright and sharp even in full sun.',
  'Customer service was rude and never answered my emails.',
  'It ships in a box.',
].join(' ');

describe('aspectVerdicts', () => {
  test('names what the review judges, on the side it leans, with the sentence it rests on', () => {
    const aspects = aspectVerdicts(splitSentences(PRODUCT));
    const byName = Object.fromEntries(aspects.map((a) => [a.aspect, a]));
    expect(byName['battery life']?.label).toBe('negative');
    expect(byName['customer service']?.label).toBe('negative');
    expect(Object.values(byName).some((a) => a.label === 'positive')).toBe(true);
    for (const a of aspects) expect(PRODUCT.slice(a.sentence.start, a.sentence.end)).toBe(a.sentence.text);
  });

  test.each([
    ['no aspect named', 'I bought it on Tuesday. It came in a box. My brother has one too.'],
    ['an aspect named without judging it', 'The screen is six inches. The phone weighs 180 grams.'],
    ['empty text', ''],
  ])('%s: no aspects', (_name, text) => {
    expect(aspectVerdicts(splitSentences(text))).toEqual([]);
  });

  test('one sentence backs one aspect: a line naming several is not read as several verdicts', () => {
    const text =
      'The sound design is superb and the speakers are gorgeous to look at. Sadly the price is outrageous for what you get.';
    const aspects = aspectVerdicts(splitSentences(text));
    expect(aspects.length).toBe(new Set(aspects.map((a) => a.sentence.start)).size);
    expect(aspects.map((a) => a.label).sort()).toEqual(['negative', 'positive']);
  });

  test("the kind of thing reviewed chooses the aspects: a film review's world is no game's", () => {
    const text =
      'The film is a slog. The gameplay of its video-game villain is the only fun part of this terrible movie. The acting is wooden and dreadful throughout.';
    const named = aspectVerdicts(splitSentences(text), 'film').map((a) => a.aspect);
    expect(named).toContain('acting');
    expect(named).not.toContain('gameplay');
    expect(aspectVerdicts(splitSentences(text), 'game').map((a) => a.aspect)).toContain('gameplay');
  });

  test.each([
    ['a heading', 'Comfort\nThe battery life is dreadful and it dies before lunch every day.'],
    [
      'a heading of two words',
      'Reliability & Quality\nThe battery life is dreadful and it dies before lunch every day.',
    ],
    ['a picture credit', 'Photo: courtesy of the excellent Great Sound Studio team.\nThe sound is rich and clear.'],
  ])('%s judges nothing', (_name, text) => {
    const aspects = aspectVerdicts(splitSentences(text), 'product');
    expect(aspects).toHaveLength(1);
    expect(aspects[0]?.sentence.start).toBeGreaterThan(0);
  });

  test(`at most ${MAX_VERDICT_ASPECTS}`, () => {
    const many = `${PRODUCT} The sound is superb. The price is outrageous for what you get. The camera is brilliant.`;
    expect(aspectVerdicts(splitSentences(many)).length).toBeLessThanOrEqual(MAX_VERDICT_ASPECTS);
  });
});

const list = (positive: number, mixed: number, negative: number, average: number | null): ReviewList => ({
  count: positive + mixed + negative,
  averageRating: average === null ? null : { value: average, best: 5, score: (average / 5) * 100 },
  distribution: {},
  verdicts: { positive, mixed, negative },
  reviews: [],
  praise: [],
  complaints: [],
});

describe('listVerdict', () => {
  test.each([
    ['most reviews positive', list(8, 1, 1, 4.4), 'positive', 88],
    ['most reviews negative', list(1, 1, 8, 1.6), 'negative', 32],
    ['a split reception is mixed, whatever the average', list(7, 1, 4, 3.4), 'mixed', 68],
    ['no ratings: the score is the positive share', list(3, 0, 1, null), 'positive', 75],
  ])('%s', (_name, reviews, label, score) => {
    expect(listVerdict(reviews)).toMatchObject({ label, score, basis: 'inferred', stated: null });
  });

  test('few reviews give low confidence, ten or more full confidence', () => {
    expect(listVerdict(list(2, 0, 1, null)).confidence).toBeCloseTo(0.3);
    expect(listVerdict(list(9, 1, 2, 4)).confidence).toBe(1);
  });
});
