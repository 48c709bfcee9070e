import { describe, expect, test } from 'vitest';
import { showsReviews } from '../../lib/format';
import { DEFAULT_SETTINGS, Settings } from '../../lib/schema';
import { applySiteOverride, isSilentSite, normaliseHost, parseSite, siteOverride } from '../../lib/site';
import { SAMPLE_LIST_SUMMARY } from '../components/sample-list-summary';
import { SAMPLE_SUMMARY } from '../components/sample-summary';

describe('site names', () => {
  test.each([
    ['WWW.Example.com', 'example.com'],
    ['films.example.com', 'films.example.com'],
    ['127.0.0.1', '127.0.0.1'],
  ])('normaliseHost(%s) = %s', (host, site) => {
    expect(normaliseHost(host)).toBe(site);
  });

  test.each([
    ['https://www.Example.com/films', 'example.com'],
    ['  Example.com ', 'example.com'],
    ['films.example.com/reviews/1', 'films.example.com'],
    ['', null],
    ['not a site', null],
  ])('parseSite(%j) = %j', (input, site) => {
    expect(parseSite(input)).toBe(site);
  });
});

describe('matching a page to the settings', () => {
  const settings = Settings.parse({
    silentSites: ['example.com'],
    siteOverrides: { 'example.org': 'not-review', 'films.example.org': 'review' },
  });

  test.each([
    ['www.example.com', true],
    ['films.example.com', true],
    ['notexample.com', false],
    ['example.org', false],
  ])('isSilentSite(%s) = %s', (host, silent) => {
    expect(isSilentSite(settings, host)).toBe(silent);
  });

  test.each([
    ['www.example.org', 'not-review'],
    ['news.example.org', 'not-review'],
    ['films.example.org', 'review'],
    ['example.net', null],
  ])('siteOverride(%s) = %s (the most specific mark wins)', (host, override) => {
    expect(siteOverride(settings, host)).toBe(override);
    expect(siteOverride(DEFAULT_SETTINGS, host)).toBeNull();
  });
});

test.each([
  [true, null, true],
  [true, 'not-review', false],
  [false, 'review', true],
  [false, null, false],
] as const)('a summary with isReview %s and override %s counts as a review: %s', (detected, override, isReview) => {
  const summary = { ...SAMPLE_SUMMARY, isReview: detected };
  const shown = applySiteOverride(summary, override);
  expect(shown.isReview).toBe(isReview);
  // Only the decision changes; the detector's own confidence and kind stay.
  expect(shown.review).toEqual(summary.review);
});

test('"not a review" also hides the list of a page of many reviews; "review" keeps it', () => {
  const list = { ...SAMPLE_LIST_SUMMARY, isReview: false };
  expect(showsReviews(list)).toBe(true);
  expect(showsReviews(applySiteOverride(list, 'not-review'))).toBe(false);
  expect(applySiteOverride(list, 'review').reviewList).toEqual(list.reviewList);
});
