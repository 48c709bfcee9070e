// The built extension in real Chromium, from the user's side: badge, popup, copy, highlight.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch } from './harness';

const REVIEW = '/examples/film-review.html';
const INFERRED = '/tests/fixtures/pages/inferred-film-review/source.html';
const NEWS = '/tests/fixtures/pages/film-news/source.html';
/** The badge is added after the page loads (cheap check → analyser); allow for a slow shared machine. */
const BADGE_TIMEOUT_MS = 10_000;

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe('inline verdict badge', () => {
  test('appears beside the headline of a review page and opens a card with the top quote', async () => {
    const page = await h.open(REVIEW);
    const badge = page.locator('review-lens-badge');
    await badge.waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
    // Placed right after the headline.
    expect(await page.evaluate(() => document.querySelector('h1')?.nextElementSibling?.tagName)).toBe(
      'REVIEW-LENS-BADGE',
    );
    const toggle = badge.getByRole('button', { name: /^Review Lens verdict/ });
    expect(await toggle.textContent()).toMatch(/Positive\s*75/);
    // The score is on the toolbar icon of this tab too.
    const tabId = await h.tabIdOf(page);
    expect(await h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('75');
    await toggle.click();
    await expect.poll(() => badge.getByRole('dialog').textContent()).toMatch(/Reviewer's rating/);
    await badge.getByRole('button', { name: 'Hide the Review Lens badge' }).click();
    await expect.poll(() => page.locator('review-lens-badge').count()).toBe(0);
    await page.close();
  });

  test('does not appear on a news article about a film', async () => {
    const page = await h.open(NEWS);
    await page.waitForTimeout(2500);
    expect(await page.locator('review-lens-badge').count()).toBe(0);
    await page.close();
  });
});

describe('popup', () => {
  test('shows the verdict, the people and the quotes of the review in the tab', async () => {
    const page = await h.open(INFERRED);
    const popup = await h.openPopup(page);
    const summary = popup.getByRole('article', { name: 'Review summary' });
    await summary.waitFor();
    const text = await summary.textContent();
    expect(text).toContain('Iron Harvest 3');
    expect(text).toMatch(/Negative/);
    expect(text).toMatch(/Inferred from the text/);
    expect(text).toContain('Colm Brennan');
    expect(await popup.locator('.rl-quote').count()).toBeGreaterThanOrEqual(3);
    await popup.close();
    await page.close();
  });

  test('says when a page does not look like a review, and can summarise it anyway', async () => {
    const page = await h.open(NEWS);
    const popup = await h.openPopup(page);
    await popup.getByText("This page doesn't look like a review").waitFor();
    // Until asked, the popup shows no summary.
    expect(await popup.getByRole('article', { name: 'Review summary' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Summarise anyway' }).click();
    const summary = popup.getByRole('article', { name: 'Review summary' });
    await summary.waitFor();
    // The summary is of this page: its headline, and at least one quote from its text.
    expect(await summary.textContent()).toContain('Studio confirms fourth');
    expect(await popup.locator('.rl-quote').count()).toBeGreaterThan(0);
    // The verdict of a page that is no review comes with the caveat above it.
    expect(await popup.getByRole('note').textContent()).toMatch(/doesn't take this page for a review \(\d+% likely\)/);
    await popup.close();
    await page.close();
  });

  test('clicking a quote highlights it in the page without changing the text', async () => {
    const page = await h.open(REVIEW);
    const before = await page.evaluate(() => document.body.textContent);
    const popup = await h.openPopup(page);
    const quote = popup.locator('.rl-quote__text').first();
    await quote.waitFor();
    await quote.click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get('review-lens-quote') !== undefined,
        ),
      )
      .toBe(true);
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);
    await popup.close();
    await page.close();
  });
});

describe('toolbar button', () => {
  test('says what it does, and Alt+Shift+L does the same from the keyboard', async () => {
    expect(await h.worker.evaluate(() => chrome.action.getTitle({}))).toBe('Review Lens: summarise this review');
    // Chrome leaves a shortcut unassigned when it is invalid or taken; an assigned one is live.
    const commands = await h.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+L' }));
  });

  test('the settings page tells the user the shortcut', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByText('summarises the page, as the toolbar button does').waitFor();
    expect(await options.locator('kbd').textContent()).toBe('Alt+Shift+L');
    await options.close();
  });
});

describe('copy', () => {
  test('"Copy summary" puts the plain-text summary on the clipboard', async () => {
    const page = await h.open(REVIEW);
    const popup = await h.openPopup(page);
    await popup.getByRole('article', { name: 'Review summary' }).waitFor();
    const copied = await h.copyFromPopup(popup, page);
    expect(copied).toContain('The Salt Road');
    expect(copied).toMatch(/Verdict: Positive — 75\/100/);
    expect(copied).toContain('Teodora Vance — director');
    expect(copied).toContain('https://ledger.example/film/2026/oct/02/the-salt-road-review');
    await popup.close();
    await page.close();
  });
});

// Last in this file: it silences the test server's site for the rest of this browser's life.
describe('settings', () => {
  test('"Don\'t show badges on this site" removes the badge and keeps it away on reload', async () => {
    const page = await h.open(REVIEW);
    await page.locator('review-lens-badge').waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
    const popup = await h.openPopup(page);
    await popup.getByRole('button', { name: "Don't show badges on this site" }).click();
    await popup.getByText('No more badges on 127.0.0.1.').waitFor();
    await expect.poll(() => page.locator('review-lens-badge').count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(2500);
    expect(await page.locator('review-lens-badge').count()).toBe(0);
    // The toolbar click still summarises the page.
    const again = await h.openPopup(page);
    await again.getByRole('article', { name: 'Review summary' }).waitFor();
    await again.close();
    await popup.close();
    await page.close();
  });
});
