import type { Summary } from '../../lib/schema';

/** A complete summary as the popup would receive it (values chosen by hand for the tests). */
export const SAMPLE_SUMMARY: Summary = {
  schemaVersion: 1,
  source: {
    url: 'https://ledger.example/film/the-salt-road-review',
    title: '‘The Salt Road’ review: a patient, gorgeous road movie',
    siteName: 'The Evening Ledger',
    reviewer: 'Maya Okonkwo',
    publishedTime: null,
    extraction: 'readability',
  },
  title: 'The Salt Road',
  language: { code: 'en', supported: true },
  isReview: true,
  review: { confidence: 0.9, kind: 'film', form: 'single' },
  verdict: {
    label: 'positive',
    score: 80,
    confidence: 1,
    basis: 'stated',
    stated: { text: '4/5', score: 80, origin: 'structured-data' },
    why: [],
    aspects: [],
  },
  people: [
    { name: 'Teodora Vance', role: 'director', roles: ['director'], characters: [], mentions: 2 },
    { name: 'Idris Calloway', role: 'actor', roles: ['actor'], characters: ['Abel'], mentions: 3 },
  ],
  quotes: [
    { text: 'It is one of the best films of the year.', start: 10, end: 50, aspect: 'overall' },
    { text: 'Calloway has never been better.', start: 60, end: 91, aspect: 'acting' },
  ],
  reviewList: null,
  stats: { words: 300, ms: 3 },
};

/** The same page as the detector sees a page that is plainly no review (news, a shop's front page). */
export const NOT_A_REVIEW_SUMMARY: Summary = {
  ...SAMPLE_SUMMARY,
  isReview: false,
  review: { ...SAMPLE_SUMMARY.review, confidence: 0.05 },
};

/** A page the detector doubts: under its boundary, but not far (a restaurant write-up on a blog). */
export const UNSURE_REVIEW_SUMMARY: Summary = {
  ...SAMPLE_SUMMARY,
  isReview: false,
  review: { ...SAMPLE_SUMMARY.review, confidence: 0.32 },
};
