// A single-page app: the review arrives after an in-page navigation. The badge follows the page, and there is
// never more than one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Harness, launch } from './harness';

/** WXT notices in-page navigation by polling the URL about once a second; then the page settles. */
const NAVIGATION_TIMEOUT_MS = 10_000;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

test('the badge appears after in-page navigation to a review, and follows the next one', async () => {
  const page = await h.open('/tests/fixtures/pages/single-page-app/source.html');
  const badge = page.locator('review-lens-badge');
  await page.waitForTimeout(1500);
  expect(await badge.count()).toBe(0);

  await page.getByRole('link', { name: /Paper Moons/ }).click();
  const toggle = badge.getByRole('button', { name: /^Review Lens verdict/ });
  await expect.poll(() => toggle.getAttribute('aria-label'), { timeout: NAVIGATION_TIMEOUT_MS }).toMatch(/positive/);

  // Back to the list of reviews: the badge of the review that is gone goes too.
  await page.getByRole('link', { name: 'Frame Rate' }).click();
  await expect.poll(() => badge.count(), { timeout: NAVIGATION_TIMEOUT_MS }).toBe(0);

  await page.getByRole('link', { name: /Iron Harvest 3/ }).click();
  await expect.poll(() => toggle.getAttribute('aria-label'), { timeout: NAVIGATION_TIMEOUT_MS }).toMatch(/negative/);
  expect(await badge.count()).toBe(1);
  await page.close();
});
