// The review-list finder and summary on small hand-made pages in several markups (tests/fixtures/lists).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../lib/extract/article';
import { classStarRow } from '../../lib/extract/drawn-rating';
import { findListedReviews } from '../../lib/extract/review-list';
import { parseItemRating } from '../../lib/extract/review-list/rating';
import { readsAsList, summarise } from '../../lib/pipeline';
import type { ListedReviews } from '../../lib/schema';
import { MAX_SUMMARISED_REVIEWS, summariseReviewList } from '../../lib/summarise/review-list';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/lists');
const load = (name: string) => parseHTML(readFileSync(resolve(FIXTURES, name), 'utf8')).document as unknown as Document;

describe('findListedReviews', () => {
  test.each([
    { page: 'jsonld-product.html', ratings: [5, 4, 2], best: 5, aggregate: 3.67 },
    { page: 'amazon-like.html', ratings: [5, 2, 1, 4], best: 5, aggregate: null },
    { page: 'microdata-ten-point.html', ratings: [9, 3, 7], best: 10, aggregate: null },
    { page: 'glyph-stars.html', ratings: [5, 2, 4.5], best: 5, aggregate: null },
    { page: 'recommended.html', ratings: [1, 0, 1], best: 1, aggregate: null },
    { page: 'text-only.html', ratings: [null, null, null], best: null, aggregate: null },
    { page: 'duplicated.html', ratings: [5, 1], best: 5, aggregate: null },
    { page: 'other-countries.html', ratings: [5, 4, 4, 2], best: 5, aggregate: null },
    { page: 'duplicated-score-line.html', ratings: [8, 4, 7], best: 10, aggregate: null },
    { page: 'multi-language.html', ratings: [5, 2, null, 4], best: 5, aggregate: null },
  ])('$page: finds each review once with its rating', ({ page, ratings, best, aggregate }) => {
    const listed = findListedReviews(load(page));
    expect(listed?.items.map((i) => i.rating)).toEqual(ratings);
    for (const item of listed?.items ?? []) if (item.rating !== null) expect(item.best).toBe(best);
    expect(listed?.aggregate?.value ?? null).toBe(aggregate);
  });

  test.each([
    {
      markup: 'a data attribute',
      widget: (n: number) => `<div class="review-stars" data-rating="${n}"></div>`,
    },
    {
      markup: 'a star row drawn as a filled bar',
      widget: (n: number) => `<div class="stars"><span class="stars__fill" style="width: ${n * 20}%"></span></div>`,
    },
  ])('ratings drawn with $markup are read for each review', ({ widget }) => {
    const review = (n: number, text: string) =>
      `<li class="review">${widget(n)}<p class="name">Reader ${n}</p><p>${text}</p></li>`;
    const html = `<html><head><title>Acme kettle: customer reviews</title></head><body><h2>Customer reviews</h2><ul class="reviews">${[
      review(5, 'Boils fast and looks lovely on the counter, very happy with it.'),
      review(2, 'The lid broke after a month and the handle gets far too hot.'),
      review(4, 'Quiet and quick, though the cable is a little short for my kitchen.'),
    ].join('')}</ul></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((i) => [i.rating, i.best])).toEqual([
      [5, 5],
      [2, 5],
      [4, 5],
    ]);
  });

  test.each([
    { scores: [90, 80, 60, 100, 40], best: 100 },
    { scores: [8.5, 6, 9], best: 10 },
    { scores: [4, 2, 5], best: 5 },
  ])('bare scores in score elements ($scores) are read on the scale the group fits', ({ scores, best }) => {
    const review = (n: number, i: number) =>
      `<div class="critic-review"><div class="review-score">${n}</div><span class="source">Paper ${i}</span><div class="review-body">Critic ${i} finds the film ${n > best / 2 ? 'moving, patient and beautifully acted' : 'slow, inert and badly in need of a sharper script'}.</div></div>`;
    const html = `<html><head><title>The Salt Road: critic reviews</title></head><body><h2>Critic reviews</h2><section class="reviews">${scores.map(review).join('')}</section></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((i) => [i.rating, i.best])).toEqual(scores.map((n) => [n, best]));
  });

  test('score boxes coloured by their verdict ("critic-score positive", "… mixed") are one list', () => {
    const verdictClass = (n: number) => (n >= 75 ? 'positive' : n >= 50 ? 'mixed' : 'negative');
    const review = (n: number, i: number) =>
      `<article class="critic-review"><div class="critic-score ${verdictClass(n)}">${n}</div><p>Critic ${i} finds the film ${n >= 60 ? 'moving, patient and beautifully acted' : 'slow, inert and badly in need of a sharper script'}.</p></article>`;
    const scores = [90, 60, 35, 80];
    const html = `<html><body><h2>Critic reviews</h2><section>${scores.map(review).join('')}</section></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((i) => i.rating)).toEqual(scores);
  });

  test('letter grades in score boxes are read, on the 0–100 scale, beside stars and scores of ten', () => {
    const grades = ['★★★★☆', 'B+', 'Grade: C-', '8/10'];
    const review = (g: string, i: number) =>
      `<div class="critic"><h3>Paper ${i}</h3><p class="critic-rating">${g}</p><blockquote>Critic ${i} finds the film moving, patient and beautifully acted from start to finish.</blockquote></div>`;
    const html = `<html><body><h2>What the critics say</h2><div class="critics">${grades.map(review).join('')}</div></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((i) => [i.rating, i.best])).toEqual([
      [4, 5],
      [83, 100],
      [42, 100],
      [8, 10],
    ]);
  });

  test.each([
    [
      'one star image per star, each with its glyph as alt text',
      (n: number) =>
        `<span class="stars">${'<img src="/s/full.svg" alt="★">'.repeat(n)}${'<img src="/s/empty.svg" alt="☆">'.repeat(5 - n)}</span>`,
    ],
    [
      'the empty stars the same glyph in a lighter colour',
      (n: number) => `<span class="stars">${'★'.repeat(n)}<span style="color:#ccc">${'★'.repeat(5 - n)}</span></span>`,
    ],
    [
      'the empty stars greyed by a class',
      (n: number) => `<span class="stars">${'★'.repeat(n)}<span class="star-empty">${'★'.repeat(5 - n)}</span></span>`,
    ],
  ])('a row of stars drawn with %s reads as one rating per review', (_name, stars) => {
    const review = (n: number, i: number) =>
      `<div class="reader-review"><div class="meta">Reader ${i} ${stars(n)}</div><p>I read this over a long weekend and thought about the sisters for days after finishing it.</p></div>`;
    const html = `<html><body><h2>Community reviews</h2><div class="reviews">${[4, 2, 5].map(review).join('')}</div></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((i) => i.rating)).toEqual([4, 2, 5]);
  });

  test("neither the list's summary box nor cards of other products drawn with the same stars are reviews", () => {
    const stars = (n: number | string) =>
      `<span class="stars" role="img" aria-label="${n} de 5 estrellas">★★★★☆</span>`;
    const review = (n: number, i: number) =>
      `<div class="opinion"><div class="who">Buyer ${i}</div><div>${stars(n)} <span class="title">Title ${i}</span></div><p>I have used this coffee maker every morning for a month and the crema is lovely.</p></div>`;
    const summary = `<div><h2>Customer reviews</h2><div>${stars('4,4')} <b>4,4 de 5</b></div><div>312 ratings</div></div>`;
    const card = (i: number) =>
      `<div><a href="/p/${i}">Fino ${i} electric coffee grinder, 150 W</a><br>${stars('4,2')} 1.087<br>34,99 €</div>`;
    const html = `<html><body><section>${summary}<div><h3>Top reviews</h3>${[5, 3, 1].map(review).join('')}</div></section><section><h2>Customers also viewed</h2><div>${[1, 2, 3].map(card).join('')}</div></section></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((i) => i.rating)).toEqual([5, 3, 1]);
  });

  test('a row of letters that is no score box (an A–Z index) is no rating', () => {
    const entry = (l: string) =>
      `<div class="entry"><a class="letter" href="#${l}">${l}</a><p>Films whose titles start with this letter, from the archive of our reviews.</p></div>`;
    const html = `<html><body><h2>Reviews A–Z</h2><div class="index">${['A', 'B', 'C', 'D'].map(entry).join('')}</div></body></html>`;
    for (const item of findListedReviews(parseHTML(html).document as unknown as Document)?.items ?? [])
      expect(item.rating).toBeNull();
  });

  test.each([
    ['a count beside the stars', '<span class="rating-count">45</span>'],
    ['a figure in an element that names no score', '<span class="num">4</span>'],
    ['a figure over 100', '<span class="score">124</span>'],
  ])('a bare figure that is %s is no rating', (_, figure) => {
    const review = (i: number) =>
      `<div class="post"><span class="user">Reader ${i}</span>${figure.replace(/\d+/, String(Number(/\d+/.exec(figure)?.[0]) + i))}<p>I thought the ending was moving and the acting was strong throughout the film.</p></div>`;
    const html = `<html><body><h2>Reviews</h2><div class="reviews">${[1, 2, 3].map(review).join('')}</div></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    for (const item of listed?.items ?? []) expect(item.rating).toBeNull();
  });

  test('a rail of linked teasers of other reviews, each with a bare score, is not a list', () => {
    const teaser = (n: number, i: number) =>
      `<div class="related-review"><span class="review-score">${n}</span><a href="/reviews/game-${i}">Game ${i} review: a brilliant sequel that improves on the original in every way</a></div>`;
    const html = `<html><body><article><h1>Hollow Tide review</h1><p>${'The diving is tense and beautiful, but the combat is clumsy and the story thin. '.repeat(8)}</p></article><aside><h2>More reviews</h2>${[8.5, 7, 9].map(teaser).join('')}</aside></body></html>`;
    expect(findListedReviews(parseHTML(html).document as unknown as Document)).toBeNull();
  });

  test('a rail of linked teasers of other reviews, each with its "4/5", is not a list', () => {
    const teaser = (n: number, i: number) =>
      `<div class="rail-card"><a href="/reviews/podcasts/show-${i}-review">Show ${i} review: a slow, gripping reinvestigation of a cold case</a> <span class="mini-score">${n}/5</span></div>`;
    const html = `<html><body><article><h1>The Drowned Parish review</h1><p>${'The reporting is strong and the setting eerie, but the series is padded. '.repeat(8)}</p><p class="verdict-score">3/5</p></article><aside><h3>More podcast reviews</h3>${[4, 2, 4].map(teaser).join('')}</aside></body></html>`;
    expect(findListedReviews(parseHTML(html).document as unknown as Document)).toBeNull();
  });

  test('stars drawn by classes or as a clipped glyph row are read, and product cards with the same stars are not reviews', () => {
    const classStars = (n: number) =>
      `<span class="row">${Array.from({ length: 5 }, (_, i) => `<span class="star${i < n ? ' filled' : ''}"></span>`).join('')}</span>`;
    const clipped = (n: number) =>
      `<span class="bg">★★★★★<span class="fill" style="width:${n * 20}%">★★★★★</span></span>`;
    const review = (stars: string, i: number) =>
      `<li class="review"><div class="r">${stars}</div><p>Review ${i}: the pack is comfortable on long days and the pockets are well placed.</p></li>`;
    const card = (stars: string, i: number) =>
      `<li class="card"><div class="r">${stars}</div><div class="name">Other pack ${i}</div><div class="price">$${40 + i}</div></li>`;
    for (const draw of [classStars, clipped]) {
      const html = `<html><body><h2>Customer reviews</h2><ul>${[4, 2, 5].map((n, i) => review(draw(n), i)).join('')}</ul><h2>You may also like</h2><ul>${[5, 4].map((n, i) => card(draw(n), i)).join('')}</ul></body></html>`;
      const listed = findListedReviews(parseHTML(html).document as unknown as Document);
      expect(listed?.items.map((item) => item.rating)).toEqual([4, 2, 5]);
    }
  });

  test('one star as the icon of a score, or as one element of a star row, is no one-star rating', () => {
    const body = (i: number) => `<p>Review ${i}: the pacing is patient and the ending earns every minute of it.</p>`;
    const iconScore = (n: number, i: number) =>
      `<div class="user-review"><span class="user-rating"><span class="star">★</span><span>${n}</span><span class="scale">/10</span></span>${body(i)}</div>`;
    const starPerElement = (n: number, i: number) =>
      `<div class="user-review"><figure class="stars" aria-label="${n} out of 5">${Array.from({ length: 5 }, (_, k) => `<span${k < n ? '' : ' class="off"'}>★</span>`).join('')}</figure>${body(i)}</div>`;
    for (const [draw, ratings] of [
      [iconScore, [9, 4, 7]],
      [starPerElement, [5, 2, 4]],
    ] as const) {
      const html = `<html><body><h2>User reviews</h2>${ratings.map((n, i) => draw(n, i)).join('')}</body></html>`;
      const listed = findListedReviews(parseHTML(html).document as unknown as Document);
      expect(listed?.items.map((item) => item.rating)).toEqual(ratings);
    }
  });

  test("a lit star row laid over a grey one is one rating; cards of other courses with the same stars and their raters' count are no reviews", () => {
    const stars = (n: number) =>
      `<span class="star-wrapper"><span class="bg">★★★★★</span><span class="fg" style="width:${n * 20}%">★★★★★</span></span>`;
    const review = (n: number, i: number) =>
      `<div class="review-item"><div>Student ${i} ${stars(n)} 2 weeks ago</div><p>The instructor explains each query clearly and the exercises build on each other well.</p></div>`;
    const card = (n: number, i: number) =>
      `<div><b>Other course ${i}: 75 Questions</b><br>${n} ${stars(n)} (5,660)</div>`;
    const html = `<html><body><h2>Reviews</h2>${[5, 3.5, 2].map(review).join('')}<h2>Students also bought</h2><div class="also">${[4.5, 4].map(card).join('')}</div></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((item) => item.rating)).toEqual([5, 3.5, 2]);
  });

  test('a bar of search fields and filters over the list is no review, however many words its options hold', () => {
    const review = (n: number, i: number) =>
      `<div class="card"><span class="stars" aria-label="Rating ${n} out of 5">${'★'.repeat(n)}</span><p>Reader ${i}: the salt-marsh town felt so real I could smell the mudflats at low tide.</p></div>`;
    const bar =
      '<div class="card"><b>Search review text</b> <input> Filters: <select><option>All languages</option></select> <select><option>All ratings</option></select> <label><input type="checkbox"> Hide spoilers</label> Sort: Popular Newest</div>';
    const [first, ...rest] = [4, 2, 5].map(review);
    const html = `<html><body><h2>Community reviews</h2><div>${first}${bar}${rest.join('')}</div></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((item) => item.rating)).toEqual([4, 2, 5]);
  });

  test("a seller's feedback: icons classed by their verdict are one list, and a short comment beside the price paid is a review", () => {
    const row = (verdict: string, icon: string, comment: string) =>
      `<tr class="fdbk"><td><span class="icon-${icon}" aria-label="${verdict} feedback rating">⊕</span></td><td><div>${comment}</div><div class="muted">Vintage Brass Desk Lamp · £24.00</div></td><td>j***n (412)</td></tr>`;
    const rows = [
      row('Positive', 'pos', 'Arrived next day, really well packed in bubble wrap. Exactly as described.'),
      row('Negative', 'neg', 'Item took 11 days to arrive and the shade was chipped on the rim when it came.'),
      row('Neutral', 'neu', 'Item fine but slower dispatch than stated, five days instead of one. Packaging ok.'),
      row('Positive', 'pos', 'Speedy delivery. 5 stars!'),
    ];
    const html = `<html><body><h2>Feedback</h2><table><tbody>${rows.join('')}</tbody></table></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((item) => item.rating)).toEqual([1, 0, 0.5, 1]);
  });

  test('a bare score whose accessible name says it is one ("Scored 9.2") is read on the group\'s scale', () => {
    const review = (n: number, i: number) =>
      `<div class="rev"><span class="badge" aria-label="Scored ${n}">${n}</span><h3>Stay ${i}</h3><p>The room was quiet, the breakfast terrace lovely and the staff kind to our children.</p></div>`;
    const html = `<html><body><h2>Guest reviews</h2>${[9.2, 6.5, 8].map(review).join('')}</body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((item) => [item.rating, item.best])).toEqual([
      [9.2, 10],
      [6.5, 10],
      [8, 10],
    ]);
  });

  test('microdata that marks each review but not its stars gives way to the visible blocks that show them', () => {
    const review = (n: number, i: number) =>
      `<div class="rev" itemprop="review" itemscope itemtype="https://schema.org/Review"><div class="stars" aria-label="${n} out of 5 stars" role="img">${'★'.repeat(n)}</div><p itemprop="reviewBody">Review ${i}: arrived on time, fixed the leak and left the kitchen tidy.</p></div>`;
    const html = `<html><body><div itemscope itemtype="https://schema.org/LocalBusiness"><h2>Reviews</h2>${[5, 2, 4].map(review).join('')}</div></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((item) => item.rating)).toEqual([5, 2, 4]);
  });

  test("the page's count of ratings is read with its thousands separator, in any convention", () => {
    const review = (n: number) =>
      `<div class="review" itemprop="review" itemscope itemtype="https://schema.org/Review"><span class="score">${n}/10</span><p>The room was quiet and the breakfast generous, staff were kind.</p></div>`;
    for (const printed of ['1,204', '1.204', '1 204']) {
      const html = `<html><body><div itemscope itemtype="https://schema.org/Hotel"><div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue">8.6</span><meta itemprop="bestRating" content="10"><span itemprop="reviewCount">${printed}</span> reviews</div><h2>Guest reviews</h2>${[9, 6, 8].map(review).join('')}</div></body></html>`;
      expect(findListedReviews(parseHTML(html).document as unknown as Document)?.aggregate?.count).toBe(1204);
    }
  });

  test.each([
    ['lit by a class', ['star filled', 'star filled', 'star filled', 'star', 'star'], 3],
    [
      'plain stars lit, a half and an empty one',
      ['icon-star', 'icon-star', 'icon-star', 'icon-star half', 'icon-star empty'],
      3.5,
    ],
    [
      'classes that say neither lit nor empty',
      ['staticStar p10', 'staticStar p10', 'staticStar p0', 'staticStar p0', 'staticStar p0'],
      null,
    ],
    ['every star alike', ['star', 'star', 'star', 'star', 'star'], null],
  ])('a row of stars drawn by classes: %s', (_, classes, want) => {
    const row = parseHTML(
      `<p><span>${classes.map((c) => `<span class="${c}"></span>`).join('')}</span></p>`,
    ).document.querySelector('p > span') as unknown as Element;
    expect(classStarRow(row)?.value ?? null).toBe(want);
  });

  test("a user's collapsed previous review keeps its stars to itself; reviews not shown yet still count", () => {
    const review = (n: number, previous = '') =>
      `<li class="rv"><div class="head"><div role="img" aria-label="${n} star rating"></div></div><p>The octopus was tender and the service quick; we will be back soon.</p>${previous}</li>`;
    const previous = `<div class="prev"><button>Show previous review</button><div class="prev-body" hidden><div class="head"><div role="img" aria-label="2 star rating"></div></div><p>Waited an hour for a table and nobody said sorry at all.</p></div></div>`;
    const notYet = `<li class="rv" hidden><div class="head"><div role="img" aria-label="3 star rating"></div></div><p>Fine food, a little loud on a Friday night with the music on.</p></li>`;
    const html = `<html><body><h2>Reviews</h2><ul>${review(5)}${review(4, previous)}${review(1)}${notYet}</ul></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((item) => item.rating)).toEqual([5, 4, 1, 3]);
    expect(listed?.items[1]?.text).not.toContain('Waited');
  });

  test("a single review with a small box of other readers' rated one-liners is one review, not a list", () => {
    const items = [
      { text: 'Masterpiece. Cried three times.', rating: 10, best: 10 },
      { text: 'Boring. Saw the twist coming.', rating: 3, best: 10 },
      { text: 'Gorgeous to look at, empty inside.', rating: 6, best: 10 },
    ];
    const listed: ListedReviews = { items, aggregate: null, unread: 0 };
    const essay = 'The film takes its time, and the lead is wonderful in every scene she is given. '.repeat(20);
    expect(readsAsList({ text: essay, signals: null, listedReviews: listed }, 'single')).toBe(false);
    // The same box as the page's whole text is a list of reviews.
    expect(
      readsAsList({ text: items.map((i) => i.text).join('\n'), signals: null, listedReviews: listed }, 'single'),
    ).toBe(true);
  });

  test("the list's summary box is no review, even with a line of prose about how the average is made", () => {
    const review = (n: number) =>
      `<div class="kh24-rv"><div><span>${n},0 von 5 Sternen</span></div><h4>Gutes Gerät, leise</h4><p>Ich bin zufrieden, das Gerät ist leise und die Luft ist merklich besser geworden.</p></div>`;
    const html = `<html><body><section><div class="kh24-summary"><h2>Kundenrezensionen</h2><div><span>4,2 von 5</span></div><p>Wie werden Bewertungen berechnet? Die Gesamtbewertung ist kein einfacher Durchschnitt aller Bewertungen.</p></div>${[5, 4, 1].map(review).join('')}</section></body></html>`;
    expect(findListedReviews(parseHTML(html).document as unknown as Document)?.items.map((i) => i.rating)).toEqual([
      5, 4, 1,
    ]);
  });

  test('microdata reviews with no marked body keep their words and their ratings', () => {
    const review = (n: string, words: string) =>
      `<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author">Ospite</span><div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="${n}"><meta itemprop="bestRating" content="10"><span>${n.replace('.', ',')}</span></div><p>${words}</p></div>`;
    const html = `<html><body><div itemscope itemtype="https://schema.org/Hotel"><h2>Recensioni degli ospiti</h2>${review('9.2', 'Aspetti positivi: camera silenziosa e colazione abbondante con torte fatte in casa.')}${review('6.3', 'Aspetti negativi: il wifi non funzionava in camera e nessuno lo ha sistemato.')}</div></body></html>`;
    const listed = findListedReviews(parseHTML(html).document as unknown as Document);
    expect(listed?.items.map((i) => [i.rating, i.best])).toEqual([
      [9.2, 10],
      [6.3, 10],
    ]);
    expect(listed?.items[0]?.text).toContain('colazione abbondante');
  });

  test("a site's key to its scores (10, 9, 8 … each with what it means) is not a list of reviews", () => {
    const row = (n: number) =>
      `<tr><td><span class="score-pill">${n}</span></td><td>What a ${n} means: a product we would recommend with these reservations and no others.</td></tr>`;
    const html = `<html><body><h1>Our scores</h1><table>${[10, 9, 8, 7, 6, 5].map(row).join('')}</table></body></html>`;
    expect(findListedReviews(parseHTML(html).document as unknown as Document)).toBeNull();
  });

  test('a rail of the latest reviews, each a link with its letter grade, is not a list', () => {
    const teaser = (g: string, i: number) =>
      `<article class="item film"><a class="thumbnail" href="/review/film-${i}"><figure><div class="grade letter">${g}</div></figure></a><div class="inner"><h1 class="heading"><a href="/review/film-${i}">Film ${i} returns to form with a tense, gory and surprisingly funny sequel</a></h1></div></article>`;
    const html = `<html><body><article><h1>The best film scenes of the year</h1><p>${'A list of the moments that stayed with us after the lights came up. '.repeat(8)}</p></article><aside><h2>The latest from reviews</h2>${['B', 'B-', 'A-'].map(teaser).join('')}</aside></body></html>`;
    expect(findListedReviews(parseHTML(html).document as unknown as Document)).toBeNull();
  });

  test('a page with one review is not a list', () => {
    expect(findListedReviews(load('single-review.html'))).toBeNull();
  });

  test('testimonials laid out one per widget, in separate columns, are one list', () => {
    const listed = findListedReviews(load('page-builder-testimonials.html'));
    expect(listed?.items.map((i) => i.text)).toEqual([
      'Anna is a patient and inspiring teacher. After a year of lessons I can finally play the pieces I always loved.',
      'Our son looks forward to every lesson. The school is well organised and the teachers really care.',
      'Lessons were cancelled twice without notice, which was frustrating, but the teaching itself is good.',
    ]);
  });

  test('reviews quoted one per widget on a page titled reviews are one list, however the grid columns hold them', () => {
    const listed = findListedReviews(load('quoted-testimonials.html'));
    expect(listed?.items.map((i) => i.text.slice(0, 24))).toEqual([
      'I had never touched clay',
      'The six-week course was ',
      'A lovely, relaxed place ',
    ]);
  });

  test("an owner's or developer's reply printed in a review's box is not the reviewer's words", () => {
    const listed = findListedReviews(load('owner-responses.html'));
    expect(listed?.items.map((i) => [i.rating, i.text.split('\n').at(-1)])).toEqual([
      [5, 'The room was quiet and spotless, and breakfast on the terrace was the best part of the trip.'],
      [2, 'Street noise all night and the shower barely worked. Staff shrugged when we complained.'],
      [4, 'Friendly staff and a lovely rooftop bar. The rooms are small but the price is fair for the area.'],
    ]);
  });

  /** The fixture's guide with its items awarded instead of ranked ("Best overall: Sonora Q5"). */
  const awarded = ['Best overall:', 'Best earbuds:', 'Budget pick:', 'Best for style –'];
  const ranked = readFileSync(resolve(FIXTURES, 'ranked-roundup.html'), 'utf8');
  const award = awarded.reduce((html, label, i) => html.replace(`<h2>${i + 1}.`, `<h2>${label}`), ranked);

  test.each([
    ['ranked', ranked],
    ['awarded', award],
  ])("a buyer's guide (%s) rating different products is not a list of reviews of one item", (_name, html) => {
    expect(award).not.toMatch(/<h2>\d/);
    expect(findListedReviews(parseHTML(html).document as unknown as Document)).toBeNull();
  });

  const ratedBoxes = (heads: string[], between = '') =>
    parseHTML(
      `<html><body><h2>Customer reviews</h2>${heads
        .map(
          (h, i) =>
            `<div class="review"><span aria-label="${5 - i} out of 5 stars">★</span><h3>${h}</h3><p>I have used this kettle every morning and it still boils fast.</p>${between}<p>The lid is a little stiff but nothing worse than that.</p></div>`,
        )
        .join('')}</body></html>`,
    ).document as unknown as Document;

  test('customer reviews titled with numbers that happen to count up are still a list', () => {
    expect(findListedReviews(ratedBoxes(['1 week in', '2 weeks in', '3 weeks in']))?.items).toHaveLength(3);
  });

  test('a bare "Reply" button between the paragraphs of a review is no reply: the review keeps its words', () => {
    const items = findListedReviews(ratedBoxes(['Good', 'Fine', 'Okay'], '<a href="#">Reply</a>'))?.items ?? [];
    expect(items).toHaveLength(3);
    for (const item of items) expect(item.text).toContain('The lid is a little stiff');
  });

  test('a rail of linked teasers of other reviews beside a review is not a list', () => {
    expect(findListedReviews(load('review-with-teaser-rail.html'))).toBeNull();
  });

  test.each([
    {
      page: 'amazon-like.html',
      chrome: ['Jordan K.', 'Reviewed in', 'Verified Purchase', 'found this helpful', 'Report'],
    },
    { page: 'glyph-stars.html', chrome: ['Ana', '5 April 2024', 'Helpful', '★'] },
    { page: 'recommended.html', chrome: ['hrs on record', 'Was this review helpful', 'Recommended'] },
    { page: 'text-only.html', chrome: ['Hannah, parent', 'What our clients say', 'A short description'] },
    // The reviewer's name run into their town by the markup ("Maya R.Oakland, CA").
    { page: 'name-and-place.html', chrome: ['Maya R.', 'Oakland, CA', 'Nov 3', 'Helpful'] },
    {
      page: 'owner-responses.html',
      chrome: ['Response from', 'Thank you for staying', 'replaced the windows', 'General Manager'],
    },
  ])('$page: names, dates, badges, buttons and the page around are not review text', ({ page, chrome }) => {
    const text =
      findListedReviews(load(page))
        ?.items.map((i) => i.text)
        .join('\n') ?? '';
    expect(text.length).toBeGreaterThan(100);
    for (const c of chrome) expect(text).not.toContain(c);
  });
});

describe('parseItemRating', () => {
  test.each([
    ['4.0 out of 5 stars', { value: 4, best: 5 }],
    ['4,0 von 5 Sternen', { value: 4, best: 5 }],
    ['Rated 8 out of 10', { value: 8, best: 10 }],
    ['7/10', { value: 7, best: 10 }],
    ['3 of 5 stars', { value: 3, best: 5 }],
    ['5 star review', { value: 5, best: 5 }],
    ['★★★☆☆', { value: 3, best: 5 }],
    ['★★★½', { value: 3.5, best: 5 }],
    ['Not Recommended', { value: 0, best: 1 }],
    ['4.0 of 5 bubbles', { value: 4, best: 5 }],
    ['★ 9/10', { value: 9, best: 10 }],
    // A marketplace's feedback, on a 0–1 scale as a recommendation is.
    ['Negative feedback rating', { value: 0, best: 1 }],
    ['Neutral', { value: 0.5, best: 1 }],
    // A grade that says it is one, on Metacritic's 0–100 conversion; a bare letter only in a score box.
    ['Grade: A-', { value: 91, best: 100 }],
    ['grade B+', { value: 83, best: 100 }],
    ['B+', null],
    ['Page 1 of 1', null],
    ['12 people found this helpful', null],
    ['3 of 12 photos', null],
  ])('%s', (text, expected) => {
    expect(parseItemRating(text)).toEqual(expected);
  });
});

describe('summariseReviewList', () => {
  test("a film's reviews are read for a film's aspects, whatever book words they use", () => {
    const listed: ListedReviews = {
      items: [
        { text: 'A wonderful story, beautifully told from start to finish.', rating: 5, best: 5 },
        { text: 'The story is moving and I loved every minute of it.', rating: 5, best: 5 },
        { text: 'Full of useful information about the war, and the pictures are lovely too.', rating: 4, best: 5 },
      ],
      aggregate: null,
      unread: 0,
    };
    const aspects = (kind?: 'film') =>
      (summariseReviewList(listed, undefined, kind)?.praise ?? []).map((a) => a.aspect);
    expect(aspects()).toContain('story');
    expect(aspects('film')).toEqual(['plot']);
  });

  test("the page's own rating comes from its markup; none where the markup states none", () => {
    const withMarkup = findListedReviews(load('jsonld-product.html'));
    expect(withMarkup && summariseReviewList(withMarkup)?.pageRating).toEqual({ value: 3.67, best: 5, count: 3 });
    const without = findListedReviews(load('amazon-like.html'));
    expect(without && summariseReviewList(without)?.pageRating).toBeNull();
  });

  test('counts, averages and quotes praise and complaints verbatim from reviews of the right side', () => {
    const listed = findListedReviews(load('amazon-like.html'));
    const list = listed && summariseReviewList(listed);
    expect(list).toMatchObject({ count: 4, averageRating: { value: 3, best: 5, score: 60 } });
    expect(list?.distribution).toEqual({ '1': 1, '2': 1, '3': 0, '4': 1, '5': 1 });
    for (const [side, aspects] of [
      ['positive', list?.praise ?? []],
      ['negative', list?.complaints ?? []],
    ] as const) {
      expect(aspects.length).toBeGreaterThan(0);
      for (const a of aspects) {
        const review = list?.reviews[a.quote.review];
        expect(review?.verdict).toBe(side);
        expect(review?.text).toContain(a.quote.text);
      }
    }
  });

  /** The praise quotes of a list of five-star-scale reviews given as [text, stars]. */
  const praiseOf = (reviews: [string, number][]) =>
    summariseReviewList({
      items: reviews.map(([text, rating]) => ({ text, rating, best: 5 })),
      aggregate: null,
      unread: 0,
    })?.praise.map((a) => a.quote.text) ?? [];

  // The verdict model reads both lines below as faintly positive (lean 0.13 and 0.21, under MIN_SENTENCE_LEAN).
  test('a praise quote leans to praise by itself: not a reservation, not a plain description', () => {
    const praised = praiseOf([
      [
        'The prose is precise and the characters feel completely real. I wanted to love this but the pacing is glacial and the ending felt rushed and unearned.',
        4,
      ],
      ['Gorgeous writing and characters I will remember for years. The story is about a family in Maine.', 5],
      ['Dull from start to finish, and the ending made no sense at all.', 1],
    ]);
    expect(praised.length).toBeGreaterThan(0);
    expect(praised.join(' ')).not.toMatch(/glacial|Maine/);
  });

  test("one sentence backs one aspect, and a testimonial's own quotation marks are not kept at one end", () => {
    const quotes = praiseOf([
      ['“Great recipes and beautiful, well written pages. I cook from it every week.”', 5],
      ['“Great recipes and beautiful, well written pages. I cook from it every week.”', 5],
      ['Lovely recipes, all easy to follow and delicious.', 5],
    ]);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const q of quotes) expect(q).not.toMatch(/^“|”$/);
  });

  test.each([
    { page: 'microdata-ten-point.html', average: { value: 6.33, best: 10 }, distribution: { '3': 1, '7': 1, '9': 1 } },
    { page: 'recommended.html', average: { value: 0.67, best: 1 }, distribution: { '0': 1, '1': 2 } },
  ])('$page: the average and spread stay on the page scale', ({ page, average, distribution }) => {
    const listed = findListedReviews(load(page));
    const list = listed && summariseReviewList(listed);
    expect(list?.averageRating).toMatchObject(average);
    expect(list?.distribution).toMatchObject(distribution);
  });

  test('several languages: every review counts; an unrated one the model cannot read is not summarised', () => {
    const listed = findListedReviews(load('multi-language.html'));
    const list = listed && summariseReviewList(listed);
    expect(list?.count).toBe(4);
    expect(list?.reviews).toHaveLength(3);
    expect(list?.reviews[1]).toMatchObject({ rating: 2, verdict: 'negative' });
  });

  test('a list of one review is no list', () => {
    expect(
      summariseReviewList({ items: [{ text: 'Fine.', rating: 4, best: 5 }], aggregate: null, unread: 0 }),
    ).toBeNull();
  });

  test('thousands of reviews: all counted and averaged, a bounded number summarised', () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({
      text: i % 2 ? `Terrible battery, it died in a day (${i}).` : `Great battery life, lasts all week (${i}).`,
      rating: i % 2 ? 1 : 5,
      best: 5,
    }));
    const listed: ListedReviews = { items, aggregate: null, unread: 500 };
    const list = summariseReviewList(listed);
    expect(list?.count).toBe(2500);
    expect(list?.reviews).toHaveLength(MAX_SUMMARISED_REVIEWS);
    expect(list?.averageRating?.value).toBe(3);
  });
});

describe('the pipeline', () => {
  test('a shop page of rated reviews: review.form is list and the Summary carries reviewList', () => {
    const s = summarise(extractArticle(load('amazon-like.html'), 'https://shop.example/p'));
    expect(s.review.form).toBe('list');
    expect(s.reviewList?.count).toBe(findListedReviews(load('amazon-like.html'))?.items.length);
  });

  test('repeated blocks the detector does not call a list stay one article (a review with comments looks the same)', () => {
    // The finder reads three testimonials; under the headline of one review (as a review with three reader
    // quotes under it would look), nothing else on the page (no counter, no ratings, no review markup) says
    // it is a page of reviews: on the labelled pages, the finder alone made 15 false lists, most of them unrated
    // comment threads.
    const html = readFileSync(resolve(FIXTURES, 'text-only.html'), 'utf8').replaceAll(
      'Music lessons – what our clients say',
      'Piano lessons at the Example School, reviewed',
    );
    const doc = parseHTML(html).document as unknown as Document;
    expect(findListedReviews(doc)?.items).toHaveLength(3);
    const s = summarise(extractArticle(doc, 'https://shop.example/p'));
    expect(s.isReview).toBe(true);
    expect(s.review.form).toBe('single');
    expect(s.reviewList).toBeNull();
  });
});
