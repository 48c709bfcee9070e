import { describe, expect, test } from 'vitest';
import { clausesOf } from '../../lib/summarise/quotes/candidates';
import {
  aspectOf,
  isBoilerplate,
  isQuotedSpeech,
  mentionsSpoiler,
  type Opener,
  openerOf,
  plainTokens,
} from '../../lib/summarise/quotes/cues';
import type { Direction, ScoredCandidate } from '../../lib/summarise/quotes/score';
import { overlap, selectQuotes } from '../../lib/summarise/quotes/select';

describe('clausesOf', () => {
  test.each([
    ['No cut points in this sentence at all.', []],
    ['The acting is superb; the script is weak.', ['The acting is superb', 'the script is weak.']],
    ['The acting is superb, but the script is weak.', ['The acting is superb', 'the script is weak.']],
    ['A bold film — and a moving one.', ['A bold film', 'and a moving one.']],
    ['Verdict: a triumph from start to finish.', ['Verdict', 'a triumph from start to finish.']],
    // A lower-cased diary's sentences, which the splitter does not see, keep their stops; "e.g." is no end.
    [
      'the script is a mess. castellane had four movies, e.g. a grief one and a crime one.',
      ['the script is a mess.', 'castellane had four movies, e.g. a grief one and a crime one.'],
    ],
  ])('%j', (text, want) => {
    const span = { text, start: 10, end: 10 + text.length };
    const clauses = clausesOf(span);
    expect(clauses.map((c) => c.text)).toEqual(want);
    for (const c of clauses) expect(text.slice(c.start - 10, c.end - 10)).toBe(c.text);
  });
});

describe('openerOf', () => {
  test.each<[string, Opener]>([
    ['He is wonderful.', 'dangling'],
    ['Their chemistry is electric.', 'dangling'],
    ['But the ending is weak.', 'connective'],
    ['Still, it is worth seeing.', 'connective'],
    ['Partly because it drags.', 'dependent'],
    ['Which is why it works.', 'dependent'],
    ['Especially the score.', 'dependent'],
    ["It's a masterpiece.", 'soft'],
    ['This is the best film of the year.', 'soft'],
    ['Helen Mirren is wonderful.', 'clean'],
    ['Theatre lovers will adore it.', 'clean'],
  ])('%j → %s', (text, want) => {
    expect(openerOf(text)).toBe(want);
  });
});

describe('aspectOf', () => {
  test.each([
    ['Her performance is the best thing here.', 'acting'],
    ['The screenplay sags badly in the middle.', 'script'],
    ['The director keeps the pace brisk.', 'direction'],
    ['A lush, memorable score.', 'music'],
    ['The special effects are cheap.', 'visuals'],
    ['The best movie of the year.', 'overall'],
    ['The acting carries the movie.', 'acting'],
    ['Simply wonderful.', null],
  ])('%j → %s', (text, want) => {
    expect(aspectOf(plainTokens(text))).toBe(want);
  });
});

describe('mentionsSpoiler', () => {
  test.each([
    ['In the end, the hero dies.', true],
    ['It turns out the butler did it.', true],
    ['A great twist on the genre.', true],
    ['A warm and funny film.', false],
  ])('%j → %s', (text, want) => {
    expect(mentionsSpoiler(plainTokens(text))).toBe(want);
  });
});

describe('isBoilerplate', () => {
  test.each([
    ['It is rated PG-13 for language and would be fine for teenagers.', true],
    ['Starring: Tom Hanks, Meg Ryan Director: Nora Ephron', true],
    ['========== X-RAMR-ID: 29630', true],
    ["We'll assume you're ok with this, but you can opt-out if you wish.", true],
    ['This story may not be reproduced or redistributed without the written consent of the wire service.', true],
    ['Reporting by a staff writer; the wire service contributed to this report.', true],
    ["What did you think of this week's episode? Let us know below.", true],
    ['To read more stories like these and submit your own, go to storiesweshare.example.com.', true],
    ['Our critic visits anonymously and the Record pays for all meals.', true],
    ['A review copy was provided by the publisher.', true],
    ['Review code was provided by the developer; we played 30 hours.', true],
    ['We may earn a commission when you buy through our links.', true],
    ['We paid for the meal ourselves and it was worth every penny.', false],
    ['It costs 3.50 a month and the film is worth every penny.', false],
    ['A sharp, funny and humane comedy.', false],
    ['Bottom line: a film to treasure.', false],
  ])('%j → %s', (text, want) => {
    expect(isBoilerplate(text)).toBe(want);
  });
});

describe('overlap', () => {
  test.each([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['c', 'd'], 0],
    [['a', 'b', 'c'], ['a', 'b', 'd'], 0.5],
    [[], [], 0],
  ])('%j vs %j → %d', (a, b, want) => {
    expect(overlap(a, b)).toBe(want);
  });
});

describe('isQuotedSpeech', () => {
  test.each([
    ['"One of the most idiosyncratic filmmakers of our time."', true],
    ['“A triumph,” says nobody.', false],
    ['The film is "a triumph" in every way.', false],
    ['A plain sentence.', false],
  ])('%j → %s', (text, want) => {
    expect(isQuotedSpeech(text)).toBe(want);
  });
});

describe('selectQuotes', () => {
  /** A synthetic candidate: one per sentence, distinct words, so only side and clarity decide. */
  const candidate = (sentence: number, polarity: number, score: number): ScoredCandidate => {
    const tokens = [`word${sentence}a`, `word${sentence}b`];
    return {
      text: tokens.join(' '),
      start: sentence * 10,
      end: sentence * 10 + 5,
      sentence,
      clause: false,
      words: 10,
      casedSource: true,
      aspect: null,
      subjective: 0.9,
      polarity,
      tokens,
      tokenSet: new Set(tokens),
      shaped: true,
      score,
    };
  };
  const picks = (polarities: [number, number][], direction: Direction, lean: 1 | -1) =>
    selectQuotes(
      polarities.map(([p, s], i) => candidate(i, p, s)),
      direction,
      lean,
      3,
    ).map((c) => c.polarity);

  test('a quote-shaped candidate is preferred to a higher-ranked one that is not', () => {
    const rough = { ...candidate(0, 5, 9), shaped: false };
    expect(selectQuotes([rough, candidate(1, 4, 5)], 1, 1, 1).map((c) => c.sentence)).toEqual([1]);
  });

  test.each<[string, [number, number][], Direction, 1 | -1, number[]]>([
    [
      'the ranker orders the quotes of a positive review',
      [
        [5, 9],
        [2, 8],
        [4, 7],
      ],
      1,
      1,
      [5, 2, 4],
    ],
    [
      'a clearly contrary line is never quoted in a positive review',
      [
        [5, 9],
        [-4, 8],
        [3, 7],
      ],
      1,
      1,
      [5, 3],
    ],
    [
      "the first quote takes the verdict's side over a higher-ranked neutral line",
      [
        [0, 9],
        [4, 5],
        [2, 4],
      ],
      1,
      1,
      [4, 0, 2],
    ],
    ['the first quote is given even when no line takes a side', [[0.5, 9]], 1, 1, [0.5]],
    [
      "the first quote is the best-ranked line surely on the verdict's side, before clearer-ranked ones",
      [
        [3, 9],
        [6, 5],
        [6, 4],
      ],
      1,
      1,
      [6, 3, 6],
    ],
    [
      'a mixed review opens on its best-ranked line of its lean, not its surest',
      [
        [3, 9],
        [6, 5],
      ],
      0,
      1,
      [3, 6],
    ],
    [
      'a negative review opens on its surest negative line',
      [
        [-3, 9],
        [-2, 8],
        [-6, 5],
      ],
      -1,
      -1,
      [-6, -3, -2],
    ],
    [
      'a mixed review opens with its lean even when the other side scores higher',
      [
        [-6, 9],
        [4, 5],
        [2, 4],
      ],
      0,
      1,
      [4, -6, 2],
    ],
    [
      'a mixed review leaning negative opens negative',
      [
        [6, 9],
        [-4, 5],
        [-2, 4],
      ],
      0,
      -1,
      [-4, 6, -2],
    ],
    [
      'a mixed review with no clear contrary line shows its best lines',
      [
        [4, 9],
        [-1, 8],
        [3, 7],
      ],
      0,
      1,
      [4, -1, 3],
    ],
  ])('%s', (_what, polarities, direction, lean, want) => {
    expect(picks(polarities, direction, lean)).toEqual(want);
  });
});
