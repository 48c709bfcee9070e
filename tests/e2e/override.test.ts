// The user's word on a site, in the built extension: "Not a review" and "This is a review" from the popup,
// undone in the settings page. All served pages share one site (127.0.0.1), so the tests run in order and
// each leaves the site unmarked.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch } from './harness';

const REVIEW = '/examples/film-review.html';
const NEWS = '/tests/fixtures/pages/film-news/source.html';
const SITE = '127.0.0.1';
/** The badge is added after the page loads (cheap check → analyser); allow for a slow shared machine. */
const BADGE_TIMEOUT_MS = 10_000;
/** How long a page is given to show a badge it should not show. */
const NO_BADGE_WAIT_MS = 2500;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const badgeCount = (page: Awaited<ReturnType<Harness['open']>>) => page.locator('review-lens-badge').count();

async function removeMarkInOptions(): Promise<void> {
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  const list = options.getByRole('list', { name: 'Sites you marked' });
  await list.waitFor();
  await options.getByRole('button', { name: `Let Review Lens decide on ${SITE} again` }).click();
  await list.waitFor({ state: 'detached' });
  await options.close();
}

describe('"Not a review"', () => {
  test('removes the badge at once, keeps it away on reload, and the settings page undoes it', async () => {
    const page = await h.open(REVIEW);
    await page.locator('review-lens-badge').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
    const tabId = await h.tabIdOf(page);
    const popup = await h.openPopup(page);
    await popup.getByRole('article', { name: 'Review summary' }).waitFor();
    await popup.getByRole('button', { name: 'Not a review' }).click();
    await popup.getByText(`You marked the pages of ${SITE} as not reviews.`).waitFor();
    expect(await popup.getByRole('article', { name: 'Review summary' }).count()).toBe(0);
    await expect.poll(() => badgeCount(page)).toBe(0);
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await popup.close();

    await page.reload();
    await page.waitForTimeout(NO_BADGE_WAIT_MS);
    expect(await badgeCount(page)).toBe(0);

    await removeMarkInOptions();
    await page.reload();
    await page.locator('review-lens-badge').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
    await page.close();
  });

  test('undone in the settings page while the page is open, the badge comes back without a reload', async () => {
    const page = await h.open(REVIEW);
    await page.locator('review-lens-badge').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
    const popup = await h.openPopup(page);
    await popup.getByRole('button', { name: 'Not a review' }).click();
    await expect.poll(() => badgeCount(page)).toBe(0);
    await popup.close();
    await removeMarkInOptions();
    await page.locator('review-lens-badge').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
    await page.close();
  });
});

describe('"This is a review"', () => {
  test('on a page the detector rejects: badge and summary at once, and on reload', async () => {
    const page = await h.open(NEWS);
    await page.waitForTimeout(NO_BADGE_WAIT_MS);
    expect(await badgeCount(page)).toBe(0);
    const popup = await h.openPopup(page);
    await popup.getByText("This page doesn't look like a review").waitFor();
    await popup.getByRole('button', { name: 'This is a review' }).click();
    await popup.getByRole('article', { name: 'Review summary' }).waitFor();
    await popup.getByText(`You marked the pages of ${SITE} as reviews.`).waitFor();
    await page.locator('review-lens-badge').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
    // The score is on the toolbar icon too.
    const tabId = await h.tabIdOf(page);
    await expect
      .poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toMatch(/^\d+$/);

    await page.reload();
    await page.locator('review-lens-badge').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });

    // Undone from the popup this time: the detector decides again.
    await popup.reload();
    await popup.getByRole('button', { name: 'Undo' }).click();
    await popup.getByText("This page doesn't look like a review").waitFor();
    await expect.poll(() => badgeCount(page)).toBe(0);
    await expect.poll(() => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await popup.close();
    await page.close();
  });
});
