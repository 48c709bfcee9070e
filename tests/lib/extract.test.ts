// The DOM side on the project's own sample pages, with linkedom as the DOM (as the CLI uses it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle, NoArticleError } from '../../lib/extract/article';
import { THOROUGH_READING } from '../../lib/extract/page-ratings';
import { readPageSignals } from '../../lib/extract/signals';
import { findStructuredReview } from '../../lib/extract/structured-data';

const ROOT = resolve(import.meta.dirname, '../..');
const load = (path: string) => parseHTML(readFileSync(resolve(ROOT, path), 'utf8')).document as unknown as Document;

describe('extractArticle', () => {
  test('reads the article, metadata and structured data of a review page', () => {
    const a = extractArticle(load('examples/film-review.html'), 'https://x.example/page');
    expect(a).toMatchObject({
      url: 'https://ledger.example/film/2026/oct/02/the-salt-road-review',
      siteName: 'The Evening Ledger',
      lang: 'en',
      extraction: 'readability',
      structured: { itemName: 'The Salt Road', ratingValue: 4, bestRating: 5, directors: ['Teodora Vance'] },
    });
    expect(a.signals?.documentTitle).toBe(
      '‘The Salt Road’ review: a patient, gorgeous road movie that earns its tears | The Evening Ledger',
    );
    expect(a.text).toContain("Teodora Vance's third feature");
    expect(a.text).not.toContain('Most read');
  });

  test.each([
    // A build tool's class names and no byline markup: the link to the writer's page names them.
    ['<div class="Meta_x9">By <a href="/authors/kai-park">Kai Park</a></div>', 'Kai Park'],
    ['<span>Posted by <a rel="author" href="/u/17">Weinlachgummi</a></span>', 'Weinlachgummi'],
    // A link to every author is no byline; only the first author link counts (later ones are commenters').
    ['<a href="/authors/">Our authors</a><p class="c">Reply from <a href="/author/jo-ray">Jo Ray</a></p>', null],
  ])('the byline from an author link: %s', (head, want) => {
    const prose = '<p>The diving is tense and beautiful, but the combat is clumsy and the story thin. </p>'.repeat(6);
    const html = `<html><head><title>Hollow Tide review</title></head><body><article><h1>Hollow Tide review</h1>${head}${prose}</article></body></html>`;
    const a = extractArticle(parseHTML(html).document as unknown as Document, 'https://x.example/');
    expect(a.byline).toBe(want);
  });

  test('says so when a page has no article', () => {
    expect(() => extractArticle(load('tests/fixtures/pages/empty-page/source.html'), 'https://x.example/')).toThrow(
      NoArticleError,
    );
  });

  test('falls back to the structured review body when Readability finds nothing', () => {
    const body = 'A wonderful, warm film. '.repeat(20);
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'Review',
      reviewBody: body,
      itemReviewed: { '@type': 'Movie', name: 'X' },
    })}</script></head><body><div id="app"></div></body></html>`;
    const a = extractArticle(parseHTML(html).document as unknown as Document, 'https://x.example/');
    expect(a.extraction).toBe('structured-data');
  });
});

describe('findStructuredReview', () => {
  test.each([
    [
      'JSON-LD inside @graph',
      `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"CriticReview","author":{"name":"A. Critic"},"reviewRating":{"ratingValue":"3.5","bestRating":"4"},"itemReviewed":{"@type":"Movie","name":"Dune","actor":[{"name":"X Y"}]}}]}</script>`,
      { type: 'CriticReview', author: 'A. Critic', ratingValue: 3.5, bestRating: 4, itemName: 'Dune', actors: ['X Y'] },
    ],
    [
      'microdata',
      `<div itemscope itemtype="https://schema.org/Review"><span itemprop="author">B. Writer</span><div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Book"><span itemprop="name">The Book</span></div><div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="4"><meta itemprop="bestRating" content="5"></div></div>`,
      { type: 'Review', author: 'B. Writer', ratingValue: 4, bestRating: 5, itemName: 'The Book', itemType: 'Book' },
    ],
    [
      "a studio credited as a game's author is no person",
      `<script type="application/ld+json">{"@type":"Review","reviewRating":{"ratingValue":7,"bestRating":10},"itemReviewed":{"@type":"VideoGame","name":"Ashfall","author":{"@type":"Organization","name":"Quietwater Games"},"director":[{"@type":"Person","name":"Sunniva Okafor"}]}}</script>`,
      { itemName: 'Ashfall', authors: [], directors: ['Sunniva Okafor'] },
    ],
    ['broken JSON-LD is ignored', `<script type="application/ld+json">{"@type": "Review",</script>`, null],
    [
      "a recipe's several customer reviews: the first is marked as one of several",
      `<script type="application/ld+json">{"@type":"Recipe","name":"Porridge","review":[{"@type":"Review","author":{"name":"oatfan22"},"reviewRating":{"ratingValue":5}},{"@type":"Review","author":{"name":"macksy"},"reviewRating":{"ratingValue":2}}]}</script>`,
      { itemName: 'Porridge', itemType: 'Recipe', ratingValue: 5, oneOfSeveral: true },
    ],
    [
      "a film page's one review is its own",
      `<script type="application/ld+json">{"@type":"Movie","name":"Dune","review":{"@type":"Review","author":{"name":"A. Critic"},"reviewRating":{"ratingValue":4}}}</script>`,
      { itemName: 'Dune', author: 'A. Critic', ratingValue: 4 },
    ],
    [
      'several microdata reviews: the first is marked as one of several',
      `<div itemscope itemtype="https://schema.org/Review"><span itemprop="author">C. One</span></div><div itemscope itemtype="https://schema.org/Review"><span itemprop="author">D. Two</span></div>`,
      { author: 'C. One', oneOfSeveral: true },
    ],
  ])('%s', (_name, html, want) => {
    const doc = parseHTML(`<html><head></head><body>${html}</body></html>`).document as unknown as Document;
    const got = findStructuredReview(doc);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
    // Only a review among several is marked; a page's own review never is.
    if (want && !('oneOfSeveral' in want)) expect(got?.oneOfSeveral).toBeUndefined();
  });
});

describe('title', () => {
  test.each([
    ['Iron Harvest 3 is loud and long — Northside Weekly', 'Northside Weekly', 'Iron Harvest 3 is loud and long'],
    ['Review: Iron Harvest 3 | Northside Weekly', 'Northside Weekly', 'Review: Iron Harvest 3'],
    ['Northside Weekly', 'Northside Weekly', 'Northside Weekly'],
    ['A (fine) film - Site.com', 'Site.com', 'A (fine) film'],
  ])('%s', (docTitle, site, want) => {
    const body = '<p>The film is a fine, warm and funny drama that is worth seeing this year for sure. </p>'.repeat(6);
    const html = `<html><head><title>${docTitle}</title><meta property="og:site_name" content="${site}"></head><body><article>${body}</article></body></html>`;
    expect(extractArticle(parseHTML(html).document as unknown as Document, 'https://x.example/').title).toBe(want);
  });
});

describe('title: a name holding a colon', () => {
  const body = '<p>The film is a fine, warm and funny drama that is worth seeing this year for sure. </p>'.repeat(6);
  const titleOf = (docTitle: string, h1: string) =>
    extractArticle(
      parseHTML(
        `<html><head><title>${docTitle}</title></head><body><h1>${h1}</h1><article>${body}</article></body></html>`,
      ).document as unknown as Document,
      'https://x.example/',
    ).title;

  test.each([
    ['Dune: Part Two review – a staggering sequel – Film Weekly', 'Dune: Part Two review – a staggering sequel'],
    ['Penny Plan: Budget Tracker – App Store', 'Penny Plan: Budget Tracker'],
  ])('the headline that opens the document title keeps its colon: %s', (docTitle, h1) => {
    expect(titleOf(docTitle, h1)).toBe(h1);
  });

  test('a "Site: Article" title with a headline of its own is still cut as before', () => {
    expect(titleOf('Northside Weekly: Iron Harvest 3 is loud and long', 'Northside Weekly')).toBe(
      'Iron Harvest 3 is loud and long',
    );
  });
});

describe('readPageSignals: ratings printed as pictures', () => {
  const ratingTextsOf = (body: string) =>
    readPageSignals(
      parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document,
      'https://x.example/',
      THOROUGH_READING,
    ).ratingTexts;

  test.each([
    [
      'a row of star icons with an empty one',
      '<p><img src="/i/star-on.png" alt="star"><img src="/i/star-on.png" alt="star"><img src="/i/star-off.png" alt="star"></p>',
      '2 stars out of 3',
    ],
    [
      'a row of star icons and a half',
      '<p><img src="star.gif" alt="star"><img src="star.gif" alt="star"><img src="star-half.gif" alt="half star"></p>',
      '★★½',
    ],
    ['a lone image named for a rating out of 10', '<img src="http://x.example/images/rating6.gif" alt="">', '6/10'],
    ['a lone image named for a star count', '<img src="/img/4stars.gif">', '4 stars'],
    ['a half star in the file name', '<img src="/img/stars_3_5.png?v=2" alt="">', '3.5 stars'],
    ['a widget keeping its value in a data attribute', '<div class="rating-stars" data-rating="4"></div>', '4 stars'],
    ['a ten-point data value', '<span class="score" data-score="7.5"></span>', '7.5/10'],
    [
      'a star row drawn as a filled bar',
      '<div class="star-rating"><span class="fill" style="color: gold; width: 90%"></span></div>',
      '4.5 stars out of 5',
    ],
    [
      'star icons named in another language, the empty one too',
      '<p><img src="/img/ster-vol.svg" alt="ster"><img src="/img/ster-vol.svg" alt="ster"><img src="/img/ster-vol.svg" alt="ster"><img src="/img/ster-leeg.svg" alt="lege ster"></p>',
      '3 stars out of 4',
    ],
    ['a rating box named in Italian', '<div class="voto-recensione">Voto: 7/10</div>', 'Voto: 7/10'],
    [
      "a games site's score box: the figure out of ten, then its word",
      '<div class="verdict"><div class="score"><span class="n">6</span><span class="d">Decent</span></div><div class="pc"><b>THE GOOD</b></div></div>',
      '6/10',
    ],
    [
      'a grade card whose label, letter and title run together',
      '<div class="grade-card"><div class="lbl">Parallax Grade</div><div class="g">C-</div><div class="t">Ironside Junction</div></div>',
      'C-',
    ],
    [
      'a verdict box that leads with its rating before its pros and cons',
      '<div class="score"><div class="num">4/10</div><div><b>THE VERDICT</b><ul><li><b>Good:</b> the lead; the chapel scenes; that synth score</li><li><b>Bad:</b> the script</li></ul></div></div>',
      '4/10',
    ],
    [
      'a glyph row clipped to its share over a grey row',
      '<span class="stars-bg">★★★★★<span class="stars-fill" style="width:80%">★★★★★</span></span>',
      '4 stars out of 5',
    ],
    [
      'one glyph repeated, the empty stars greyed by an inline colour',
      '<span class="stars">★★★★<span style="color:#ccc">★</span></span>',
      '★★★★☆',
    ],
  ])('%s', (_, body, want) => {
    expect(ratingTextsOf(body)).toContain(want);
  });

  test('one image per star with its glyph as alt text reads as the whole row, first', () => {
    const body =
      '<p class="stars"><img src="/s/full.svg" alt="★"><img src="/s/full.svg" alt="★"><img src="/s/full.svg" alt="★"><img src="/s/empty.svg" alt="☆"></p>';
    expect(ratingTextsOf(body)[0]).toBe('★★★☆');
    // Before, the first star's "★" came first and the review read as one star.
    expect(ratingTextsOf(body)).not.toContain('★');
  });

  test.each([
    ['an image with a label is read by its label, not its file name', '<img src="rating6.gif" alt="Site logo">'],
    ['a retina suffix is not a rating', '<img src="/img/rating-icon@2x.png" alt="">'],
    ['a number beyond 10 is not a rating', '<img src="/img/rating75.png" alt="">'],
    ['a bar that is no star row', '<div class="progress-rating-bar"><span style="width: 80%"></span></div>'],
    [
      'stars where readers rate the article',
      '<div class="stars" role="radiogroup" aria-label="Rate this article"><span>★</span><span>★</span><span>☆</span></div>',
    ],
    ['a star input labelled for the reader', '<span class="rating" aria-label="Your rating: 3 stars">★★★☆☆</span>'],
    [
      "a box of scores that leads with the users' average",
      '<div class="scores"><div class="score"><b>7.6/10</b>Watchpath users (4,812)</div><div class="score"><b>82%</b>Critics (ScreenTally)</div><div>#214 Popularity this week</div></div>',
    ],
    [
      "stars whose line, across its blocks, counts a service's clients",
      '<div><div class="stars" aria-label="4.9 out of 5 stars">★★★★★</div><div class="txt">average from <strong>2,000+ clients</strong><br>across 6,412 quarterly surveys</div></div>',
    ],
    [
      "a comparison table's row of ratings, one per product",
      '<table><tr><th>Customer rating</th><td><span class="stars" aria-label="4.5 out of 5 stars">★★★★⯪</span></td><td><span class="stars" aria-label="4.2 out of 5 stars">★★★★☆</span></td><td><span class="stars" aria-label="3.8 out of 5 stars">★★★★☆</span></td></tr></table>',
    ],
    [
      "a star row on the line of the readers' average",
      '<div class="avg"><span class="staticStars">★★★★☆</span> 3.87 · 21,004 ratings · 2,311 reviews</div>',
    ],
  ])('%s', (_, body) => {
    expect(ratingTextsOf(body)).toEqual([]);
  });

  test("the stars readers click to rate a story are no part of the article's text", () => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, i) => `<p>The trailer shows the ranch and the river, part ${i}.</p>`,
    );
    const html = `<html><body><article><h1>Trailer</h1>${paragraphs.join('')}<p>Rate this article</p><div class="stars" role="radiogroup" aria-label="Rate this article"><span>★</span><span>★</span><span>★</span><span>★</span><span>☆</span></div></article></body></html>`;
    const article = extractArticle(parseHTML(html).document as unknown as Document, 'https://news.example/trailer');
    expect(article.text).not.toContain('★');
  });
});

describe("readPageSignals: other pages' ratings", () => {
  const ratingTextsAt = (url: string, body: string) =>
    readPageSignals(
      parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document,
      url,
      THOROUGH_READING,
    ).ratingTexts;
  const page = 'https://mag.example/reviews/the-salt-orchards';
  const own = '<h1>The Salt Orchards</h1><div class="voto-recensione">Voto: 7/10</div>';

  test.each([
    [
      'a rail of other reviews, each a title link beside its rating',
      '<ul><li><a href="/reviews/sale">«Sale» di Irma Lodi</a><span class="voto-mini">Voto: 5/10</span></li></ul>',
    ],
    [
      'a "now showing" card of another film, its stars in a box beside the title link',
      '<div class="film-mini"><a href="https://mag.example/films/le-dernier-phare">Le Dernier Phare</a><div><span class="stars" aria-label="Presse : 3,9 sur 5"></span></div></div>',
    ],
    [
      'a teaser whose score is a link to the other review',
      '<li><a href="/reviews/ufc" class="title">UFC review: losing ground</a><a href="/reviews/ufc"><em class="score">5.0</em></a></li>',
    ],
  ])("%s is not read; the page's own rating still is", (_, rail) => {
    const texts = ratingTextsAt(page, `${own}<aside>${rail}</aside>`);
    expect(texts).toEqual(['Voto: 7/10']);
  });

  test.each([
    [
      "a rail card that links to this very page (the site's latest reviews list this one)",
      '<li><a href="/reviews/the-salt-orchards">The Salt Orchards</a><span class="score">9.0</span></li>',
      '9.0',
    ],
    [
      "the reviewer's stars beside a link to the site's key to its stars",
      '<p>Release date: 11 January 2008 <a href="/stars.htm"><img src="/4stars.gif" alt="4 stars"></a></p>',
      '4 stars',
    ],
    [
      "the reviewer's stars beside the byline's link",
      '<p class="byline">By <a href="/people/jane-doe">Jane Doe</a> <span class="rating">★★★★☆</span></p>',
      '★★★★☆',
    ],
    [
      'a verdict box with a shop link to another site',
      '<div class="verdict"><span class="score">Score: 8/10</span> <a href="https://shop.example/buy/123">Buy it here</a></div>',
      'Score: 8/10',
    ],
  ])('%s is read', (_, body, want) => {
    expect(ratingTextsAt(page, body)).toContain(want);
  });
});

describe('readPageSignals: signs of many reviews', () => {
  const signalsOf = (head: string, body: string) =>
    readPageSignals(
      parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document,
      'https://shop.example/p/1',
    );
  const block = (n: number) =>
    Array.from({ length: n }, (_, i) => `<div class="review-item"><p>Review ${i}: works well.</p></div>`).join('');

  test.each<[string, string, string, number, number]>([
    ['a plain article', '', '<p>The council met on Tuesday.</p>', 0, 0],
    ['a printed counter', '', '<span>1,234 global ratings</span>', 1234, 0],
    ['a German counter', '', '<span>87 Bewertungen</span>', 87, 0],
    ['repeated review blocks', '', block(6), 0, 6],
    [
      'AggregateRating and Product.review[] in JSON-LD',
      '<script type="application/ld+json">{"@type":"Product","aggregateRating":{"@type":"AggregateRating","ratingValue":4.2,"reviewCount":"57"},"review":[{"@type":"Review"},{"@type":"Review"},{"@type":"Review"}]}</script>',
      '',
      57,
      3,
    ],
  ])('%s', (_name, head, body, count, blocks) => {
    const s = signalsOf(head, body);
    expect(s.reviewCount).toBe(count);
    expect(s.reviewBlocks).toBe(blocks);
  });

  test('a number of reviews inside a sentence about something else is no counter', () => {
    expect(signalsOf('', '<p>She wrote reviews of 5 films.</p>').reviewCount).toBe(0);
  });
});

describe('a page nested thousands of levels deep', () => {
  // Readability's time grows with the square of the depth (seconds at 2,000 levels on linkedom, a stack overflow
  // deeper): such a page skips it for the cheaper paths instead of freezing the tab.
  const deepPage = (levels: number, inner: string) =>
    parseHTML(`<html><body>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}</body></html>`)
      .document as unknown as Document;
  const prose = `<p>${'A sentence of a review with enough words in it to count as article text. '.repeat(8)}</p>`;

  test('an <article> inside is still read, without Readability', () => {
    const article = extractArticle(deepPage(3000, `<article>${prose}</article>`), 'https://deep.example/');
    expect(article.extraction).toBe('largest-article');
    expect(article.text).toContain('A sentence of a review');
  });

  test('with no article element it answers "no article"', () => {
    expect(() => extractArticle(deepPage(3000, prose), 'https://deep.example/')).toThrow(NoArticleError);
  });

  test('ordinary nesting still goes through Readability', () => {
    expect(extractArticle(deepPage(50, prose), 'https://deep.example/').extraction).toBe('readability');
  });
});
