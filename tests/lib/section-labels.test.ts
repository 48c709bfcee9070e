// The section labels a page prints around its headline: the kicker above the <h1> and the breadcrumb trail.
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { readSectionLabels } from '../../lib/extract/section-labels';

const labels = (body: string) =>
  readSectionLabels(parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document);

test.each([
  [
    'a kicker above the headline',
    '<article><div class="kicker"><a href="/live/">Live Review</a></div><h1>A night of thunder</h1></article>',
    ['Live Review'],
  ],
  [
    'a kicker printed as one text',
    '<div class="section">Reviews · Fiction in Translation</div><h1>Fruit Without Flavour</h1>',
    ['Reviews', 'Fiction in Translation'],
  ],
  [
    "a kicker beside the headline's wrapper",
    '<p class="eyebrow">Film review</p><div class="headline"><h1>The Salt Road</h1></div>',
    ['Film review'],
  ],
  [
    'a breadcrumb trail, without its first item (the site)',
    '<nav aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/reviews/">Reviews</a> › <a href="/reviews/strategy/">Strategy</a></nav><h1>Hollow Tide</h1>',
    ['Reviews', 'Strategy'],
  ],
])('%s', (_name, body, want) => {
  expect(labels(body)).toEqual(want);
});

test.each([
  [
    'the site menu right above the headline',
    '<nav><a href="/">Home</a><a href="/news/">News</a><a href="/reviews/">Reviews</a><a href="/features/">Features</a></nav><h1>Fed lifts rates</h1>',
  ],
  [
    'a menu of many links that is no <nav>',
    '<div class="menu"><a href="/">Home</a><a href="/news/">News</a><a href="/reviews/">Reviews</a><a href="/features/">Features</a></div><h1>Fed lifts rates</h1>',
  ],
  [
    'a standfirst above the headline',
    '<p>In a week of storms, the council met to discuss the flood defences of the whole estuary at length.</p><h1>Flood plan</h1>',
  ],
  ['a page without a headline', '<p class="kicker">Review</p><h2>Not the headline</h2>'],
])('no label: %s', (_name, body) => {
  expect(labels(body)).toEqual([]);
});
