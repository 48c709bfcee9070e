// The markups the built list pages are written in (development markups; the held-out ones live in
// list-markups-held-out.ts and are run only for the report). Every page has the same furniture around its list:
// navigation, a description, an aggregate widget with a histogram, a carousel of other items with star ratings,
// a footer; every review block carries the reviewer's name, a date and "helpful" buttons that are not its words.
import type { ListPageSpec, SourceReview } from './list-pages';

export interface Shown {
  rating: number;
  best: number;
}

export interface ListMarkup {
  name: string;
  /** Whether the page shows each review's rating (the average and distribution are checked on these). */
  rated: boolean;
  /** The rating the page shows for a review, on the page's scale. */
  shown(review: SourceReview): Shown | null;
  render(spec: ListPageSpec): string;
}

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function paragraphs(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l)}</p>`)
    .join('');
}

const asShown = (r: SourceReview): Shown => ({ rating: r.rating, best: r.best });

function fmtRating(r: SourceReview): string {
  return r.best === 5 ? r.rating.toFixed(1) : String(r.rating);
}

/** The page around a list: everything a shop or film page prints besides its reviews. */
export function pageHtml(spec: ListPageSpec, list: string, head = ''): string {
  const about =
    spec.source === 'amazon'
      ? 'Product description. Made from durable materials and designed for everyday use, this item ships in recyclable packaging. See the size chart and the warranty terms before you order.'
      : 'Storyline. A young drifter arrives in a small coastal town and is drawn into the feud between two families, told over one long summer.';
  const carousel = ['Acme Deluxe', 'Zenith Pro', 'Orbit Mini', 'Nova Max']
    .map(
      (name, i) =>
        `<li class="carousel-item"><a href="/p/${i}">${name}</a><span class="a-icon-alt">${(4 + i * 0.2).toFixed(1)} out of 5 stars</span><span class="price">$${19 + i * 10}.99</span></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><title>${esc(spec.item)}</title>${head}</head><body>
<header><nav><a href="/">Home</a> <a href="/deals">Today's Deals</a> <a href="/help">Help</a></nav></header>
<main><h1>${esc(spec.item)}</h1><div class="description"><p>${about}</p></div>
<div class="aggregate"><span class="a-icon-alt">4.2 out of 5 stars</span><span>1,234 global ratings</span>
<table class="histogram"><tr><td>5 star</td><td>61%</td></tr><tr><td>4 star</td><td>20%</td></tr><tr><td>3 star</td><td>8%</td></tr><tr><td>2 star</td><td>4%</td></tr><tr><td>1 star</td><td>7%</td></tr></table></div>
${list}
<section class="also-viewed"><h2>Customers also viewed</h2><ul>${carousel}</ul></section></main>
<footer><a href="/terms">Conditions of Use</a> <a href="/privacy">Privacy</a> © 2025</footer></body></html>`;
}

function byline(r: SourceReview): string {
  return `<div class="a-profile"><span class="profile-name">${esc(r.author)}</span></div><span class="review-date">Reviewed on ${r.date}</span>`;
}

const BUTTONS = '<div class="actions"><button>Helpful</button> <a href="#">Report</a></div>';
const HELPFUL = (i: number) => `<span class="helpful-vote">${(i * 7) % 40} people found this helpful</span>`;
const title = (r: SourceReview) => (r.title ? `<span class="review-title">${esc(r.title)}</span>` : '');

/** A block per review with the rating widget given, the list under a heading. */
function blocks(spec: ListPageSpec, widget: (r: SourceReview) => string, heading = 'Top reviews'): string {
  const items = spec.reviews
    .map(
      (r, i) =>
        `<div class="review" id="r${i}">${byline(r)}<div class="review-head">${widget(r)} ${title(r)}</div><div class="review-body">${paragraphs(r.text)}</div>${HELPFUL(i)}${BUTTONS}</div>`,
    )
    .join('\n');
  return `<div id="reviews-list"><h2>${heading}</h2>${items}</div>`;
}

function glyphs(r: SourceReview): string {
  if (r.best === 5) return '★'.repeat(r.rating) + '☆'.repeat(5 - r.rating);
  return '★'.repeat(Math.floor(r.rating / 2)) + (r.rating % 2 ? '½' : '');
}

function jsonLd(spec: ListPageSpec, markup: ListMarkup): string {
  const shown = spec.reviews.map((r) => markup.shown(r) as Shown);
  const mean = shown.reduce((s, x) => s + x.rating, 0) / shown.length;
  const data = {
    '@context': 'https://schema.org',
    '@type': spec.source === 'amazon' ? 'Product' : 'Movie',
    name: spec.item,
    aggregateRating: {
      '@type': 'AggregateRating',
      ratingValue: mean.toFixed(2),
      bestRating: shown[0]?.best,
      reviewCount: shown.length,
    },
    review: spec.reviews.map((r) => ({
      '@type': 'Review',
      author: { '@type': 'Person', name: r.author },
      datePublished: r.date,
      name: r.title ?? undefined,
      reviewBody: r.text,
      reviewRating: { '@type': 'Rating', ratingValue: r.rating, bestRating: r.best, worstRating: 1 },
    })),
  };
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

function microdata(spec: ListPageSpec): string {
  const items = spec.reviews
    .map(
      (r) =>
        `<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author">${esc(r.author)}</span> <meta itemprop="datePublished" content="2020-01-01">${r.date}
<div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="worstRating" content="1"><span itemprop="ratingValue">${r.rating}</span>/<span itemprop="bestRating">${r.best}</span></div>
${r.title ? `<h4 itemprop="name">${esc(r.title)}</h4>` : ''}<div itemprop="reviewBody">${paragraphs(r.text)}</div>${BUTTONS}</div>`,
    )
    .join('\n');
  return `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">${esc(spec.item)}</span><h2>Reviews</h2>${items}</div>`;
}

const recommend = (r: SourceReview): Shown => ({ rating: r.side === 'positive' ? 1 : 0, best: 1 });

export const DEV_MARKUPS: readonly ListMarkup[] = [
  {
    name: 'json-ld',
    rated: true,
    shown: asShown,
    render: (spec) =>
      pageHtml(
        spec,
        '<div id="reviews"><h2>Reviews</h2><p>Log in to read reviews.</p></div>',
        jsonLd(spec, DEV_MARKUPS[0] as ListMarkup),
      ),
  },
  { name: 'microdata', rated: true, shown: asShown, render: (spec) => pageHtml(spec, microdata(spec)) },
  {
    name: 'stars-text',
    rated: true,
    shown: asShown,
    render: (spec) =>
      pageHtml(
        spec,
        blocks(
          spec,
          (r) => `<i class="a-icon-star"><span class="a-icon-alt">${fmtRating(r)} out of ${r.best} stars</span></i>`,
        ),
      ),
  },
  {
    name: 'aria-label',
    rated: true,
    shown: asShown,
    render: (spec) =>
      pageHtml(
        spec,
        blocks(
          spec,
          (r) =>
            `<div class="stars" role="img" aria-label="Rated ${r.rating} out of ${r.best}"><span class="star"></span></div>`,
        ),
      ),
  },
  {
    name: 'img-alt',
    rated: true,
    shown: asShown,
    render: (spec) =>
      pageHtml(
        spec,
        blocks(spec, (r) => `<img class="rating-img" src="/s/${r.rating}.png" alt="${r.rating} of ${r.best} stars">`),
      ),
  },
  {
    name: 'fraction',
    rated: true,
    shown: asShown,
    render: (spec) =>
      pageHtml(
        spec,
        blocks(
          spec,
          (r) =>
            `<span class="user-rating"><svg></svg><span>${r.rating}</span><span class="scale">/${r.best}</span></span>`,
        ),
      ),
  },
  {
    name: 'glyphs',
    rated: true,
    shown: (r) => (r.best === 5 ? asShown(r) : { rating: r.rating / 2, best: 5 }),
    render: (spec) =>
      pageHtml(
        spec,
        blocks(spec, (r) => `<span class="stars">${glyphs(r)}</span>`),
      ),
  },
  {
    name: 'recommended',
    rated: true,
    shown: recommend,
    render: (spec) =>
      pageHtml(
        spec,
        blocks(
          spec,
          (r) => `<div class="verdict"><b>${r.side === 'positive' ? 'Recommended' : 'Not Recommended'}</b></div>`,
        ),
      ),
  },
  {
    name: 'text-only',
    rated: false,
    shown: () => null,
    render: (spec) =>
      pageHtml(
        spec,
        blocks(spec, () => '', 'Customer reviews'),
      ),
  },
  {
    name: 'bare-score',
    rated: true,
    // A critics aggregator's style: each review's score a bare figure out of 100, the scale only in the design.
    shown: (r) => ({ rating: Math.round((100 * r.rating) / r.best), best: 100 }),
    render: (spec) =>
      pageHtml(
        spec,
        blocks(spec, (r) => `<div class="review-score">${Math.round((100 * r.rating) / r.best)}</div>`),
      ),
  },
  {
    name: 'duplicated',
    rated: true,
    shown: asShown,
    // The same list printed twice (a desktop and a mobile copy): each review counts once.
    render: (spec) => {
      const list = blocks(spec, (r) => `<span class="a-icon-alt">${fmtRating(r)} out of ${r.best} stars</span>`);
      return pageHtml(spec, `<div class="copy" id="desktop">${list}</div><div class="copy" id="mobile">${list}</div>`);
    },
  },
];
