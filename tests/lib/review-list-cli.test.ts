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
