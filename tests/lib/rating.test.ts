import { describe, expect, test } from 'vitest';
import type { Article, StructuredReview } from '../../lib/schema';
import { findRatingInLine, findStatedRating, parseRating } from '../../lib/summarise/rating';

function article(over: Partial<Article>): Article {
  return {
    url: null,
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    text: 'A film.',
    extraction: 'plain-text',
    structured: null,
    signals: null,
    ...over,
  };
}

function structured(ratingValue: number, bestRating: number | null, worstRating: number | null): StructuredReview {
  return {
    type: 'Review',
    ratingValue,
    bestRating,
    worstRating,
    ratingText: String(ratingValue),
    author: null,
    itemName: null,
    itemType: null,
    actors: [],
    directors: [],
    authors: [],
    reviewBody: null,
  };
}

describe('parseRating reads a rating string', () => {
  test.each([
    ['★★★½', 70],
    ['★★★☆☆', 60],
    ['★★', 40],
    ['3.5 stars', 70],
    ['2 1/2 stars', 50],
    ['four stars out of five', 80],
    ['three and a half stars out of four', 87.5],
    ['Rating: 4 out of 5', 80],
    ['7/10', 70],
    ['3/5', 60],
    ['78/100', 78],
    ['3.5/4', 87.5],
    ['10/20', 50],
    ['4.3/5', 86],
    ['B+', 83],
    ['C-', 42],
    ['C−', 42],
    ['F', 0],
    ['Grade: B+', 83],
    ['Overall Rating 7.9', 79],
  ])('%s → %d', (input, want) => {
    expect(parseRating(input)).toBe(want);
  });
});

describe('parseRating rejects what is not a rating', () => {
  test.each([['87'], ['2/3 of the film'], ['1/17/2008'], ['$40'], ['1:50'], ['1998'], ['11/10'], ['G'], ['PG-13']])(
    '%s',
    (input) => {
      expect(parseRating(input)).toBeNull();
    },
  );
});

describe('findRatingInLine finds ratings in prose', () => {
  test.each([
    ['THE DIVING BELL Rating: 3 1/2 out of 4 stars. Rated: PG-13 for nudity. Length: 1:52.', 87.5],
    ['‘27 Dresses’ | 2 stars', 40],
    ['Written and directed by Woody Allen. At Kendall Square. 2 1/2 stars', 50],
    ['The most complete online racing experience today. Four stars out of four.', 100],
    ['Rating: 3.5/4.', 87.5],
    ['Grade: B+', 83],
    ['We give it three and a half stars out of five.', 70],
  ])('%s → %d', (input, want) => {
    expect(findRatingInLine(input)?.score).toBe(want);
  });
});

describe('findRatingInLine ignores numbers that are not ratings', () => {
  test.each([
    ['I saw it on 1/17/2008 and 2/3 of the film is dull; it runs 1:50 and cost $12.'],
    ['The two stars of the film are great.'],
    ['Tom Hanks stars as Wilson.'],
    ['He got an A. Then a B.'],
    ['9 out of 10 dentists agree.'],
    ['After 9/11 the city changed.'],
    ['The Lakers won 102/98 last night.'],
    ["'Mad Money (PG-13)(out of four)"],
  ])('%s', (input) => {
    expect(findRatingInLine(input)).toBeNull();
  });
});

describe('findStatedRating prefers the most trustworthy place', () => {
  test.each([
    [
      'structured data, schema defaults 5 and 1',
      article({ structured: structured(4, null, null) }),
      75,
      'structured-data',
    ],
    ['structured data with its own scale', article({ structured: structured(87, 100, 0) }), 87, 'structured-data'],
    [
      'structured data over a rating box',
      article({
        structured: structured(8, 10, 0),
        signals: { ogType: null, schemaTypes: [], ratingTexts: ['2/5'], headline: null, urlPath: '', hasByline: false },
      }),
      80,
      'structured-data',
    ],
    [
      'the overall score among sub-scores',
      article({
        signals: {
          ogType: null,
          schemaTypes: [],
          ratingTexts: ['Fun Rating 7', 'Overall Rating 7.9'],
          headline: null,
          urlPath: '',
          hasByline: false,
        },
      }),
      79,
      'rating-box',
    ],
    [
      'a closing line',
      article({ text: 'Plot.\nMore plot.\nMore.\nAnd more.\nVerdict.\nFour stars out of four.' }),
      100,
      'text',
    ],
  ])('%s', (_name, input, score, origin) => {
    const got = findStatedRating(input);
    expect(got?.score).toBe(score);
    expect(got?.origin).toBe(origin);
  });

  test('no rating in the middle of a long text', () => {
    const text = ['One.', 'Two.', 'Three.', 'It rates 4/5 here.', 'Five.', 'Six.', 'Seven.'].join('\n');
    expect(findStatedRating(article({ text }))).toBeNull();
  });
});
