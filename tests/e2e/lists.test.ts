// Pages of many reviews in the built extension, in real Chromium: the list badge, reviews loaded later, the
// popup's list view, click-to-scroll, copy, and "Summarise selection" from the context menu.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch, ROOT } from './harness';
import { listPage } from './list-page';

const LIST = '/tests/fixtures/pages/product-reviews-list/source.html';
/** The badge is added after the page loads (cheap check → analyser); allow for a slow shared machine. */
const BADGE_TIMEOUT_MS = 10_000;
/** Bad input (issue 19): a page of thousands of reviews, a page of one, a list printed twice. */
const HUGE = '/generated/reviews-3000.html';
const HUGE_REVIEWS = 3000;
const ONE = '/generated/reviews-1.html';
const TWICE = '/generated/reviews-12-twice.html';
/** The Amazon-like fixture from a neutral address (a "/lists/" path reads as a listicle to the detector). */
const SHOP = '/generated/shop.html';

let h: Harness;
beforeAll(async () => {
  h = await launch({
    [HUGE]: listPage(HUGE_REVIEWS),
    [ONE]: listPage(1),
    [TWICE]: listPage(12, true),
    [SHOP]: readFileSync(resolve(ROOT, 'tests/fixtures/lists/amazon-like.html'), 'utf8'),
  });
});
afterAll(async () => {
  await h?.close();
});

async function listBadge(page: Page) {
  const badge = page.locator('review-lens-badge');
  await badge.waitFor({ state: 'attached', timeout: BADGE_TIMEOUT_MS });
  return badge;
}

/** The text under the CSS highlight the extension set in `page`, or null when there is none. */
function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('review-lens-quote');
    const range = h ? [...h][0] : undefined;
    return range ? range.toString() : null;
  });
}

describe('list badge', () => {
  test('shows the average and the count, and its card sums the list up', async () => {
    const page = await h.open(LIST);
    const badge = await listBadge(page);
    const toggle = badge.getByRole('button', { name: /^Review Lens reviews:/ });
    expect(await toggle.textContent()).toMatch(/\d\.\d★ · 12 reviews/);
    await toggle.click();
    const card = badge.getByRole('dialog');
    await expect.poll(() => card.textContent()).toMatch(/12 reviews on this page/);
    expect(await card.getByRole('img', { name: /^Reviews: \d+% positive/ }).count()).toBe(1);
    expect(await card.textContent()).toMatch(/Praised.*Complaints/);
    // The page's text is untouched: the badge is one element, its content in a shadow root.
    expect(await page.evaluate(() => document.querySelector('review-lens-badge')?.shadowRoot?.mode)).toBe('open');
    await page.close();
  });

  test('reviews the page loads later ("Show more reviews") are counted when they appear', async () => {
    const page = await h.open(LIST);
    const badge = await listBadge(page);
    const toggle = badge.getByRole('button', { name: /^Review Lens reviews:/ });
    await toggle.click();
    await page.getByRole('button', { name: 'Show more reviews' }).click();
    await expect.poll(() => toggle.textContent(), { timeout: BADGE_TIMEOUT_MS }).toMatch(/· 16 reviews/);
    // The card the user had open stays open.
    await expect.poll(() => badge.getByRole('dialog').textContent()).toMatch(/16 reviews on this page/);
    await page.close();
  });
});

describe('reviews loaded late', () => {
  test('a page that shows no list yet gets its list badge when its reviews section loads', async () => {
    const page = await h.open(ONE);
    // The toolbar click analyses the page (one review: no list, no list badge).
    const popup = await h.openPopup(page);
    await popup.locator('article, .rl-status h1').first().waitFor();
    await popup.close();
    // The page's own script fetches its reviews section later (as shop review widgets do).
    await page.evaluate(() => {
      const first = document.querySelector('.review-card') as Element;
      const section = first.parentElement as Element;
      for (let i = 0; i < 7; i++) {
        const card = first.cloneNode(true) as Element;
        (card.querySelector('p') as Element).textContent =
          `Late review ${i + 1}: the battery life is great and the screen is sharp, I would buy it again.`;
        section.append(card);
      }
    });
    const toggle = (await listBadge(page)).getByRole('button', { name: /^Review Lens reviews/ });
    await expect.poll(() => toggle.textContent(), { timeout: BADGE_TIMEOUT_MS }).toMatch(/· 8 reviews$/);
    await page.close();
  });
});

describe('bad input', () => {
  test('a page of thousands of reviews gets its list badge and popup (the work is capped)', async () => {
    const page = await h.open(HUGE);
    const badge = page.locator('review-lens-badge');
    await badge.waitFor({ state: 'attached', timeout: 30_000 });
    const text = await badge.getByRole('button', { name: /^Review Lens/ }).textContent();
    console.log(`3,000-review page: badge "${text}"`);
    expect(text).toMatch(/· [\d,]+ reviews$/);
    const popup = await h.openPopup(page);
    await popup.getByRole('article', { name: 'Review list summary' }).waitFor();
    await popup.close();
    await page.close();
  });

  test('a page with one review is not a list', async () => {
    const page = await h.open(ONE);
    const popup = await h.openPopup(page);
    // A single short review: the popup reads it as one review (or as no review at all), never as a list.
    await popup.locator('article, .rl-status h1').first().waitFor();
    expect(await popup.getByRole('article', { name: 'Review list summary' }).count()).toBe(0);
    expect(
      await page
        .locator('review-lens-badge')
        .getByRole('button', { name: /^Review Lens reviews/ })
        .count(),
    ).toBe(0);
    await popup.close();
    await page.close();
  });

  test('a list printed twice is counted once', async () => {
    const page = await h.open(TWICE);
    const badge = await listBadge(page);
    expect(await badge.getByRole('button', { name: /^Review Lens reviews/ }).textContent()).toMatch(/· 12 reviews$/);
    await page.close();
  });
});

describe('list popup', () => {
  test('shows the average, the histogram, the share bar, praise and complaints with quotes', async () => {
    const page = await h.open(LIST);
    const popup = await h.openPopup(page);
    const view = popup.getByRole('article', { name: 'Review list summary' });
    await view.waitFor();
    expect(await view.getByRole('heading', { level: 1 }).textContent()).toContain('Pulse Watch X2');
    expect(await view.getByRole('img', { name: /^Average rating \d\.\d out of 5$/ }).count()).toBe(1);
    expect(await view.getByRole('list', { name: 'Ratings' }).getByRole('listitem').count()).toBe(5);
    expect(await view.getByRole('img', { name: /^Reviews: \d+% positive · \d+% mixed · \d+% negative$/ }).count()).toBe(
      1,
    );
    const praised = view.getByRole('region', { name: 'Praised' });
    const complaints = view.getByRole('region', { name: 'Complaints' });
    expect(await praised.locator('.rl-aspect').count()).toBeGreaterThanOrEqual(2);
    expect(await complaints.locator('.rl-aspect').count()).toBeGreaterThanOrEqual(1);
    expect(await complaints.textContent()).toMatch(/customer service/i);
    await popup.close();
    await page.close();
  });

  test('a shop page is shown as its list of reviews, whatever the single-review detector makes of it', async () => {
    // Amazon-like markup: the page around the reviews is a product page, not a review.
    const page = await h.open(SHOP);
    const popup = await h.openPopup(page);
    const view = popup.getByRole('article', { name: 'Review list summary' });
    await view.waitFor();
    expect(await view.locator('.rl-list__count').textContent()).toMatch(/^\d+ reviews/);
    await popup.close();
    await page.close();
  });

  test('clicking a quote scrolls to its review and highlights it, without changing the page', async () => {
    const page = await h.open(LIST);
    await page.setViewportSize({ width: 900, height: 500 });
    const before = await page.evaluate(() => document.body.textContent);
    const popup = await h.openPopup(page);
    const quote = popup.getByRole('region', { name: 'Complaints' }).locator('.rl-aspect__quote').first();
    await quote.waitFor();
    const text = ((await quote.textContent()) ?? '').replace(/^“|”$/g, '');
    await quote.click();
    await expect.poll(() => highlighted(page)).toBe(text);
    // Scrolled (smoothly, so give it a moment): the highlighted review is in view; the reviews start below the
    // first screen.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('review-lens-quote');
            const range = h ? [...h][0] : undefined;
            const box = range?.getBoundingClientRect();
            return box ? box.top >= 0 && box.bottom <= innerHeight && scrollY > 0 : false;
          }),
        { timeout: 5000 },
      )
      .toBe(true);
    expect(await page.evaluate(() => document.body.textContent)).toBe(before);
    await popup.close();
    await page.close();
  });

  test('"Copy summary" puts the plain-text summary of the list on the clipboard', async () => {
    const page = await h.open(LIST);
    const popup = await h.openPopup(page);
    await popup.getByRole('article', { name: 'Review list summary' }).waitFor();
    const copied = await h.copyFromPopup(popup, page);
    expect(copied).toMatch(/^Pulse Watch X2/);
    expect(copied).toMatch(/12 reviews · average \d\.\d out of 5/);
    expect(copied).toMatch(/Ratings: 5: \d+ · 4: \d+ · 3: \d+ · 2: \d+ · 1: \d+/);
    expect(copied).toMatch(/Verdicts: \d+% positive · \d+% mixed · \d+% negative/);
    expect(copied).toMatch(/Complaints:\n {2}- customer service \(\d+ reviews?\): “[^”]+”/);
    expect(copied).toContain(`${h.baseUrl}${LIST}`);
    await popup.close();
    await page.close();
  });
});

describe('context menu: "Summarise selection"', () => {
  /** Selects the contents of `selector` in the page, as a user dragging over it would. */
  const select = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector(sel) as Element);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    }, selector);

  /** A real right-click menu can't be driven in headless Chromium (the menu is native UI): the test fires the
   *  menu's own click event, chrome.contextMenus.onClicked, from the service worker with what Chrome passes. */
  async function clickMenu(page: Page, selectionText: string, frameId = 0): Promise<Page> {
    const tabId = await h.tabIdOf(page);
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/selection.html'));
    const registered = await h.worker.evaluate(
      async ({ id, text, url, frame }) => {
        const api = (
          globalThis as unknown as { chrome: { contextMenus: Record<string, unknown>; tabs: Record<string, unknown> } }
        ).chrome;
        const onClicked = api.contextMenus.onClicked as { dispatch(...args: unknown[]): void; hasListeners(): boolean };
        const tab = await (api.tabs.get as (id: number) => Promise<unknown>)(id);
        onClicked.dispatch(
          {
            menuItemId: 'review-lens-summarise-selection',
            selectionText: text,
            frameId: frame,
            editable: false,
            pageUrl: url,
          },
          tab,
        );
        return onClicked.hasListeners();
      },
      { id: tabId, text: selectionText, url: page.url(), frame: frameId },
    );
    expect(registered).toBe(true);
    const view = await opened;
    await view.waitForLoadState('load');
    return view;
  }

  test('is registered for selected text', async () => {
    const manifest = await h.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions: string[] } } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest.permissions).toContain('contextMenus');
  });

  test('a selection of several reviews is summarised as a list, and its quotes are found in the page', async () => {
    const page = await h.open(LIST);
    const text = await select(page, '#review-list');
    const view = await clickMenu(page, text);
    const list = view.getByRole('article', { name: 'Review list summary' });
    await list.waitFor({ timeout: BADGE_TIMEOUT_MS });
    expect(await list.locator('.rl-kind').textContent()).toMatch(/^12 reviews/);
    const quote = list.locator('.rl-aspect__quote').first();
    const quoted = ((await quote.textContent()) ?? '').replace(/^“|”$/g, '');
    await quote.click();
    await expect.poll(() => highlighted(page)).toBe(quoted);
    await view.close();
    await page.close();
  });

  test('a selection of one review is summarised as one review', async () => {
    const page = await h.open(LIST);
    const text = await select(page, '#rev-2 .review-card__body');
    const view = await clickMenu(page, text);
    const summary = view.getByRole('article', { name: 'Review summary' });
    await summary.waitFor({ timeout: BADGE_TIMEOUT_MS });
    expect(await summary.getByRole('img', { name: /^Verdict: Negative/ }).count()).toBe(1);
    await view.close();
    await page.close();
  });

  test("a selection out of the page's reach (in a frame) is summarised from the browser's copy of the text", async () => {
    const page = await h.open(LIST);
    const text =
      'The strap snapped after three weeks of normal wear. Customer service took ten days to reply and then refused a replacement. A complete waste of money.';
    const view = await clickMenu(page, text, 1);
    expect(new URL(view.url()).searchParams.get('tabId')).toBeNull();
    const summary = view.getByRole('article', { name: 'Review summary' });
    await summary.waitFor({ timeout: BADGE_TIMEOUT_MS });
    expect(await summary.getByRole('heading', { level: 1 }).textContent()).toBe('Selected text');
    await view.close();
    await page.close();
  });
});
