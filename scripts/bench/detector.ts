// Bench of the always-on content script: its size (bundled and minified the way the extension ships it, gzipped)
// and its main-thread time on each labelled page in real Chromium. Each saved page is served from 127.0.0.1
// (every other request is blocked), then the detector's work — readPageSignals + measureParagraphs, exactly
// what entrypoints/detector.content.ts runs before sendMessage — is timed inside the page.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { dataAvailable } from '../eval/shared';
import { type LabelledPage, loadLabelledPages } from './labelled-pages';

/** Debian's Chromium; never `playwright install`. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** A saved page that has not loaded by then is measured as it stands (its blocked requests may hang). */
const PAGE_LOAD_TIMEOUT_MS = 10_000;
const ROOT = resolve(import.meta.dirname, '../..');

export interface DetectorBench {
  /** The detector's own code (signals + measure), bundled and minified, gzipped. */
  logicGzipBytes: number;
  /** The built content script (.output/chrome-mv3/content-scripts/detector.js), gzipped; null when not built. */
  builtGzipBytes: number | null;
  /** Median main-thread ms of the detector's work per page, over non-review and over all measured pages. */
  medianMsNonReview: number;
  medianMsAll: number;
  maxMs: number;
  pages: number;
}

/** The detector's work as a function the page can run, returning its own duration. */
async function bundleDetectorWork(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { measureParagraphs, readPageSignals } from './lib/extract/signals';
        globalThis.__reviewLensDetect = () => {
          const started = performance.now();
          const message = { type: 'review-lens/page-signals', signals: readPageSignals(document, location.href), ...measureParagraphs(document) };
          JSON.stringify(message);
          return performance.now() - started;
        };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

function builtDetectorGzip(): number | null {
  try {
    return gzipSync(readFileSync(resolve(ROOT, '.output/chrome-mv3/content-scripts/detector.js'))).length;
  } catch {
    return null;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export async function benchDetector(): Promise<DetectorBench | null> {
  if (!dataAvailable()) return null;
  const code = await bundleDetectorWork();
  const pages = loadLabelledPages();
  const server = createServer((req, res) => {
    const page = pages[Number(req.url?.split('/')[2])];
    if (!page) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page.file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const timings: { page: LabelledPage; ms: number }[] = [];
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    );
    const tab = await context.newPage();
    for (const [i, page] of pages.entries()) {
      try {
        await tab.goto(`${origin}/page/${i}`, { waitUntil: 'load', timeout: PAGE_LOAD_TIMEOUT_MS });
      } catch {
        // Timed out waiting for blocked resources: the DOM is there, measure it anyway.
      }
      try {
        await tab.addScriptTag({ content: code });
        const ms = await tab.evaluate(() =>
          (globalThis as unknown as { __reviewLensDetect: () => number }).__reviewLensDetect(),
        );
        timings.push({ page, ms });
      } catch {
        // The page navigated itself away or blocked inline scripts (CSP): not measurable, skipped.
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const all = timings.map((t) => t.ms);
  return {
    logicGzipBytes: gzipSync(code).length,
    builtGzipBytes: builtDetectorGzip(),
    medianMsNonReview: median(timings.filter((t) => !t.page.isReview).map((t) => t.ms)),
    medianMsAll: median(all),
    maxMs: Math.max(...all),
    pages: timings.length,
  };
}

/** `npm run bench` section: prints the figures beside the budgets. */
export async function printDetectorBench(): Promise<void> {
  const b = await benchDetector();
  console.log('\n## Always-on content script (Chromium)\n');
  if (!b) {
    console.log('Skipped: the labelled pages (../shared/data/html-pages) are not there.');
    return;
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('| what | measured | budget |');
  console.log('|---|---|---|');
  console.log(`| detector logic, minified + gzip | ${kb(b.logicGzipBytes)} | ≤ 5 KB |`);
  console.log(
    `| built detector.js, gzip | ${b.builtGzipBytes === null ? 'not built' : kb(b.builtGzipBytes)} | ≤ 5 KB |`,
  );
  console.log(`| main-thread ms, median over non-review pages | ${b.medianMsNonReview.toFixed(2)} | ≤ 5 ms |`);
  console.log(`| main-thread ms, median over all pages | ${b.medianMsAll.toFixed(2)} | |`);
  console.log(`| main-thread ms, worst page | ${b.maxMs.toFixed(2)} | |`);
  console.log(`\n(${b.pages} pages measured)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await printDetectorBench();
