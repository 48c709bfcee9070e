// The command line's code path (summariseInput: linkedom + extraction + pipeline) gives a page with many reviews
// review.form "list" and its reviewList, the fields the CLI's JSON prints as they are.
import { expect, test } from 'vitest';
import { summariseInput } from '../../cli/main';

test('a list page summarised as the CLI does has review.form "list" and its reviewList', async () => {
  const summary = await summariseInput('tests/fixtures/lists/amazon-like.html', 3);
  expect(summary.review.form).toBe('list');
  expect(summary.reviewList).toMatchObject({ count: 4, averageRating: { value: 3, best: 5 } });
  expect(summary.reviewList?.reviews).toHaveLength(4);
  const aspects = (summary.reviewList?.praise.length ?? 0) + (summary.reviewList?.complaints.length ?? 0);
  expect(aspects).toBeGreaterThanOrEqual(2);
});

test("a list page's summary is no one reviewer's: the first review's author is not the source's", async () => {
  // Critics' excerpts, each with its critic's name in an "author" element the extractor takes for a byline.
  const summary = await summariseInput('tests/fixtures/lists/critic-scores.html', 3);
  expect(summary.review.form).toBe('list');
  expect(summary.reviewList?.count).toBe(5);
  expect(summary.source.reviewer).toBeNull();
});
