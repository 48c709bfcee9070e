// fast-check generators for the property tests: strings a web page can hand the summariser (empty, control
// characters, right-to-left scripts, emoji, HTML fragments, review-like prose) and small HTML documents.
// Weighted so that most cases look a little like the real thing (the summariser's interesting paths need words,
// names, ratings and sentence ends) and the rest are hostile.
import fc from 'fast-check';

const chars = (codes: [number, number][]) =>
  fc.oneof(...codes.map(([min, max]) => fc.integer({ min, max }))).map((c) => String.fromCodePoint(c));

/** C0 and C1 controls, zero-width and bidi marks, line and paragraph separators, a lone surrogate, BOM. */
const controlChar = chars([
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2028, 0x2029],
  [0xd800, 0xd800],
  [0xfeff, 0xfeff],
]);
/** Hebrew and Arabic letters, with the spaces and punctuation between words. */
const rtlChar = fc.oneof(
  {
    weight: 5,
    arbitrary: chars([
      [0x05d0, 0x05ea],
      [0x0621, 0x064a],
    ]),
  },
  { weight: 1, arbitrary: fc.constantFrom(' ', '.', '،', '؟', '\n') },
);
const EMOJI = ['😀', '🎬', '⭐', '★', '☆', '½', '👍🏽', '👨‍👩‍👧', '🇫🇷', '❤️', '🍿', '🤷‍♀️', '\u{1F3FB}', '\uFE0F'];

/** Words the summariser looks for: role words, capitalised names, ratings, judgements, sentence ends. */
const REVIEW_WORDS = [
  'The',
  'film',
  'Directed by',
  'directed by',
  'stars',
  'starring',
  'as',
  'plays',
  'with',
  'Jane Doe',
  'John Smith',
  'Ana de la Cruz',
  'J. R.',
  'O’Brien',
  "Dex Harlan's",
  'Walt Kruger',
  'Review',
  'review',
  'Rating:',
  '4/5',
  '7/10',
  '★★★½',
  'B+',
  '10 out of 10',
  '3 stars',
  'great',
  'wonderful',
  'terrible',
  'boring',
  'not',
  'but',
  'I loved it',
  'Skip it',
  'music by',
  'written by',
  'screenplay',
  '"',
  '“',
  '”',
  '(',
  ')',
  ',',
  '.',
  '!',
  '?',
  '...',
  ':',
  ';',
  '-',
  '—',
  '\n',
  '\n\n',
  ' ',
  ' ',
  ' ',
];
const HTML_BITS = [
  '<p>',
  '</p>',
  '<br>',
  '<br/>',
  '<div class="review">',
  '</div>',
  '<script>alert(1)</script>',
  '<!--',
  '-->',
  '<img src=x onerror=alert(1)>',
  '&amp;',
  '&lt;',
  '&#x27;',
  '&nbsp;',
  '<b>',
  '</b>',
  '<a href="#">',
  '</a>',
  '<',
  '>',
  '</',
  '<![CDATA[',
  ']]>',
  '<style>*{}</style>',
];

/** One piece of a generated text; the weights set how often each kind of trouble comes up. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...REVIEW_WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: controlChar, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: rtlChar, minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML_BITS) },
);

/** Text of up to `maxPieces` pieces joined by spaces or nothing. fast-check's `size` biases the length: 'small'
 *  (the default) keeps most texts to about ten pieces, so that 10,000 whole summaries run in seconds. */
export function pageText(maxPieces = 40, size: fc.SizeForArbitrary = 'small'): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 12,
      arbitrary: fc
        .array(fc.tuple(piece, fc.constantFrom(' ', '', ' ', '\n')), { maxLength: maxPieces, size })
        .map((parts) => parts.map(([p, sep]) => p + sep).join('')),
    },
  );
}

const TAGS = ['div', 'p', 'article', 'main', 'section', 'span', 'h1', 'h2', 'header', 'footer', 'nav', 'aside', 'li'];
const attr = fc.oneof(
  fc.constantFrom('class="review"', 'class="byline"', 'role="main"', 'itemprop="reviewBody"', 'hidden', 'lang="ar"'),
  fc.constantFrom('itemscope itemtype="https://schema.org/Review"', 'itemprop="ratingValue" content="4"', 'dir="rtl"'),
);

/** A small HTML element tree with text from pageText: the shapes Readability and the structured-data reader meet. */
const element: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    pageText(12),
    // Paragraphs long enough to make an article (extraction needs a few hundred characters).
    pageText(80).map((t) => `<p>${t}</p>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, attrs, kids]) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${kids.join('')}</${tag}>`),
  ),
})).node;

/** JSON-LD blocks, valid and not: the structured-data reader must take what it can and ignore the rest. */
const jsonLd = fc
  .oneof(
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.constantFrom(
      '{"@type":"Review","reviewRating":{"ratingValue":"x","bestRating":0},"author":[null,{"name":1}]}',
      '{"@graph":[{"@type":["Review","CriticReview"],"itemReviewed":{"@type":"Movie","actor":"A"}}]}',
      '{"@type":"Product","review":[{"@type":"Review","reviewBody":"Good."}],"aggregateRating":{}}',
      '{"@type":"Review",',
      '[[[[]]]]',
    ),
  )
  .map((json) => `<script type="application/ld+json">${json}</script>`);

const head = fc
  .array(
    fc.oneof(
      jsonLd,
      fc.constantFrom(
        '<meta property="og:type" content="article">',
        '<meta property="og:site_name" content="">',
        '<link rel="canonical" href="http://[::1">',
        '<link rel="canonical" href="/x">',
        '<meta name="author" content="A">',
      ),
      pageText(6).map((t) => `<title>${t}</title>`),
    ),
    { maxLength: 3 },
  )
  .map((parts) => parts.join(''));

/** An article-shaped body: a headline and a few paragraphs among page chrome, long enough to extract. */
const articleBody = fc
  .tuple(
    fc.array(element, { maxLength: 2 }),
    pageText(8),
    fc.array(pageText(50, 'max'), { minLength: 3, maxLength: 4 }),
    fc.constantFrom('article', 'main', 'div'),
  )
  .map(([chrome, h1, paras, tag]) => {
    const body = paras.map((p) => `<p>${p}</p>`).join('');
    return `${chrome.join('')}<${tag}><h1>${h1}</h1>${body}</${tag}>`;
  });

/** A whole HTML document, or now and then a string that is barely HTML at all. */
export const htmlDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(head, fc.array(element, { maxLength: 5 })).map(([h, b]) => page(h, b.join(''))) },
  { weight: 2, arbitrary: fc.tuple(head, articleBody).map(([h, b]) => page(h, b)) },
  { weight: 1, arbitrary: pageText(30) },
  { weight: 1, arbitrary: fc.string({ maxLength: 80 }) },
);

function page(headHtml: string, bodyHtml: string): string {
  return `<!doctype html><html><head>${headHtml}</head><body>${bodyHtml}</body></html>`;
}
