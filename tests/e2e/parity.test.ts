// Browser = CLI (issue 17, item 6): the BUILT extension in Chromium and the CLI (linkedom, in-process) must
// reach the same decision — review or not, single or list, kind — on the same saved page at the same address.
//
// The pages are the dev pages of ../shared/data/html-pages and html-pages-2 (skipped when absent). Each is
// served from a neutral address (/parity/N.html: no site name, no "review" in the path), and the CLI is given
// that same URL, so the only difference left is the browser's DOM against linkedom's.
//
// The page's own scripts are blocked (see NO_PAGE_SCRIPTS): the CLI runs none.
//
// The extension's decision is read the way the popup reads it: inject the page analyser (as the toolbar click
// does) and send it the popup's get-summary message, from the service worker. No test-only code ships.
//
// What is comparable: both sides either summarise the page or say why not (no article; another language).
// The extension answers "another language" without a summary when the page is not in English, while the CLI
// returns a summary marked unsupported: such pages agree when both name the same language, and their review
// decisions are compared too once both sides give one. A decision is isReview, form (single / list) and kind,
// all three compared on every page (a list page is shown as reviews whatever isReview says). An error or a
// timeout never agrees.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { summariseInput } from '../../cli/summarise-input';
import type { SummaryResponse } from '../../lib/messages';
import type { Summary } from '../../lib/schema';
import { type Harness, launch, type PageMap, ROOT } from './harness';

const DATA = resolve(ROOT, '../shared/data');
const SETS = ['html-pages', 'html-pages-2'];
/** The share of pages on which browser and CLI must agree (issue 17's target). */
const MIN_AGREEMENT = 0.95;
/** A page that has neither loaded nor been analysed by then counts as a disagreement ("timeout"). */
const PAGE_TIMEOUT_MS = 20_000;
/** How long a page the CLI calls a review is given to show its badge by itself, after the CLI's own run. */
const AUTO_BADGE_WAIT_MS = 3000;
/** Same as the CLI's default and the extension's default setting. */
const QUOTE_COUNT = 3;
/** Generous: about 190 pages, one at a time, on a shared machine. */
const RUN_TIMEOUT_MS = 20 * 60_000;

interface LabelledPage {
  /** `<set>/<source>/<page-id>`, for the report. */
  id: string;
  file: string;
  label: string;
  lang: string;
  /** The path of the page's real address, where the dataset recorded one ("/movies/review/…"), else "". */
  path: string;
}

/** The path of a page's recorded address: served there, a page keeps the address cues a reader's browser sees
 *  ("/reviews/…", "/news/…"), for the extension and the CLI alike. */
function realPath(url: string | undefined): string {
  try {
    return url && /^https?:/i.test(url) ? new URL(url).pathname : '';
  } catch {
    return '';
  }
}

function listPages(): LabelledPage[] {
  return SETS.flatMap((set) => {
    const index = join(DATA, set, 'index.jsonl');
    if (!existsSync(index)) return [];
    return readFileSync(index, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map(
        (line) => JSON.parse(line) as { path: string; label: string; kind: string | null; lang: string; url?: string },
      )
      .map((p) => ({
        id: `${set}/${p.path}`,
        file: join(DATA, set, p.path, 'source.html'),
        label: p.kind ? `${p.label} ${p.kind}` : p.label,
        lang: p.lang,
        path: realPath(p.url),
      }))
      .filter((p) => existsSync(p.file));
  });
}

const PAGES = listPages();
/** Each page under its own number, at its real path where known (encoded, as a browser requests it). */
const address = (i: number) => `/parity/${i}${PAGES[i]?.path || '.html'}`;

/** The page's own scripts are blocked: the CLI runs none, and saved pages' scripts do things no live page would
 *  (several Blogger pages send an http: address to https:, i.e. off this server). Placed first in the document
 *  (after the doctype, so the page keeps its rendering mode), it covers every script; the extension's own
 *  scripts are not subject to the page's policy. */
const NO_PAGE_SCRIPTS = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;

function withoutScripts(html: string): string {
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? '';
  return `${doctype}${NO_PAGE_SCRIPTS}${html.slice(doctype.length)}`;
}

/** The served pages, read from disk only when the browser asks for one (the two sets are ~45 MB). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function pageMap(): PageMap {
  const map: PageMap = {};
  PAGES.forEach((p, i) => {
    // The test server looks pages up by their decoded path.
    Object.defineProperty(map, safeDecode(address(i)), {
      enumerable: true,
      get: () => withoutScripts(readFileSync(p.file, 'utf8')),
    });
  });
  return map;
}

/** One side's answer, reduced to what both sides can say. `language`: the page is not in English; `decision`
 *  is its review decision when that side gave one (the extension's "another language" answer has none). */
type Decision =
  | { outcome: 'review' | 'not-review'; form: string; kind: string }
  | { outcome: 'language'; language: string; decision?: Decision }
  | { outcome: 'no-article' | 'error' | 'timeout'; detail?: string };

function fromSummary(s: Summary): Decision {
  const decision: Decision = {
    outcome: s.isReview ? 'review' : 'not-review',
    form: s.review.form,
    kind: s.review.kind,
  };
  return s.language.supported ? decision : { outcome: 'language', language: s.language.code, decision };
}

function fromResponse(r: SummaryResponse): Decision {
  if (r.ok) return fromSummary(r.summary);
  if (r.reason === 'unsupported-language') return { outcome: 'language', language: r.language ?? '' };
  return { outcome: r.reason, detail: r.message };
}

function describeDecision(d: Decision): string {
  if (d.outcome === 'review' || d.outcome === 'not-review') return `${d.outcome} ${d.form} ${d.kind}`;
  if (d.outcome === 'language') return `language ${d.language}${d.decision ? ` ${describeDecision(d.decision)}` : ''}`;
  const detail = 'detail' in d ? d.detail : undefined;
  return `${d.outcome}${detail ? ` (${detail.slice(0, 80)})` : ''}`;
}

/** Whether the extension shows the page as reviews (badge): a review, or a page of many (lib/format's
 *  showsReviews; a list of no reviews is not told apart here), in any language. */
const shownAsReviews = (d: Decision): boolean =>
  d.outcome === 'review' ||
  (d.outcome === 'not-review' && d.form === 'list') ||
  (d.outcome === 'language' && d.decision !== undefined && shownAsReviews(d.decision));

/** Errors are never agreement: a page both sides fail on is a failure, not parity. On a page in another
 *  language, the decisions are compared when both sides gave one. */
function agree(a: Decision, b: Decision): boolean {
  if (a.outcome === 'error' || a.outcome === 'timeout') return false;
  if (a.outcome === 'no-article') return b.outcome === 'no-article';
  if (a.outcome === 'language' && b.outcome === 'language')
    return a.language === b.language && (!a.decision || !b.decision || agree(a.decision, b.decision));
  return describeDecision(a) === describeDecision(b);
}

async function cliDecision(file: string, url: string): Promise<Decision> {
  try {
    return fromSummary(await summariseInput(file, QUOTE_COUNT, url));
  } catch (err) {
    if (err instanceof Error && err.name === 'NoArticleError') return { outcome: 'no-article', detail: err.message };
    return { outcome: 'error', detail: String(err) };
  }
}

/** The bits of the extension API called in the service worker here. */
interface ChromeApi {
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** What the popup does on a toolbar click: inject the analyser, ask it for the summary. */
/** The extension's side of a page: its decision, and whether the badge came by itself (no click). */
interface BrowserSide {
  decision: Decision;
  autoBadge: boolean;
}

/**
 * The page loads (this process serves it, so nothing else runs here meanwhile); then `meanwhile` (the CLI) runs
 * here while the extension's automatic path (content script → pre-filter → analyser → badge) runs in Chromium;
 * then the decision is asked for as the toolbar click asks. The analyser keeps its analysis per URL, so when the
 * automatic path has analysed the page, the answer is that same analysis.
 */
async function extensionDecision(
  h: Harness,
  tab: Page,
  url: string,
  meanwhile: () => Promise<Decision>,
): Promise<BrowserSide> {
  // The DOM is complete at DOMContentLoaded (page scripts are blocked); images and styles add nothing here.
  await tab.goto(url, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
  const tabId = await h.tabIdOf(tab);
  const cli = await meanwhile();
  const badge = tab.locator('review-lens-badge');
  const autoBadge =
    (await badge.count()) > 0 ||
    (shownAsReviews(cli) &&
      (await badge.waitFor({ state: 'attached', timeout: AUTO_BADGE_WAIT_MS }).then(
        () => true,
        () => false,
      )));
  const response = await h.worker.evaluate(async (id) => {
    const { chrome: api } = globalThis as unknown as { chrome: ChromeApi };
    await api.scripting.executeScript({ target: { tabId: id }, files: ['/analyser.js'] });
    return api.tabs.sendMessage(id, { type: 'review-lens/get-summary', fresh: false });
  }, tabId);
  return { decision: fromResponse(response as SummaryResponse), autoBadge };
}

function withTimeout<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((ok) => {
    timer = setTimeout(() => ok(fallback), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

describe.skipIf(PAGES.length === 0)('browser = CLI on the dev pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch(pageMap());
  });
  afterAll(async () => {
    await h?.close();
  });

  test(
    `the same decision on ≥ ${MIN_AGREEMENT * 100}% of pages`,
    async () => {
      const started = performance.now();
      const rows: { page: LabelledPage; browser: Decision; cli: Decision; autoBadge: boolean }[] = [];
      let cliSeconds = 0;
      let tab = await h.context.newPage();
      for (const [i, page] of PAGES.entries()) {
        const url = `${h.baseUrl}${address(i)}`;
        let cliRun: Promise<Decision> | null = null;
        const runCli = () => {
          const cliStarted = performance.now();
          cliRun ??= cliDecision(page.file, url).finally(() => {
            cliSeconds += (performance.now() - cliStarted) / 1000;
          });
          return cliRun;
        };
        const timedOut: BrowserSide = { decision: { outcome: 'timeout' }, autoBadge: false };
        const side = await withTimeout(extensionDecision(h, tab, url, runCli), PAGE_TIMEOUT_MS, timedOut).catch(
          (err): BrowserSide => ({ decision: { outcome: 'error', detail: String(err) }, autoBadge: false }),
        );
        const browser = side.decision;
        rows.push({ page, browser, cli: await runCli(), autoBadge: side.autoBadge });
        if (browser.outcome === 'timeout' || browser.outcome === 'error') {
          // A stuck or crashed tab must not hold up the pages after it.
          await tab.close().catch(() => {});
          tab = await h.context.newPage();
        }
      }
      await tab.close().catch(() => {});
      const seconds = (performance.now() - started) / 1000;

      const disagreeing = rows.filter((r) => !agree(r.browser, r.cli));
      const share = (rows.length - disagreeing.length) / rows.length;
      const tally = (side: 'browser' | 'cli') =>
        Object.entries(
          rows.reduce<Record<string, number>>((acc, r) => {
            acc[r[side].outcome] = (acc[r[side].outcome] ?? 0) + 1;
            return acc;
          }, {}),
        )
          .map(([k, n]) => `${k} ${n}`)
          .join(', ');
      // Not parity, but measured on the way: the badge that needs no click, against the page labels (it also
      // passes the cheap pre-filter, which the CLI has no part of).
      const badgeShare = (labelled: (label: string) => boolean, lang?: string) => {
        const group = rows.filter((r) => labelled(r.page.label) && (!lang || r.page.lang === lang));
        return `${group.filter((r) => r.autoBadge).length}/${group.length}`;
      };
      const isReviewLabel = (label: string) => label.startsWith('review');
      const report = [
        `browser = CLI: ${rows.length - disagreeing.length}/${rows.length} pages agree (${(share * 100).toFixed(1)}%);` +
          ` ${seconds.toFixed(0)} s in all, ${((seconds / rows.length) * 1000).toFixed(0)} ms a page` +
          ` (the CLI's share, overlapping the browser's: ${cliSeconds.toFixed(0)} s)`,
        `  browser: ${tally('browser')}`,
        `  CLI:     ${tally('cli')}`,
        `  automatic badge (no click): labelled reviews ${badgeShare(isReviewLabel)} (English ${badgeShare(isReviewLabel, 'en')}),` +
          ` labelled not-reviews ${badgeShare((l) => !isReviewLabel(l))} (English ${badgeShare((l) => !isReviewLabel(l), 'en')})`,
        ...rows
          .filter((r) => !isReviewLabel(r.page.label) && r.autoBadge)
          .map((r) => `  automatic badge on a page labelled not a review: ${r.page.id} [${r.page.lang}]`),
        ...rows
          .filter((r) => isReviewLabel(r.page.label) && !r.autoBadge)
          .map((r) => `  no automatic badge on a page labelled a review: ${r.page.id} [${r.page.lang}]`),
        ...rows
          .filter((r) => shownAsReviews(r.browser) && !r.autoBadge)
          .map((r) => `  no automatic badge, though the analysis shows reviews: ${r.page.id} [${r.page.label}]`),
        ...disagreeing.map(
          (r) =>
            `  differs: ${r.page.id} [${r.page.label}] browser: ${describeDecision(r.browser)} | CLI: ${describeDecision(r.cli)}`,
        ),
      ].join('\n');
      console.log(report);
      expect(share, report).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    },
    RUN_TIMEOUT_MS,
  );
});
