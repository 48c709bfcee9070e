// The built add-on in real Firefox ESR (MV3), from the user's side: site access, inline badge, popup.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIREFOX, type Harness, launch, pollPage, type WebExtensionApi } from './harness';

const REVIEW = '/examples/film-review.html';
/** The badge is added after the page loads (cheap check → analyser); allow for a slow shared machine. */
const BADGE_TIMEOUT_MS = 10_000;
/** How long to watch a page for a badge that must not come: past the content script's late re-check (2.5 s). */
const NO_BADGE_WAIT_MS = 3_000;
/** What the add-on asks for in host_permissions; Firefox MV3 lets the user take it back at any time. */
const SITE_ACCESS = { origins: ['http://*/*', 'https://*/*'] };

const firefoxMissing = !existsSync(FIREFOX);
if (firefoxMissing) console.warn(`Skipping the Firefox E2E tests: no Firefox at ${FIREFOX} (set FIREFOX_PATH).`);

const badgeCount = (page: Page) => page.evaluate(() => document.querySelectorAll('review-lens-badge').length);

/** The verdict button's text inside the badge's (open) shadow root, once the badge is there. */
async function badgeVerdict(page: Page): Promise<string> {
  await page.waitForSelector('review-lens-badge', { timeout: BADGE_TIMEOUT_MS });
  await pollPage(
    page,
    () =>
      !!document.querySelector('review-lens-badge')?.shadowRoot?.querySelector('[aria-label^="Review Lens verdict"]'),
    null,
    'the badge to render',
  );
  return page.evaluate(
    () =>
      document.querySelector('review-lens-badge')?.shadowRoot?.querySelector('[aria-label^="Review Lens verdict"]')
        ?.textContent ?? '',
  );
}

describe.skipIf(firefoxMissing)('Firefox MV3', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  test('the add-on has site access on install (Firefox grants MV3 host_permissions at install)', async () => {
    const granted = await h.control.evaluate(
      (origin) =>
        (globalThis as unknown as { browser: WebExtensionApi }).browser.permissions.contains({ origins: [origin] }),
      `${h.baseUrl}/*`,
    );
    expect(granted).toBe(true);
  });

  test('the toolbar button says what it does, and Alt+Shift+L presses it from the keyboard', async () => {
    const api = await h.control.evaluate(async () => {
      const { action, commands } = (globalThis as unknown as { browser: WebExtensionApi }).browser;
      return { title: await action.getTitle({}), commands: await commands.getAll() };
    });
    expect(api.title).toBe('Review Lens: summarise this review');
    expect(api.commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+L' }));
  });

  test('the inline badge appears beside the headline of a review page', async () => {
    const page = await h.open(REVIEW);
    expect(await badgeVerdict(page)).toMatch(/Positive\s*75/);
    expect(await page.evaluate(() => document.querySelector('h1')?.nextElementSibling?.tagName)).toBe(
      'REVIEW-LENS-BADGE',
    );
    await page.close();
  });

  test('the popup shows the summary of the review in the tab', async () => {
    const page = await h.open(REVIEW);
    const popup = await h.openPopup(await h.tabIdOf(page));
    await pollPage(popup, () => !!document.querySelector('article[aria-label="Review summary"]'), null, 'the summary');
    const text = await popup.evaluate(
      () => document.querySelector('article[aria-label="Review summary"]')?.textContent ?? '',
    );
    expect(text).toContain('The Salt Road');
    expect(text).toMatch(/Positive/);
    expect(text).toMatch(/Reviewer's rating/);
    expect(text).toContain('Teodora Vance');
    expect(await popup.evaluate(() => document.querySelectorAll('.rl-quote').length)).toBeGreaterThanOrEqual(1);
    await popup.close();
    await page.close();
  });

  // Last: it changes the add-on's permissions for the rest of the session.
  test('with site access revoked there is no badge; granted again, the badge is back', async () => {
    const removed = await h.control.evaluate(
      (access) => (globalThis as unknown as { browser: WebExtensionApi }).browser.permissions.remove(access),
      SITE_ACCESS,
    );
    expect(removed).toBe(true);
    const page = await h.open(REVIEW);
    await new Promise((ok) => setTimeout(ok, NO_BADGE_WAIT_MS));
    expect(await badgeCount(page)).toBe(0);

    // permissions.request() needs a user gesture: a real (BiDi) click on a button in the add-on's own page.
    await h.control.evaluate((access) => {
      const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
      const button = document.createElement('button');
      button.id = 'grant-site-access';
      button.textContent = 'Allow on all sites';
      button.addEventListener('click', () => {
        void api.permissions.request(access).then((ok) => {
          button.dataset.granted = String(ok);
        });
      });
      document.body.prepend(button);
    }, SITE_ACCESS);
    await h.control.click('#grant-site-access');
    await pollPage(
      h.control,
      () => document.querySelector('#grant-site-access')?.getAttribute('data-granted') === 'true',
      null,
      'the grant',
    );

    await page.reload({ waitUntil: 'load' });
    expect(await badgeVerdict(page)).toMatch(/Positive\s*75/);
    await page.close();
  });
});
