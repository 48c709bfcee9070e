import { describe, expect, test } from 'vitest';
import { textArticle } from '../../lib/extract/article';
import { type Article, ratingOnlyReview, type StructuredReview } from '../../lib/schema';
import { findRatingInLine, findStatedRating, parseRating, starScaleOf } from '../../lib/summarise/rating';
import { isRatersAverage } from '../../lib/text/raters-average';
import { pageSignals } from './builders';

function article(over: Partial<Article>): Article {
  return textArticle('A film.', { lang: 'en', ...over });
}

function structured(ratingValue: number, bestRating: number | null, worstRating: number | null): StructuredReview {
  return ratingOnlyReview({ value: ratingValue, best: bestRating, worst: worstRating, text: String(ratingValue) });
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
    // Stars and then the same rating in figures or in words, as user-review sites print them.
    ['★★★★★ 5/5', 100],
    ['★★★☆☆ 3.00 stars', 60],
    ['★★☆☆☆ it was ok', 40],
    ['3/5', 60],
    // A European decimal comma.
    ['2,5/5', 50],
    ['7,5/10', 75],
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
    ['Overall: 8/10', 80],
    ['Rated 4 out of 5', 80],
    ['3 of 4 stars', 75],
    ['B-minus', 67],
    ['B plus', 83],
    ['Score: 85', 85],
    ['Our score: 100', 100],
    ['Rating: ***½', 70],
    ['Rating: *** (out of four)', 75],
    // Other languages' labels and "out of".
    ['Nota: 4 de 5', 80],
    ['Voto: 7/10', 70],
    ['4,0 von 5', 80],
    ['Note : 3,5/5', 70],
    // German test grades, 1 (sehr gut) to 6 (ungenügend).
    ['gut (2,1)', 78],
    ['Testnote: gut (2,1)', 78],
    ['Gesamtnote befriedigend (3,0)', 60],
    ['Note: 1,8', 84],
    ['sehr gut (0,9)', 100],
  ])('%s → %d', (input, want) => {
    expect(parseRating(input)).toBe(want);
  });
});

describe('parseRating rejects what is not a rating', () => {
  test.each([
    ['87'],
    ['2/3 of the film'],
    ['1/17/2008'],
    ['$40'],
    ['1:50'],
    ['1998'],
    ['11/10'],
    ['G'],
    ['PG-13'],
    // Age certificates, not scores: a whole number counts as out of 100 only after "Score".
    ['Rated 18'],
    ['Rating: 15'],
    ['Rated: 12A'],
    // Integers up to 10 after "Score" could be out of 5 or of 10.
    ['Score: 9'],
    // A line of asterisks without a label is a section break.
    ['***'],
    // A row of empty stars: nobody has rated it yet.
    ['☆☆☆☆☆'],
    // A German grade needs its word or its label: a bare decimal is any number.
    ['2,1'],
    ['gut'],
    // Stars beside figures that are no rating: the readers' average and how many gave it.
    ['★★★★☆ 3.87 · 21,004 ratings'],
  ])('%s', (input) => {
    expect(parseRating(input)).toBeNull();
  });
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
    // A user review's own words.
    ["I'm going to give it a 3 out of 10 only because it's based on a book.", 30],
    ['It rates a 3.2/10 from the Fiend.', 32],
    ['4 out of 10, very bizarre.', 40],
    ['Bad acting everywhere. 2/10 - So very very cheesy.', 20],
    ['4/10 is my vote for this one.', 40],
    // A line that is only a letter grade.
    ['B-', 67],
    ['(C+)', 58],
    ['My Name Is Modesty: A Modesty Waste of Time - 4/10', 40],
    ['We give it four stars.', 80],
    ['It earns three and a half stars from me.', 70],
    ['Rating: 3.5 of 5', 70],
    ['Final Score: 87%', 87],
    ['Rating: 7/10 (Good)', 70],
    ['★★★★½ (out of 5)', 90],
    // A user's verdict and what they would do next.
    ['Five stars, would buy again.', 100],
    ['10/10 would watch again', 100],
    ['1/10 would not recommend.', 10],
    ['Four stars only because the lid leaks.', 80],
  ])('%s → %d', (input, want) => {
    expect(findRatingInLine(input)?.score).toBe(want);
  });
});

test('a closing bracket that belongs to the rating is kept in its text', () => {
  expect(findRatingInLine('Rating: **** (out of 4)')?.text).toBe('Rating: **** (out of 4)');
  expect(findRatingInLine('(3 stars)')?.text).toBe('3 stars');
});

describe('findRatingInLine ignores numbers that are not ratings', () => {
  test.each([
    ['I saw it on 1/17/2008 and 2/3 of the film is dull; it runs 1:50 and cost $12.'],
    ['The two stars of the film are great.'],
    ['Tom Hanks stars as Wilson.'],
    ['He got an A. Then a B.'],
    ['He got a B plus. Then a C minus.'],
    ['9 out of 10 dentists agree.'],
    ['After 9/11 the city changed.'],
    ['The Lakers won 102/98 last night.'],
    ["'Mad Money (PG-13)(out of four)"],
    // Ratings of other films, and a rating the writer did not give.
    ['his first films were the wretched dune ( 4/10 ) and the sensational blue velvet ( 8 . 5/10 )'],
    ['I did not think Bats was as bad as others think either (I rated that one a 5/10).'],
    ['I would have given it a 7 out of 10 if the ending worked.'],
    ['Watched 12/7/2002 with 3 out of 10 friends awake.'],
    ["The president's approval rating fell to 4 out of 10 voters."],
    ["The team's score improved to 7/10 this year."],
    ['The director gives its two stars room to breathe.'],
    ['Only some tolerable music kept him from giving it zero stars.'],
    ['Two of five critics liked it.'],
    ['Two stars, Tom Hanks and Meg Ryan, lead the film.'],
    ['One star for the acting, one for the music.'],
    ['Sales rose 87% last year.'],
    // Spec lines that scale a property, not the reviewer's judgement.
    ['Difficulty: 4/5'],
    ['Platform: PC | Difficulty - 4/5 | Price: $24.99'],
    ['Difficulty rating: 4/5'],
    ['Health score: 9/10'],
    ['Spice level: 3 out of 5'],
    ['Players: 1/4'],
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
        signals: pageSignals({ ratingTexts: ['2/5'] }),
      }),
      80,
      'structured-data',
    ],
    [
      'the overall score among sub-scores',
      article({
        signals: pageSignals({ ratingTexts: ['Fun Rating 7', 'Overall Rating 7.9'] }),
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
    [
      "a verdict box's rating above its fact lines",
      article({
        text: [
          'The room.',
          'The starters.',
          'The mains.',
          'The puddings.',
          'The cooking is confident and generous.',
          'Overall: 8/10',
          'Best for: Date nights, small groups',
          "Don't miss: The flatbread and the lamb",
          'Price: Around £60–75 a head with drinks',
          'Address: Unit 4, Ropewalk Quay, Bristol',
        ].join('\n'),
      }),
      80,
      'text',
    ],
  ])('%s', (_name, input, score, origin) => {
    const got = findStatedRating(input);
    expect(got?.score).toBe(score);
    expect(got?.origin).toBe(origin);
  });

  test.each([
    ['Score: 6/10', '6/10'],
    ['Rating: 4 out of 5', '4 out of 5'],
    ['Overall Rating 7.9', 'Overall Rating 7.9'],
    // A listener's box with sub-scores after the overall stars: the overall stars, as printed.
    ['Overall ★★★☆☆ Performance ★★★★★ Story ★★☆☆☆', '★★★☆☆'],
    // A game store's thumbs up, the two-point scale of its kind.
    ['Recommended', 'Recommended'],
    // One star as the icon of a bare figure: stars of five, as a wine app prints its users' ratings.
    ['★ 4.5', '★ 4.5'],
  ])('a rating box "%s" is quoted as "%s"', (box, shown) => {
    expect(findStatedRating(article({ signals: pageSignals({ ratingTexts: [box] }) }))?.text).toBe(shown);
  });

  test.each([
    ["a buyer's guide: the same label down the page with other values", ['Our rating: 4.5/5', 'Our rating: 4/5'], null],
    [
      "a sidebar rating other models beside the review's overall score",
      ['rating 7.8', 'rating 8.6', 'Overall 8/10'],
      80,
    ],
    ['sub-scores under labels of their own: the first is still taken', ['Rating: 4/5', 'Sound 3/5'], 80],
    ["a widget that scales a property is passed over for the reviewer's", ['Difficulty: 4/5', 'Rating: 3/5'], 60],
    ['a property scale alone is no rating', ['Spice level: 5/5', 'Bitterness ●●○○○'], null],
    ['one rating printed twice', ['Rating: 4/5', 'Rating: 4/5'], 80],
  ])('%s', (_name, ratingTexts, score) => {
    expect(findStatedRating(article({ signals: pageSignals({ ratingTexts }) }))?.score ?? null).toBe(score);
  });

  test("a guide's ratings printed in its text are no more the page's rating than its widgets", () => {
    const text = ['The four we would buy.', 'Our rating: 4.5/5', 'Superb.', 'Our rating: 4/5', 'Punchy.'].join('\n');
    expect(findStatedRating(article({ text }))).toBeNull();
  });

  test.each([
    [
      'sub-scores alone: none is the rating of the whole',
      ['Great lamb.', 'Food: 4/5', 'Service: 2/5', 'Value: 5/5'],
      null,
    ],
    ['sub-scores with an overall score: the overall', ['Great lamb.', 'Food: 4/5', 'Service: 2/5', 'Overall: 4/5'], 80],
    [
      'a closing rating above its sub-scores',
      ['Loved it.', 'One.', 'Two.', '10/10', 'Quality: 9/10', 'Fun: 10/10', 'Replay: 8/10'],
      100,
    ],
    [
      'one labelled line is no set of sub-scores',
      ['A fine film.', 'My Name Is Modesty: A Modesty Waste of Time - 4/10'],
      40,
    ],
  ])('%s', (_name, lines, score) => {
    expect(findStatedRating(article({ text: lines.join('\n') }))?.score ?? null).toBe(score);
  });

  test('no rating in the middle of a long text', () => {
    const text = ['One.', 'Two.', 'Three.', 'It rates 4/5 here.', 'Five.', 'Six.', 'Seven.'].join('\n');
    expect(findStatedRating(article({ text }))).toBeNull();
  });
});

test('a rating box with its verdict in words after a dash beats the ratings of other reviews', () => {
  const boxed = article({
    signals: pageSignals({ ratingTexts: ['Overall: 8.5/10 – Highly recommended', '7/10', '6.5/10'] }),
  });
  expect(findStatedRating(boxed)).toMatchObject({ text: '8.5/10', score: 85 });
});

test("the readers' average of a page is not the reviewer's rating", () => {
  const readers = article({
    text: 'The trailer shows the brothers.\nIt opens in November.\nMore news.\nAverage rating 4.2 / 5. Vote count: 318.',
    signals: pageSignals({ ratingTexts: ['4.2 / 5 from 318 readers', 'Leserwertung: ★★★★☆ 4,1 von 5 (37 Stimmen)'] }),
  });
  expect(findStatedRating(readers)).toBeNull();
  const widgetOnly = article({ signals: pageSignals({ ratingTexts: ['4.2 / 5 from 318 readers'] }) });
  expect(findStatedRating(widgetOnly)).toBeNull();
});

test.each([
  ['4.2 / 5 from 318 readers', true],
  // The average and then how many gave it, with nothing between; the count in brackets after the raters.
  ['★★★★☆ 3.87 24,611 ratings', true],
  ['7.6/10 Watchpath users (4,812)', true],
  // A service's clients, with a plus; a catalogue card's stars and their count in brackets.
  ['★★★★★ average from 2,000+ clients across 6,412 quarterly surveys', true],
  ['4.7 (18,452)', true],
  // A count in thousands.
  ['Rated 4.7 out of 5 (8.9K ratings)', true],
  // One writer's rating, and a scale's end.
  ['I give it a 4/10 rating', false],
  ['scored 4/10 ratings-wise', false],
])('isRatersAverage(%j) is %s', (line, want) => {
  expect(isRatersAverage(line)).toBe(want);
});

test('one star as the icon of a bare figure reads the figure: of five up to five, else of ten; only in a widget', () => {
  expect(parseRating('★ 4.5', { labelled: true })).toBe(90);
  expect(parseRating('★ 8.1', { labelled: true })).toBe(81);
  expect(parseRating('★ 4.5')).toBeNull();
});

test('a recommendation is a rating in a widget or after a label, not a closing sentence of prose', () => {
  expect(parseRating('👍 Recommended', { labelled: true })).toBe(100);
  expect(parseRating('Not Recommended', { labelled: true })).toBe(0);
  expect(parseRating('Verdict: Not recommended')).toBe(0);
  expect(parseRating('Not recommended.')).toBeNull();
  const prose = article({ text: 'The plot.\nMore plot.\nIt drags.\nThe end.\nNot recommended.' });
  expect(findStatedRating(prose)).toBeNull();
});

test("a table's bare ratings of several things are not the page's; a closing rating on a scale of its own is", () => {
  const table = [
    'Compare laptops.',
    'Overall score',
    '8.1 / 10',
    '8.0 / 10',
    '6.6 / 10',
    'Energy rating',
    'A',
    'C',
    'B',
  ];
  expect(findStatedRating(article({ text: table.join('\n') }))).toBeNull();
  const card = ['The matches.', 'Opening match', '2/5', 'Title match', '3 1/2 /5', 'Main event', '5/5', '9 1/2 /10'];
  expect(findStatedRating(article({ text: card.join('\n') }))?.score).toBe(95);
});

describe('starScaleOf reads the star scale a page states', () => {
  test.each([
    ["'Mad Money' (PG-13) (out of four) If you want to plunk down", 4],
    ['Our critic gives it three stars out of 4.', 4],
    ['Ratings are out of five stars.', 5],
    ['Films are graded on a four-star scale.', 4],
    ['We rate on a scale of one to ten stars.', 10],
    ['Three out of four critics agree.', undefined],
    ['A four-star hotel with a view.', undefined],
    ['No scale here, 2 stars.', undefined],
  ])('%s → %s', (text, want) => {
    expect(starScaleOf([text])).toBe(want);
  });
});

describe('findStatedRating reads a bare star count on the scale the page states', () => {
  test.each([
    ['no scale stated: out of five', 'Plot.\n2 stars', 40],
    ['"(out of four)" elsewhere in the page', 'Mad Money (out of four)\nPlot.\nMore.\nEnd.\n2 stars', 50],
    ['a legend with stars out of four', 'Plot.\nMore.\nEnd.\n3 1/2 stars\nAll ratings are stars out of 4.', 87.5],
    ['a count above the stated scale falls back to five', 'Ranked out of four stars.\nPlot.\n4 1/2 stars', 90],
  ])('%s', (_name, text, score) => {
    expect(findStatedRating(article({ text }))?.score).toBe(score);
  });
});
