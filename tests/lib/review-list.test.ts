// The review-list finder and summary on small hand-made pages in several markups (tests/fixtures/lists).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { findListedReviews } from '../../lib/extract/review-list';
import { summariseReviewList } from '../../lib/summarise/review-list';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/lists');
const load = (name: string) => parseHTML(readFileSync(resolve(FIXTURES, name), 'utf8')).document as unknown as Document;

describe('findListedReviews', () => {
  test.each([
    { page: 'jsonld-product.html', count: 3, ratings: [5, 4, 2], aggregate: 3.67 },
    { page: 'amazon-like.html', count: 4, ratings: [5, 2, 1, 4], aggregate: null },
  ])('$page: finds $count reviews with their ratings', ({ page, count, ratings, aggregate }) => {
    const listed = findListedReviews(load(page));
    expect(listed?.items).toHaveLength(count);
    expect(listed?.items.map((i) => i.rating)).toEqual(ratings);
    expect(listed?.aggregate?.value ?? null).toBe(aggregate);
  });

  test('leaves names, dates, badges and buttons out of the review text', () => {
    const listed = findListedReviews(load('amazon-like.html'));
    const text = listed?.items.map((i) => i.text).join('\n') ?? '';
    for (const chrome of [
      'Jordan K.',
      'Reviewed in',
      'Verified Purchase',
      'found this helpful',
      'Report',
      'out of 5',
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(text).toContain('The battery life is incredible, I charge them once a week.');
  });
});

describe('summariseReviewList', () => {
  test('counts, averages and quotes praise and complaints verbatim from reviews of the right side', () => {
    const listed = findListedReviews(load('amazon-like.html'));
    const list = listed && summariseReviewList(listed);
    expect(list).toMatchObject({ count: 4, averageRating: { value: 3, best: 5, score: 60 } });
    expect(list?.distribution).toEqual({ '1': 1, '2': 1, '3': 0, '4': 1, '5': 1 });
    for (const [side, aspects] of [
      ['positive', list?.praise ?? []],
      ['negative', list?.complaints ?? []],
    ] as const) {
      expect(aspects.length).toBeGreaterThan(0);
      for (const a of aspects) {
        const review = list?.reviews[a.quote.review];
        expect(review?.verdict).toBe(side);
        expect(review?.text).toContain(a.quote.text);
      }
    }
  });
});
