import { describe, expect, test } from 'vitest';
import { worthAnalysing } from '../../lib/detect/prefilter';
import type { PageSignals } from '../../lib/schema';
import { pageSignals } from './builders';

const ARTICLE = { paragraphs: 12, paragraphChars: 5000 };

function input(signals: Partial<PageSignals>, size = ARTICLE) {
  return {
    signals: pageSignals(signals),
    ...size,
  };
}

describe('worthAnalysing', () => {
  describe('returns true', () => {
    test.each<[string, Partial<PageSignals>, typeof ARTICLE]>([
      ['an article-shaped page with no cues (many reviews carry none)', {}, ARTICLE],
      ['review markup', { schemaTypes: ['CriticReview'] }, ARTICLE],
      [
        'a review headline on a page whose text sits in <div>s',
        { headline: "Review: 'Mad Money'" },
        { paragraphs: 0, paragraphChars: 300 },
      ],
      ['a review URL', { urlPath: '/reviews/albums/x/' }, ARTICLE],
      [
        'a review word in the document title of a page with no <h1> and its text in table cells',
        { documentTitle: 'Stage review: The Salt Road at the Ledger Theatre' },
        { paragraphs: 1, paragraphChars: 4000 },
      ],
      ['a /news/ URL alone', { urlPath: '/news/2008/x/' }, ARTICLE],
      // A shop page is not a veto: with customer reviews on it, it is a review list.
      [
        'a shop page with customer reviews',
        { schemaTypes: ['Product', 'AggregateRating', 'Offer'], ogType: 'product', reviewCount: 87, reviewBlocks: 8 },
        { paragraphs: 2, paragraphChars: 400 },
      ],
      ['a shop page with article-length text', { schemaTypes: ['Product', 'Offer'], ogType: 'product' }, ARTICLE],
      ['a recipe', { schemaTypes: ['Recipe', 'AggregateRating'] }, ARTICLE],
    ])('%s', (_name, signals, size) => {
      expect(worthAnalysing(input(signals, size))).toBe(true);
    });
  });

  describe('returns false', () => {
    test.each<[string, Partial<PageSignals>, typeof ARTICLE]>([
      [
        'a shop page with a short blurb and no reviews',
        { schemaTypes: ['Product', 'Offer'], ogType: 'product' },
        { paragraphs: 2, paragraphChars: 300 },
      ],
      ['a fact-check', { schemaTypes: ['ClaimReview'], headline: 'Fact Check: review of a claim' }, ARTICLE],
      ['an app shell', {}, { paragraphs: 1, paragraphChars: 80 }],
      ['a news headline', { headline: 'Atonement up for British film awards' }, ARTICLE],
      ['a list headline', { headline: '7 Disney Channel Original Movies That You Need to See' }, ARTICLE],
    ])('%s', (_name, signals, size) => {
      expect(worthAnalysing(input(signals, size))).toBe(false);
    });
  });
});
