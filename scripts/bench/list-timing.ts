// A page of 200 customer reviews in the built extension, timed from the user's side: page ready → list badge,
// and popup open → list summary on screen. The page is generated (tests/e2e/list-page.ts); served from
// 127.0.0.1 only.
// Standalone: `npx tsx scripts/bench/list-timing.ts` (after `npm run build`); `npm run bench` prints it too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { type Harness, launch } from '../../tests/e2e/harness';
import { listPage } from '../../tests/e2e/list-page';
import { WATCH_BADGE } from './extension-timing';

export const LIST_REVIEWS = 200;
/** Popup opens measured per page (the page is analysed already: the badge is up). */
const POPUP_RUNS = 11;
const EXAMPLE = resolve(import.meta.dirname, '../../examples/film-review.html');
const WAIT_MS = 15_000;
const SUMMARY_SHOWN_MARK = 'review-lens:summary-shown';

export interface ListTiming {
  reviews: number;
  badgeText: string | null;
  domReadyToBadgeMs: number | null;
  medianPopupToSummaryMs: number;
  /** The same measure on the single-review example page in the same run: the machine is shared and noisy,
   *  so the list's figure is read against this one. */
  medianPopupToSummaryExampleMs: number;
  popupRuns: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : Number.NaN;
};

function popupShownAt(page: Page): Promise<number | null> {
  return page
    .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, SUMMARY_SHOWN_MARK, {
      timeout: WAIT_MS,
    })
    .then((v) => v.jsonValue() as Promise<number>)
    .catch(() => null);
}

function badgeShownAt(page: Page): Promise<number | null> {
  return page
    .waitForFunction(() => (window as unknown as { __badgeAt?: number }).__badgeAt, null, { timeout: WAIT_MS })
    .then((v) => v.jsonValue() as Promise<number>)
    .catch(() => null);
}

/** Opens the popup on an analysed page POPUP_RUNS times: open → summary on screen, per run. */
async function popupTimes(h: Harness, page: Page): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < POPUP_RUNS; i++) {
    const popup = await h.openPopup(page);
    const ms = await popupShownAt(popup);
    if (ms !== null) times.push(ms);
    await popup.close();
  }
  return times;
}

export async function benchListTiming(): Promise<ListTiming> {
  const list = '/bench/page-200.html';
  const example = '/bench/example.html';
  const h = await launch({ [list]: listPage(LIST_REVIEWS), [example]: readFileSync(EXAMPLE, 'utf8') });
  try {
    await h.context.addInitScript(WATCH_BADGE);
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}${list}`, { waitUntil: 'domcontentloaded' });
    const shown = await badgeShownAt(page);
    const ready = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    );
    const badge = page.locator('review-lens-badge').getByRole('button', { name: /^Review Lens/ });
    const badgeText = shown === null ? null : await badge.textContent();
    const listTimes = await popupTimes(h, page);
    const single = await h.context.newPage();
    await single.goto(`${h.baseUrl}${example}`, { waitUntil: 'domcontentloaded' });
    await badgeShownAt(single);
    const exampleTimes = await popupTimes(h, single);
    return {
      reviews: LIST_REVIEWS,
      badgeText,
      domReadyToBadgeMs: shown === null ? null : shown - ready,
      medianPopupToSummaryMs: median(listTimes),
      medianPopupToSummaryExampleMs: median(exampleTimes),
      popupRuns: listTimes.length,
    };
  } finally {
    await h.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchListTiming(), null, 2));
}
