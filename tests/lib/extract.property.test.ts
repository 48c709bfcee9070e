// Property test of the DOM side: for any HTML (well-formed or not, with valid and broken JSON-LD, microdata,
// odd canonical links, right-to-left and control characters in the text), extractArticle either returns an
// Article the schema accepts or throws NoArticleError, the documented answer for a page with no article.
// Nothing else may escape: an exception here would break the page analyser on a real page.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle, MIN_ARTICLE_CHARS, NoArticleError } from '../../lib/extract/article';
import { Article } from '../../lib/schema';
import { htmlDocument } from './arbitraries';

/** The floor: at least this many generated cases per property on every run. */
const NUM_RUNS = 10_000;
/** Generous for 10,000 small pages on a shared two-core machine. */
const PROPERTY_TIMEOUT_MS = 120_000;

type Outcome = 'article' | 'no-article';

/** Extracts the page; returns which documented answer it gave, and throws on anything else. */
function extractOrNoArticle(html: string): Outcome {
  const { document } = parseHTML(html);
  try {
    const article = extractArticle(document as unknown as Document, 'https://example.com/reviews/a-film');
    const parsed = Article.safeParse(article);
    if (!parsed.success) throw new Error(`schema: ${parsed.error.message}`);
    expect(article.text.length).toBeGreaterThanOrEqual(MIN_ARTICLE_CHARS);
    return 'article';
  } catch (err) {
    if (err instanceof NoArticleError) return 'no-article';
    throw err;
  }
}

describe('extractArticle() on any HTML', () => {
  // Found by the property below: linkedom gives these no root element, and the CLI printed a TypeError.
  test.each(['', ' ', 'just text', '<!doctype html>', '<!-- a comment -->'])('%j has no article', (html) => {
    expect(extractOrNoArticle(html)).toBe('no-article');
  });

  test(
    'returns a valid Article or throws NoArticleError, nothing else',
    () => {
      const seen = { article: 0, 'no-article': 0 };
      fc.assert(
        fc.property(htmlDocument, (html) => {
          seen[extractOrNoArticle(html)]++;
        }),
        { numRuns: NUM_RUNS },
      );
      // The generator must reach both answers, or the property tests only one path.
      expect(seen.article, 'generated pages with an article').toBeGreaterThan(NUM_RUNS / 20);
      expect(seen['no-article'], 'generated pages without one').toBeGreaterThan(NUM_RUNS / 20);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
