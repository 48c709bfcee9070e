import type { ReviewList, Summary } from '../../lib/schema';
import { SAMPLE_SUMMARY } from './sample-summary';

/** A page of customer reviews as the popup would receive it (values chosen by hand for the tests). */
export const SAMPLE_LIST: ReviewList = {
  count: 128,
  averageRating: { value: 4.23, best: 5, score: 80.8 },
  distribution: { '1': 8, '2': 10, '3': 20, '4': 30, '5': 60 },
  verdicts: { positive: 93, mixed: 15, negative: 20 },
  reviews: [
    { text: 'The battery lasts all week and the screen is sharp.', rating: 5, verdict: 'positive' },
    { text: 'Support never answered my emails. The strap broke after a month.', rating: 1, verdict: 'negative' },
    { text: 'Battery life is superb, two days of hard use.', rating: 4, verdict: 'positive' },
  ],
  praise: [
    {
      aspect: 'battery life',
      count: 41,
      quote: { text: 'The battery lasts all week and the screen is sharp.', review: 0 },
    },
    { aspect: 'screen', count: 17, quote: { text: 'The battery lasts all week and the screen is sharp.', review: 0 } },
  ],
  complaints: [
    { aspect: 'customer service', count: 9, quote: { text: 'Support never answered my emails.', review: 1 } },
    { aspect: 'strap', count: 6, quote: { text: 'The strap broke after a month.', review: 1 } },
  ],
};

export const SAMPLE_LIST_SUMMARY: Summary = {
  ...SAMPLE_SUMMARY,
  source: {
    url: 'https://shop.example/watch-x2',
    title: 'Pulse Watch X2 — customer reviews',
    siteName: 'Shop Example',
    reviewer: null,
    publishedTime: null,
    extraction: 'structured-data',
  },
  title: 'Pulse Watch X2',
  review: { confidence: 0.9, kind: 'product', form: 'list' },
  people: [],
  quotes: [],
  reviewList: SAMPLE_LIST,
};

/** The same page without ratings (a forum thread, user reviews with no stars). */
export const UNRATED_LIST_SUMMARY: Summary = {
  ...SAMPLE_LIST_SUMMARY,
  reviewList: {
    ...SAMPLE_LIST,
    count: 40,
    averageRating: null,
    distribution: {},
    verdicts: { positive: 29, mixed: 5, negative: 6 },
  },
};

/** A page of "Recommended" / "Not recommended" reviews (Steam-style thumbs): ratings 1 and 0, best 1. */
export const THUMBS_LIST_SUMMARY: Summary = {
  ...SAMPLE_LIST_SUMMARY,
  reviewList: {
    ...SAMPLE_LIST,
    count: 7,
    averageRating: { value: 0.71, best: 1, score: 71.4 },
    distribution: { '0': 2, '1': 5 },
    verdicts: { positive: 5, mixed: 0, negative: 2 },
  },
};
