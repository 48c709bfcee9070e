// Generated pages of many customer reviews (the markup of tests/fixtures/pages/product-reviews-list: stars as an
// aria-label, name and "Helpful" around the text), composed from a few sentence pools so no two reviews are alike.
// Used by the list E2E tests (thousands of reviews) and scripts/bench/list-timing.ts (200 reviews).

const OPENINGS = [
  'The battery life is superb and lasts for days.',
  'The screen is bright and easy to read in the sun.',
  'The strap broke after a few weeks of normal wear.',
  'Customer service never answered my emails.',
  'It is comfortable to wear all night.',
  'The app keeps losing sync with my phone.',
  'Sleep tracking is accurate and genuinely useful.',
  'The screen scratches far too easily.',
];
const MIDDLES = [
  'I use it every day for running',
  'My partner bought one as well',
  'After a month of use',
  'Compared with my old watch',
  'For the price',
];
const ENDINGS = [
  'I would buy it again.',
  'I am returning it.',
  'It does what it promises.',
  'Overall a decent gadget.',
  'Very disappointed.',
  'Highly recommended.',
];

function review(i: number): string {
  const stars = 1 + ((i * 7) % 5);
  const text = `${OPENINGS[i % OPENINGS.length]} ${MIDDLES[i % MIDDLES.length]}, and this is day ${i + 1} with it. ${ENDINGS[(i * 5) % ENDINGS.length]}`;
  return `<div class="review-card"><div class="review-card__meta"><span class="reviewer">Reviewer ${i + 1}</span></div>
<div class="stars" role="img" aria-label="Rated ${stars} out of 5 stars">${'★'.repeat(stars)}${'☆'.repeat(5 - stars)}</div>
<p class="review-card__body">${text}</p><div><button type="button">Helpful</button></div></div>`;
}

/** A product page showing `n` customer reviews; `twice` prints the list a second time (a desktop and a mobile copy). */
export function listPage(n: number, twice = false): string {
  const reviews = Array.from({ length: n }, (_, i) => review(i)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pulse Watch X2 – Customer reviews</title></head>
<body><main><h1>Pulse Watch X2</h1><p>A light fitness watch with GPS and heart rate.</p>
<section><h2>Customer reviews</h2>${reviews}</section>
${twice ? `<section class="mobile-only"><h2>Customer reviews</h2>${reviews}</section>` : ''}</main></body></html>`;
}
