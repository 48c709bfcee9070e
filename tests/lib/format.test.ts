import { describe, expect, test } from 'vitest';
import { quoteCitation, toMarkdown, toPlainText, verdictLine } from '../../lib/format';
import { averageText, averageWords, distributionRows, pageRatingWords, verdictShares } from '../../lib/list-figures';
import type { ReviewList } from '../../lib/schema';
import { NOT_A_REVIEW_SUMMARY, SAMPLE_SUMMARY, UNSURE_REVIEW_SUMMARY } from '../components/sample-summary';

describe('format', () => {
  test('plain text has title, verdict, people, quotes, source and link', () => {
    expect(toPlainText(SAMPLE_SUMMARY)).toBe(
      [
        'The Salt Road',
        "Verdict: Positive — 80/100 (reviewer's rating: 4/5)",
        'People: Teodora Vance — director; Idris Calloway — actor as Abel',
        'Key quotes:',
        '  “It is one of the best films of the year.”',
        '  “Calloway has never been better.”',
        'Source: Maya Okonkwo, The Evening Ledger — https://ledger.example/film/the-salt-road-review',
        'Summarised on this device by Review Lens.',
      ].join('\n'),
    );
  });

  test('a page the detector does not take for a review carries the caveat wherever it is copied or printed', () => {
    const doubtful = "Review Lens isn't sure this page is a review (32% likely), so the verdict may not mean much.";
    expect(toPlainText(UNSURE_REVIEW_SUMMARY).split('\n').slice(0, 3)).toEqual([
      'The Salt Road',
      doubtful,
      "Verdict: Positive — 80/100 (reviewer's rating: 4/5)",
    ]);
    expect(toMarkdown(UNSURE_REVIEW_SUMMARY)).toContain(`_${doubtful}_\n\n**Verdict:**`);
    expect(toPlainText(NOT_A_REVIEW_SUMMARY)).toContain("Review Lens doesn't take this page for a review (5% likely)");
    expect(toPlainText(SAMPLE_SUMMARY)).not.toContain('may not mean much');
  });

  test('Markdown links the source and escapes page text', () => {
    const md = toMarkdown({ ...SAMPLE_SUMMARY, title: 'Stars *and* [brackets]' });
    expect(md).toContain('### Stars \\*and\\* \\[brackets\\]');
    expect(md).toContain(
      'Source: [Maya Okonkwo, The Evening Ledger](https://ledger.example/film/the-salt-road-review)',
    );
    expect(md).toContain('> “Calloway has never been better.”');
  });

  test('a page that names neither reviewer nor site is sourced by its host, not its raw title again', () => {
    const shop = {
      ...SAMPLE_SUMMARY,
      title: 'SainSmart 4-Channel Relay Module',
      source: {
        ...SAMPLE_SUMMARY.source,
        reviewer: null,
        siteName: null,
        title: 'Amazon.com: SainSmart 4-Channel Relay Module : Automotive',
        url: 'https://www.amazon.com/dp/B0057OC5O8',
      },
    };
    expect(toPlainText(shop)).toContain('Source: amazon.com — https://www.amazon.com/dp/B0057OC5O8');
    expect(toMarkdown(shop)).toContain('Source: [amazon.com](https://www.amazon.com/dp/B0057OC5O8)');
    // A saved file has no host: the page title is all there is.
    const saved = { ...shop, source: { ...shop.source, url: 'file:///home/me/page.html' } };
    expect(toPlainText(saved)).toContain('Source: Amazon.com: SainSmart 4-Channel Relay Module : Automotive — file:');
  });

  test.each([
    [SAMPLE_SUMMARY.verdict, "Positive — 80/100 (reviewer's rating: 4/5)"],
    [
      { ...SAMPLE_SUMMARY.verdict, basis: 'inferred', stated: null, confidence: 0.734, label: 'mixed', score: 52 },
      'Mixed — 52/100 (inferred from the text, 73% confidence)',
    ],
    [
      { ...SAMPLE_SUMMARY.verdict, basis: 'inferred', stated: null, confidence: 0.55, label: 'positive', score: 58 },
      'Positive · low confidence — 58/100 (inferred from the text, 55% confidence)',
    ],
    [
      // A stated rating is never shown as doubtful, whatever its confidence field says.
      { ...SAMPLE_SUMMARY.verdict, confidence: 0.2 },
      "Positive — 80/100 (reviewer's rating: 4/5)",
    ],
  ] as const)('verdict line %#', (verdict, want) => {
    expect(verdictLine({ ...SAMPLE_SUMMARY, verdict: { ...verdict, why: [] } })).toBe(want);
  });

  test('a quote is cited with author, site and URL', () => {
    expect(quoteCitation({ text: 'Fine.' }, SAMPLE_SUMMARY)).toBe(
      '“Fine.” — Maya Okonkwo, The Evening Ledger (https://ledger.example/film/the-salt-road-review)',
    );
  });

  test.each([
    [[7, 1, 0], { positive: 88, mixed: 12, negative: 0 }],
    [[1, 1, 1], { positive: 34, mixed: 33, negative: 33 }],
    [[2, 0, 1], { positive: 67, mixed: 0, negative: 33 }],
    [[5, 0, 0], { positive: 100, mixed: 0, negative: 0 }],
    [[0, 0, 0], { positive: 0, mixed: 0, negative: 0 }],
  ] as const)('verdict shares of %j add up to 100', ([positive, mixed, negative], want) => {
    const list = { verdicts: { positive, mixed, negative } } as unknown as ReviewList;
    expect(verdictShares(list)).toEqual(want);
  });
});

describe('a list scored out of 100', () => {
  const list = {
    count: 5,
    averageRating: { value: 74, best: 100, score: 74 },
    distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0, '6': 1, '7': 0, '8': 1, '9': 1, '10': 1 },
    verdicts: { positive: 3, mixed: 1, negative: 1 },
  } as unknown as ReviewList;

  test('the histogram has ten rows named by their score, the average no decimal', () => {
    expect(distributionRows(list).slice(0, 4)).toEqual([
      ['100', 1],
      ['90', 1],
      ['80', 1],
      ['70', 0],
    ]);
    expect(distributionRows(list)).toHaveLength(10);
    expect(averageText(list)).toBe('74/100');
    expect(averageWords(list)).toBe('average 74 out of 100');
  });
});

test("a list whose average is the page's own, over reviews none of which is rated, has no histogram", () => {
  const list = {
    count: 3,
    averageRating: { value: 8.6, best: 10, score: 86 },
    distribution: {},
    verdicts: { positive: 3, mixed: 0, negative: 0 },
    pageRating: { value: 8.6, best: 10, count: 1204 },
  } as unknown as ReviewList;
  expect(distributionRows(list)).toEqual([]);
  // Said to be the page's, not an average of the three reviews read.
  expect(averageWords(list)).toBe("the page's rating 8.6 out of 10 from 1,204 ratings");
});

describe("the page's own rating beside the reviews read", () => {
  const list = {
    count: 6,
    averageRating: { value: 3.33, best: 5, score: 66.6 },
    distribution: { '1': 1, '2': 1, '3': 1, '4': 1, '5': 2 },
    verdicts: { positive: 3, mixed: 1, negative: 2 },
    pageRating: { value: 4.2, best: 5, count: 18233 },
  } as unknown as ReviewList;

  test('is named with its count when the reviews read are a few of many', () => {
    expect(pageRatingWords(list)).toBe('4.2 out of 5 from 18,233 ratings');
  });

  test.each([
    ['the markup states none', { pageRating: null }],
    ['the average shown is that rating already', { distribution: {} }],
    ['the reviews read are all there are', { pageRating: { value: 3.3, best: 5, count: 6 } }],
  ])('is left out where %s', (_name, change) => {
    expect(pageRatingWords({ ...list, ...change } as unknown as ReviewList)).toBeNull();
  });
});
