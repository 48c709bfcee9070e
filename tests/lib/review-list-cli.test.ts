// The command-line JSON carries the list summary of a page with many reviews (review.form "list", reviewList).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

test('review-lens summarize --format json: a list page has review.form "list" and its reviewList', () => {
  const page = 'tests/fixtures/lists/amazon-like.html';
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', 'summarize', '--format', 'json', page], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  const record = JSON.parse(r.stdout.trim());
  expect(record.review.form).toBe('list');
  expect(record.reviewList).toMatchObject({ count: 4, averageRating: { value: 3, best: 5 } });
  expect(record.reviewList.reviews).toHaveLength(4);
  expect(record.reviewList.praise.length + record.reviewList.complaints.length).toBeGreaterThanOrEqual(2);
});
