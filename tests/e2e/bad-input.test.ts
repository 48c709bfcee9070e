// Pages that are not reviews, or not readable: each gets a clear message in the popup and no badge, never a
// hang or a broken page. A review the models cannot read (another language) gets a badge that says so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, launch } from './harness';

const PAGES = '/tests/fixtures/pages';
/** The German news fixture, served at a news-like address: under /tests/ its URL would read as a product
 *  test ("Test" is German for a review), the one page cue a text the models cannot read leaves. */
const GERMAN_NEWS_PATH = '/lokales/stadtrat-radweg.html';
/** A 5 MB page: thousands of paragraphs of comment-thread filler around a short review. */
const HUGE_PATH = '/generated/huge.html';
const HUGE_TARGET_BYTES = 5 * 1024 * 1024;
/** Generous: the page is summarised within a bounded time even on a slow shared machine. */
const HUGE_PAGE_BUDGET_MS = 15_000;

function hugePage(): string {
  const review = `<p>Directed by Nadia Petrov, Glass Orchard is a beautifully acted, quietly moving drama, and one of
    the most rewarding films of the year. Its two leads are wonderful together.</p>`;
  const comment =
    '<div class="comment"><p>Reader comment: I saw it last week and thought the ending was fine, really, nothing special either way though.</p></div>\n';
  const filler = comment.repeat(Math.ceil(HUGE_TARGET_BYTES / comment.length));
  return `<!doctype html><html lang="en"><head><title>Glass Orchard review</title></head><body>
    <article><h1>Glass Orchard review</h1>${review.repeat(6)}</article><section id="comments">${filler}</section></body></html>`;
}

let h: Harness;
beforeAll(async () => {
  h = await launch({
    [HUGE_PATH]: hugePage(),
    [GERMAN_NEWS_PATH]: readFileSync(resolve(import.meta.dirname, '../fixtures/pages/german-news/source.html'), 'utf8'),
  });
});
afterAll(async () => {
  await h?.close();
});

describe('the popup explains what it cannot do', () => {
  test.each([
    ['a page in another language that is no review', GERMAN_NEWS_PATH, 'This page is in German'],
    ['an empty page', `${PAGES}/empty-page/source.html`, 'No article on this page'],
  ])('%s', async (_name, path, message) => {
    const page = await h.open(path);
    const popup = await h.openPopup(page);
    await popup.getByText(message).waitFor();
    expect(await page.locator('review-lens-badge').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('a review in another language: a badge and a popup that say it is one, and that it was not read', async () => {
    const page = await h.open(`${PAGES}/german-review/source.html`);
    // The badge needs no click, and never shows a verdict the models could not read.
    const pill = page.locator('review-lens-badge').getByRole('img', { name: 'Verdict: In German: not read' });
    await pill.waitFor();
    const popup = await h.openPopup(page);
    const summary = popup.getByRole('article', { name: 'Review summary' });
    await summary.getByText(/This review is in German\. Review Lens reads English reviews only/).waitFor();
    expect(await summary.getByText(/Positive|Mixed|Negative/).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  test('a browser page extensions may not read', async () => {
    const { page, tabId } = await h.openTab('chrome://version');
    const popup = await h.openPopup(tabId);
    await popup.getByText("Extensions can't read this page").waitFor();
    expect(await popup.getByRole('article', { name: 'Review summary' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Summarise anyway' }).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('hostile and huge pages', () => {
  test('a page whose scripts redefine DOM globals and send look-alike messages still gets its summary', async () => {
    const page = await h.open(`${PAGES}/hostile-page/source.html`);
    const popup = await h.openPopup(page);
    const summary = popup.getByRole('article', { name: 'Review summary' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Paper Moons');
    // The page's own CSS hides unknown elements: the badge's Shadow DOM styles keep it visible.
    const badge = page.locator('review-lens-badge');
    await badge.waitFor({ state: 'attached' });
    expect(await badge.isVisible()).toBe(true);
    // The page's own scripts keep running: nothing we did broke them.
    expect(await page.evaluate(() => typeof document.querySelector)).toBe('function');
    await popup.close();
    await page.close();
  });

  test('a 5 MB page is summarised within a bounded time', async () => {
    const page = await h.open(HUGE_PATH);
    const started = Date.now();
    const popup = await h.openPopup(page);
    await popup.getByRole('article', { name: 'Review summary' }).or(popup.getByRole('status')).first().waitFor({
      timeout: HUGE_PAGE_BUDGET_MS,
    });
    expect(Date.now() - started).toBeLessThan(HUGE_PAGE_BUDGET_MS);
    await popup.close();
    await page.close();
  });
});
