import { describe, expect, test } from 'vitest';
import { guessKind } from '../../lib/detect/kind';
import { readPageCues } from '../../lib/detect/page-cues';
import { detectReview, markedForeignReview, ratingCue, scoreReview } from '../../lib/detect/review';
import { readTextCues } from '../../lib/detect/text-cues';
import { articleFromText } from '../../lib/extract/article';
import { verdictLine } from '../../lib/format';
import { summarise } from '../../lib/pipeline';
import { type Article, type PageSignals, ratingOnlyReview } from '../../lib/schema';
import { pageSignals } from './builders';

const REVIEW_TEXT = [
  'Mad Money (PG-13) Three stars out of four',
  'If you want an hour and a half of enjoyable, freewheeling fun, this film just might be your ticket.',
  'Diane Keaton is superb, and the script is clever, even if the plot is predictable and the pacing uneven.',
  'I laughed more than I expected. The performances carry it; the direction is competent but flat.',
  'It is a lightweight caper, but a charming one, and the cast is clearly having a great time.',
  'The ending is silly, yet the film is never boring. Fans of heist comedies will find it worth the ticket.',
].join('\n');

const NEWS_TEXT = [
  'Officials said on Tuesday that the council had approved the budget after a long debate.',
  'The mayor told reporters the plan would cut spending by 4 percent, according to a statement.',
  'A spokesman said the vote was 7 to 2 and that the measure would take effect in July.',
  'Opponents said the cuts would hurt libraries; the council announced public hearings next month.',
  'The budget, which was reported last week, includes funds for roads, parks and police.',
  'Residents can read the plan online, the city said.',
].join('\n');

/** Prose about films with some praise but no rating or credits box: a list entry, an interview answer. */
const FEATURE_TEXT = [
  'The scene in the diner is the one everybody remembers from this year, and for good reason.',
  'The director shot it in a single take over two nights, with the cast improvising much of the dialogue.',
  'It is a great moment in a film that was released in only a handful of theaters in the spring.',
  'The actress, who grew up near the location, says she still gets letters from fans about it.',
  'Next on the list is a chase through a market, which took the crew three weeks to prepare.',
  'The studio plans a wider release on streaming services later this year.',
].join('\n');

const RECIPE_TEXT = [
  'Heat the oil in a large pan over a medium heat and add the onions.',
  'Stir in the garlic, ginger and spices and cook for two minutes, then add the tomatoes.',
  'Simmer for 20 minutes until the sauce thickens. Season with salt and pepper.',
  'Add the chickpeas and spinach and cook until the spinach wilts.',
  'Serve with rice or warm flatbread. Serves four. Preparation time 15 minutes, cooking time 30 minutes.',
].join('\n');

function detect(article: Article) {
  return detectReview({ article, statedRating: false, languageSupported: true });
}

function page(signals: Partial<PageSignals>, text: string, title = ''): Article {
  return {
    ...articleFromText(text),
    title,
    signals: pageSignals({ ogType: 'article', headline: title, hasByline: true, ...signals }),
  };
}

describe('detectReview: plain text', () => {
  test.each([
    ['a whole film review', REVIEW_TEXT, true],
    ['a news report', NEWS_TEXT, false],
  ])('%s → isReview %s', (_name, text, want) => {
    expect(detect(articleFromText(text)).isReview).toBe(want);
  });
});

describe('detectReview: pages', () => {
  test.each<[string, Partial<PageSignals>, string, boolean]>([
    ['review headline', { headline: "Review: 'Mad Money' cashes in on cast" }, REVIEW_TEXT, true],
    ['review URL', { urlPath: '/reviews/albums/some-album/' }, REVIEW_TEXT, true],
    [
      'shop page with Review markup',
      { schemaTypes: ['Product', 'AggregateRating', 'Offer', 'Review'] },
      REVIEW_TEXT,
      false,
    ],
    ['recipe with ratings', { schemaTypes: ['Recipe', 'AggregateRating'] }, RECIPE_TEXT, false],
    [
      'fact-check with a rating',
      { schemaTypes: ['ClaimReview'], headline: 'Fact Check: Is it true?' },
      NEWS_TEXT,
      false,
    ],
    ['news about awards', { headline: "'Atonement' up for British film awards" }, NEWS_TEXT, false],
    ['best-of list', { headline: 'The best film scenes of 2014' }, FEATURE_TEXT, false],
    ['interview', { headline: 'Interview: the director talks about her new film' }, FEATURE_TEXT, false],
    ['a feature with no cues at all', {}, FEATURE_TEXT, false],
  ])('%s → isReview %s', (_name, signals, text, want) => {
    expect(detect(page(signals, text, signals.headline ?? '')).isReview).toBe(want);
  });

  test('confidence rises with the evidence', () => {
    const weak = detect(page({}, REVIEW_TEXT)).confidence;
    const strong = detect(page({ headline: 'Mad Money review' }, REVIEW_TEXT, 'Mad Money review'));
    expect(strong.confidence).toBeGreaterThan(weak);
  });

  test('a recipe page is no review and no list, however its readers rate it and whatever its words', () => {
    const rated = (text: string, rating: number) => ({ text, rating, best: 5 });
    const recipe = {
      ...page({ schemaTypes: ['Recipe', 'AggregateRating'], ratingTexts: ['4.7 out of 5'] }, REVIEW_TEXT),
      listedReviews: {
        items: [rated('Made this twice, lovely and smoky.', 5), rated('A bit thick; added more stock.', 4)],
        aggregate: null,
        unread: 0,
      },
    } as Article;
    expect(detectReview({ article: recipe, statedRating: true, languageSupported: true }).isReview).toBe(false);
    const summary = summarise(recipe);
    expect(summary.isReview).toBe(false);
    expect(summary.reviewList).toBeNull();
  });
});

describe('kind', () => {
  test.each<[Partial<PageSignals>, string, string]>([
    [{ urlPath: '/movies/reviews/x/' }, REVIEW_TEXT, 'film'],
    [{ urlPath: '/games/x-review/' }, REVIEW_TEXT, 'game'],
    [{ urlPath: '/tv/x-review/' }, REVIEW_TEXT, 'tv'],
    // A podcast is none of the kinds, though its review speaks of episodes and series.
    [{ urlPath: '/reviews/podcasts/x-review' }, 'The series runs to eight episodes and the hosts are warm.', 'other'],
    [{}, REVIEW_TEXT, 'film'],
    [{}, 'The album opens with a slow song. The band, the singer and every track shine; the vocals soar.', 'album'],
  ])('%j → %s', (signals, text, want) => {
    expect(detect(page(signals, text)).kind).toBe(want);
  });

  test.each([
    ['Book review: The Lantern Keeper', 'book'],
    ['Harbour Lights – Salt and Static: album review', 'album'],
    ['Theatre review: The Seagull at the Old Vic', 'theatre'],
  ])('a headline that names the kind: %s → %s', (title, want) => {
    const text = 'It is a wonderful piece of work, warm and funny, and I loved every minute of it.';
    expect(detect({ ...page({}, text), title } as Article).kind).toBe(want);
  });

  test('a theatre review whose address and headline name no kind is told from a film review by its words', () => {
    const text =
      'The director keeps the cast moving, and the revival earns its place at the playhouse. Hattie Brennan is superb; by the interval the theatre was on its feet.';
    expect(detect({ ...page({}, text), title: 'The Salt Accounts – a briny family saga' } as Article).kind).toBe(
      'theatre',
    );
  });

  test("a list's own reviews tell its kind where the page around them does not; with no telling words, a product", () => {
    const reviews = [
      'A ravishing film, and the director never puts a foot wrong.',
      'The cast is superb and the screenplay sharp.',
      'One of the best films of the year; see it on the big screen.',
    ];
    const list = (texts: string[]) =>
      ({
        ...page({}, 'Critic reviews'),
        title: 'The Salt Road: critic reviews',
        listedReviews: { items: texts.map((text) => ({ text, rating: null, best: null })), aggregate: null, unread: 0 },
      }) as Article;
    expect(guessKind(list(reviews), 'list')).toBe('film');
    expect(guessKind(list(['Great, works well.', 'Arrived late but fine.']), 'list')).toBe('product');
  });

  test('structured itemReviewed type wins', () => {
    const a = { ...page({}, REVIEW_TEXT), structured: { itemType: 'VideoGame' } } as unknown as Article;
    expect(detect(a).kind).toBe('game');
  });
});

describe('readPageCues', () => {
  test.each<[Partial<PageSignals>, string, boolean]>([
    [{ headline: 'Star Wars Jedi: Fallen Order review – shoots for the moon' }, 'reviewHeadline', true],
    [{ headline: 'Apple Vision Pro hands-on: the Retina moment' }, 'reviewHeadline', true],
    [{ headline: 'Beef Maker von Aldi im Test' }, 'reviewHeadline', true],
    [{ headline: 'Fed lifts rates' }, 'reviewHeadline', false],
    [{ urlPath: '/2019/11/20/star-wars-jedi-fallen-order-pc-review/' }, 'reviewUrl', true],
    [{ urlPath: '/news/814222/ryan-gosling/' }, 'notReviewUrl', true],
    [{ headline: '7 Disney Channel Original Movies That You Need to See' }, 'notReviewHeadline', true],
    [{ headline: '15 Helpful Tips to Overcome Binge Eating' }, 'notReviewHeadline', true],
    [{ headline: 'Winslet could replace Kidman' }, 'notReviewHeadline', true],
    [{ headline: 'Holiday deals on headphones' }, 'notReviewHeadline', true],
    [{ headline: 'Teodora Vance talks about The Salt Road' }, 'notReviewHeadline', true],
    // The idiom "a great deal", and "Talk" naming a site or a show, are no deal post and no interview.
    [{ headline: 'A great deal of comfort' }, 'notReviewHeadline', false],
    [{ headline: 'Screen Talk Review: The Salt Road' }, 'notReviewHeadline', false],
    [{ schemaTypes: ['NewsArticle', 'AggregateRating'] }, 'commerce', false],
    [{ schemaTypes: ['Product', 'Offer'] }, 'commerce', true],
    [{ ogType: 'product' }, 'commerce', true],
    [{ schemaTypes: ['CriticReview'] }, 'reviewMarkup', true],
    [
      { documentTitle: 'A taqueria goes beyond the familiar | Restaurant reviews | Springfield | The Ledger' },
      'reviewSection',
      true,
    ],
    [{ documentTitle: 'The Salt Road – Film Reviews – The Ledger' }, 'reviewSection', true],
    // A hub page's own title, a publication named "… Review", a site named last: not a reviews section.
    [{ documentTitle: 'Restaurant reviews | The Ledger' }, 'reviewSection', false],
    [{ documentTitle: 'How to lead a remote team | Harvard Business Review | Home' }, 'reviewSection', false],
    [{ documentTitle: 'An essay on Proust | The New York Review of Books' }, 'reviewSection', false],
    [{ documentTitle: 'Best pizza in town | Reviews' }, 'reviewSection', false],
    // The title's end naming the kind of review the page is; a publication named "… Review" has no kind word.
    [{ documentTitle: 'The Salt Road (2026): Teodora Vance - The Ledger Film Review' }, 'reviewSection', true],
    [{ documentTitle: 'Night Songs | Album Review' }, 'reviewSection', true],
    [{ documentTitle: 'Letters to the editor | National Review' }, 'reviewSection', false],
    [{ documentTitle: 'The Film Review' }, 'reviewSection', false],
    // A section label printed above the headline or in the breadcrumbs (lib/extract/section-labels.ts).
    [{ sectionLabels: ['Live Review'] }, 'reviewSection', true],
    [{ sectionLabels: ['Music', 'Reviews'] }, 'reviewSection', true],
    [{ sectionLabels: ['Aktuell', 'Rezension', 'Sachbuch'] }, 'reviewSection', true],
    [{ sectionLabels: ['News', 'Music'] }, 'reviewSection', false],
    [{ sectionLabels: ['The New York Review of Books'] }, 'reviewSection', false],
  ])('%j → %s %s', (signals, cue, want) => {
    const cues = readPageCues(pageSignals(signals));
    expect(cues[cue as keyof typeof cues]).toBe(want);
  });
});

describe('readTextCues', () => {
  test.each([
    ['Rating: 3 1/2 out of 4 stars. Rated: PG-13.', true],
    ['‘27 Dresses’ | 2 stars', true],
    ['Taste 8.5/10, texture 8/10', true],
    ['★★★½', true],
    ['The council met on Tuesday to discuss 3 proposals.', false],
  ])('%s → rating near edge %s', (text, want) => {
    expect(readTextCues(text).ratingNearEdge).toBe(want);
  });

  test('counts distinct info-box labels', () => {
    expect(readTextCues('Director: A. Piddington\nCast: J. Ball, T. McMahon\nRated: N/A\n').infoBoxLabels).toBe(3);
  });

  test('reads labels with a space before the colon, as the same labels', () => {
    expect(readTextCues('Director : A. Piddington\nCast : J. Ball\nDirector: A. Piddington\n').infoBoxLabels).toBe(2);
  });
});

describe('form and other languages', () => {
  const lines = (lang: 'en' | 'de') =>
    lang === 'en'
      ? [
          'Great kettle. It boils fast and the handle stays cool. I would buy it again.',
          'Stopped working after a month, very disappointed.',
          'Does the job, a bit noisy.',
        ]
      : [
          'Toller Wasserkocher. Er kocht schnell und der Griff bleibt kühl.',
          'Nach einem Monat kaputt, sehr enttäuscht.',
          'Erfüllt seinen Zweck, etwas laut.',
        ];
  // As the extractor gives a shop page: its cues, the reviews' text, and the reviews the list finder read.
  const shop = (lang: 'en' | 'de'): Article => ({
    ...page(
      {
        ogType: 'product',
        schemaTypes: ['Product', 'Offer', 'AggregateRating'],
        reviewCount: 87,
        reviewBlocks: 8,
        ratingTexts: [lang === 'en' ? '4.5 out of 5 stars' : '4,5 von 5 Sternen'],
        urlPath: '/dp/b000123/',
      },
      lines(lang).join('\n'),
    ),
    lang,
    listedReviews: {
      items: lines(lang).map((text, i) => ({ text, rating: [5, 1, 3][i] ?? null, best: 5 })),
      aggregate: null,
      unread: 0,
    },
  });

  test('a shop page with many customer reviews and their printed ratings is a review list of a product', () => {
    const guess = detectReview({ article: shop('en'), statedRating: true, languageSupported: true });
    expect(guess).toMatchObject({ isReview: true, form: 'list', kind: 'product' });
  });

  test('in another language the page cues alone decide (no text score)', () => {
    const guess = detectReview({ article: shop('de'), statedRating: true, languageSupported: false });
    expect(guess).toMatchObject({ isReview: true, form: 'list' });
  });

  // The class: shop pages in a language the text model cannot read, whose customer reviews each show a rating.
  test.each([
    [2, true],
    [1, false],
    [0, false],
  ])('a shop page in another language listing %i rated customer reviews is marked a review: %s', (rated, want) => {
    const items = [
      { text: 'Toller Wasserkocher, kocht schnell und leise.', rating: 5, best: 5 },
      { text: 'Nach einem Monat kaputt, sehr enttäuscht.', rating: 1, best: 5 },
    ].map((item, i) => (i < rated ? item : { ...item, rating: null, best: null }));
    const article: Article = {
      ...page({ ogType: 'product', schemaTypes: ['Product', 'Offer'], urlPath: '/dp/b000123/' }, 'Wasserkocher 1,7 l'),
      lang: 'de',
      listedReviews: { items, aggregate: null, unread: 0 },
    };
    const features = scoreReview({ article, statedRating: false, languageSupported: false }).features;
    expect(features?.commerce).toBe(1);
    expect(features && markedForeignReview(features, article.listedReviews)).toBe(want);
  });

  test('a single critic review is single', () => {
    expect(detect(page({ headline: 'Mad Money review' }, REVIEW_TEXT, 'Mad Money review')).form).toBe('single');
  });
});

describe('summarise: a review in another language', () => {
  const GERMAN = [
    'Der Film erzählt die Geschichte einer Familie, die nach dem Krieg in ein kleines Dorf zurückkehrt.',
    'Die Schauspieler sind hervorragend, und die Kamera findet immer wieder starke Bilder für die Stille.',
    'Leider verliert die zweite Hälfte an Spannung, und das Ende wirkt etwas zu glatt.',
    'Trotzdem ist es ein sehenswerter Film, der lange nachwirkt und seine Figuren ernst nimmt.',
  ].join('\n');
  const article: Article = {
    ...page({ schemaTypes: ['Review', 'Movie'], headline: 'Heimkehr' }, GERMAN, 'Heimkehr'),
    lang: 'de',
    structured: ratingOnlyReview(
      { value: 4, best: 5, worst: 1, text: '4/5' },
      { itemName: 'Heimkehr', itemType: 'Movie' },
    ),
  };

  test('is a review with its stated rating, no English verdict and no quotes', () => {
    const s = summarise(article);
    expect(s.language.supported).toBe(false);
    expect(s.isReview).toBe(true);
    expect(s.review.kind).toBe('film');
    expect(s.verdict.basis).toBe('stated');
    expect(s.verdict.stated?.text).toBe('4/5');
    expect(s.quotes).toEqual([]);
  });

  test('without a printed rating it has no verdict at all (basis "none"), never an English guess', () => {
    const s = summarise({ ...article, structured: null });
    expect(s.isReview).toBe(true);
    expect(s.verdict).toMatchObject({ basis: 'none', stated: null, confidence: 0, why: [], aspects: [] });
    expect(verdictLine(s)).toBe('In German: not read (Review Lens reads English reviews only)');
  });
});

describe("a page's several customer reviews in its markup", () => {
  const TEXT = [
    'Warm the oats in the milk with a pinch of salt, stirring now and then.',
    'Grate the apple, add the linseed and a spoon of vanilla sugar, and serve at once.',
  ].join('\n');
  const article = (oneOfSeveral: boolean): Article => ({
    ...page({ schemaTypes: ['Recipe', 'Review'], headline: 'Vanilla porridge' }, TEXT, 'Vanilla porridge'),
    structured: {
      ...ratingOnlyReview({ value: 5, best: 5, worst: 1, text: '5/5' }, { author: 'oatfan22', itemName: 'Porridge' }),
      oneOfSeveral,
    },
  });

  test("the first customer's stars and name are not shown as the reviewer's", () => {
    const s = summarise(article(true));
    expect(s.verdict.stated).toBeNull();
    expect(s.source.reviewer).toBeNull();
    const own = summarise(article(false));
    expect(own.verdict.stated?.text).toBe('5/5');
    expect(own.source.reviewer).toBe('oatfan22');
  });

  test('the page model still reads the marked-up rating as the cue it learned', () => {
    const verdict = { stated: null };
    expect(ratingCue(article(true), verdict)).toBe(true);
    expect(ratingCue({ ...article(true), structured: null }, verdict)).toBe(false);
  });
});
