// Property tests of the whole summariser: whatever text a page hands it (empty, control characters,
// right-to-left scripts, emoji, HTML fragments, review-like prose), summarise() must not throw, must return a
// Summary the schema accepts, quote only the text it was given (at the offsets it reports), keep every score in
// its range and give the same answer twice. Generated strings are short so that 10,000 whole summaries run in
// seconds; huge inputs are the example-based tests at the end.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleFromText, textArticle } from '../../lib/extract/article';
import { summarise } from '../../lib/pipeline';
import { type Article, Summary, type TextSpan } from '../../lib/schema';
import { pageText } from './arbitraries';

/** The floor: at least this many generated cases per property on every run. */
const NUM_RUNS = 10_000;
/** Generous for 10,000 short summaries on a shared two-core machine; a hang or a blow-up is far beyond it. */
const PROPERTY_TIMEOUT_MS = 120_000;

/** A fixed clock: stats.ms is the one field allowed to differ between two runs. */
const fixedClock = { now: () => 0 };

/** Both ways text reaches the summariser: as given (tests, the page analyser) and as the CLI reads a file. */
const article: fc.Arbitrary<Article> = fc.oneof(
  fc
    .tuple(pageText(), fc.constantFrom(null, 'en', 'en-GB', 'de', 'ar', 'he', ''))
    .map(([text, lang]) => textArticle(text, { lang })),
  pageText().map((text) => articleFromText(text)),
  // Now and then a few sentences' worth, so that quotes, people and the verdict's reasons have material.
  pageText(60, 'medium').map((text) => textArticle(text, { lang: 'en' })),
);

/** Every span the summary reports: quotes, the sentences behind the verdict and behind each aspect. */
function spans(s: Summary): TextSpan[] {
  return [...s.quotes, ...s.verdict.why, ...s.verdict.aspects.map((a) => a.sentence)];
}

/** The invariants a Summary of `input` must keep; throws (with the reason) when one breaks. */
function checkSummary(input: Article, s: Summary): void {
  const parsed = Summary.safeParse(s);
  if (!parsed.success) throw new Error(`schema: ${parsed.error.message}`);
  for (const span of spans(s)) {
    expect(span.start, 'span inside the text').toBeLessThanOrEqual(span.end);
    expect(input.text.slice(span.start, span.end), 'span verbatim at its offsets').toBe(span.text);
  }
  for (const q of s.quotes) expect(q.text.trim(), 'a quote has text').not.toBe('');
  const { score, confidence, stated } = s.verdict;
  expect(Number.isInteger(score) && score >= 0 && score <= 100, `verdict score ${score}`).toBe(true);
  expect(confidence >= 0 && confidence <= 1, `verdict confidence ${confidence}`).toBe(true);
  if (stated) expect(stated.score >= 0 && stated.score <= 100, `stated score ${stated.score}`).toBe(true);
  expect(s.review.confidence >= 0 && s.review.confidence <= 1, `review confidence ${s.review.confidence}`).toBe(true);
  expect(s.stats.words).toBeGreaterThanOrEqual(0);
}

describe('summarise() on any text', () => {
  test(
    'does not throw, passes the Summary schema, quotes verbatim, keeps scores in range',
    () => {
      fc.assert(
        fc.property(article, (a) => {
          checkSummary(a, summarise(a, fixedClock));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    'gives the same answer twice',
    () => {
      fc.assert(
        fc.property(article, (a) => {
          expect(summarise(a, fixedClock)).toEqual(summarise(structuredClone(a), fixedClock));
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test('stats.ms is the only field that may differ between runs', () => {
    // Guards the determinism property above: it pins the clock, so it must be the clock alone that varies.
    let t = 0;
    const ticking = { now: () => (t += 7) };
    const a = textArticle('A fine film. Jane Doe plays Ruth, and she is wonderful.');
    const [one, two] = [summarise(a, ticking), summarise(a, ticking)];
    expect(one.stats.ms).toBe(7);
    expect({ ...one, stats: { ...one.stats, ms: 0 } }).toEqual({ ...two, stats: { ...two.stats, ms: 0 } });
  });
});

/** Huge inputs: one each, built deterministically, past the summariser's own length limit. */
const HUGE_CHARS = 150_000;
const repeatTo = (unit: string) => unit.repeat(Math.ceil(HUGE_CHARS / unit.length));
/** Far beyond what these take (about a second or two); a regression to backtracking takes minutes. */
const HUGE_TIMEOUT_MS = 30_000;

describe('summarise() on huge texts', () => {
  test.each([
    [
      'review prose',
      repeatTo('Directed by Jane Doe, the film stars John Smith as Walt. It is wonderful, not boring. '),
    ],
    ['emoji', repeatTo('🎬⭐👨‍👩‍👧 🇫🇷 ')],
    ['right-to-left text', repeatTo('שלום עולם. مرحبا بالعالم، ')],
    ['control characters', repeatTo('\u0000\u0007\u001b\u200b\u202e\u2028\ufeff a')],
    ['HTML fragments', repeatTo('<p>Good film.</p><script>alert(1)</script>&amp; <br/>')],
    ['one word, no spaces', repeatTo('x')],
  ])(
    '%s',
    (_, text) => {
      expect(text.length).toBeGreaterThanOrEqual(HUGE_CHARS);
      const a = textArticle(text);
      checkSummary(a, summarise(a, fixedClock));
    },
    HUGE_TIMEOUT_MS,
  );
});
