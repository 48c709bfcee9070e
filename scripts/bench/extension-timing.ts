// The built extension in Chromium, timed from the user's side: page load → badge on screen, and popup
// open → summary on screen for an already-analysed page. Pages are served from 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type Harness, launch, type PageMap } from '../../tests/e2e/harness';
import { dataAvailable } from '../eval/shared';
import { loadLabelledPages } from './labelled-pages';

const ROOT = resolve(import.meta.dirname, '../..');
/** A review page whose badge has not appeared by then counts as a miss, not as a time. */
const BADGE_WAIT_MS = 8_000;
const SUMMARY_SHOWN_MARK = 'review-lens:summary-shown';
/** Loads of the example page right after the service worker was stopped, as it is after 30 s idle: the
 *  first review a user opens after a pause pays the worker's start-up. */
const COLD_RUNS = 5;
/** Lets the browser finish stopping the worker before the next page asks for it. */
const STOP_SETTLE_MS = 300;

/** Records when the badge element is attached, relative to navigation start, before any page script runs. */
export const WATCH_BADGE = `
  new MutationObserver((_, obs) => {
    if (document.querySelector('review-lens-badge')) {
      window.__badgeAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

export interface ExtensionTiming {
  pages: number;
  badgesShown: number;
  /** The dev review pages (source/page-id) that got no badge. */
  noBadge: string[];
  medianLoadToBadgeMs: number;
  /** From DOMContentLoaded (when the extension can first look at the page) to the badge: our own latency. */
  medianDomReadyToBadgeMs: number;
  /** DOMContentLoaded → badge of each badged page, by name: to compare two runs on the same pages. */
  domReadyToBadgeByPage: Record<string, number>;
  medianPopupToSummaryMs: number;
  /** DOMContentLoaded → badge with the service worker stopped beforehand (cold start). */
  medianColdDomReadyToBadgeMs: number;
  coldRuns: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : Number.NaN;
};

export async function benchExtensionTiming(): Promise<ExtensionTiming> {
  const pages: PageMap = { '/bench/example.html': readFileSync(resolve(ROOT, 'examples/film-review.html'), 'utf8') };
  const names: Record<string, string> = { '/bench/example.html': 'examples/film-review.html' };
  if (dataAvailable()) {
    loadLabelledPages()
      .filter((p) => p.isReview && p.lang === 'en')
      .forEach((p, i) => {
        // A neutral address: a path with "review" in it would hand every page the URL cue of a review.
        pages[`/bench/page-${i}.html`] = readFileSync(p.file, 'utf8');
        names[`/bench/page-${i}.html`] = p.path;
      });
  }
  const noBadge: string[] = [];
  const h = await launch(pages);
  const toBadge: number[] = [];
  const domReadyToBadge: number[] = [];
  const byPage: Record<string, number> = {};
  const toSummary: number[] = [];
  const coldDomReadyToBadge: number[] = [];
  try {
    await h.context.addInitScript(WATCH_BADGE);
    for (const path of Object.keys(pages)) {
      const page = await h.context.newPage();
      await page.goto(`${h.baseUrl}${path}`, { waitUntil: 'domcontentloaded', timeout: 15_000 }).catch(() => {});
      const shown = await badgeShownAt(page);
      if (shown === null) noBadge.push(names[path] ?? path);
      if (shown !== null) {
        toBadge.push(shown);
        domReadyToBadge.push(shown - (await domContentLoadedAt(page)));
        byPage[names[path] ?? path] = domReadyToBadge[domReadyToBadge.length - 1] as number;
        const popup = await h.openPopup(page);
        const ms = await popup
          .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, SUMMARY_SHOWN_MARK, {
            timeout: BADGE_WAIT_MS,
          })
          .then((v) => v.jsonValue() as Promise<number>)
          .catch(() => null);
        if (ms !== null) toSummary.push(ms);
        await popup.close();
      }
      await page.close();
    }
    coldDomReadyToBadge.push(...(await coldStarts(h, `${h.baseUrl}/bench/example.html`)));
  } finally {
    await h.close();
  }
  return {
    pages: Object.keys(pages).length,
    badgesShown: toBadge.length,
    noBadge,
    medianLoadToBadgeMs: median(toBadge),
    medianDomReadyToBadgeMs: median(domReadyToBadge),
    domReadyToBadgeByPage: byPage,
    medianPopupToSummaryMs: median(toSummary),
    medianColdDomReadyToBadgeMs: median(coldDomReadyToBadge),
    coldRuns: coldDomReadyToBadge.length,
  };
}

function domContentLoadedAt(page: Page): Promise<number> {
  return page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
  );
}

function badgeShownAt(page: Page): Promise<number | null> {
  return page
    .waitForFunction(() => (window as unknown as { __badgeAt?: number }).__badgeAt, null, { timeout: BADGE_WAIT_MS })
    .then((v) => v.jsonValue() as Promise<number>)
    .catch(() => null);
}

/** DOMContentLoaded → badge on `url`, each time with the extension's service worker stopped first. */
async function coldStarts(h: Harness, url: string): Promise<number[]> {
  const control = await h.context.newPage();
  const cdp = await h.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await control.waitForTimeout(STOP_SETTLE_MS);
    const page = await h.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 }).catch(() => {});
    const shown = await badgeShownAt(page);
    if (shown !== null) times.push(shown - (await domContentLoadedAt(page)));
    await page.close();
  }
  await control.close();
  return times;
}
