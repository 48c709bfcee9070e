// npm run bench: how fast and how big. Prints medians measured in this one run (the machine is shared and
// noisy: compare figures from the same run, not across runs).

import { printDetectorBench } from './bench/detector';
import { extensionSizes } from './bench/extension-size';
import { benchExtensionTiming } from './bench/extension-timing';
import { benchListBadges } from './bench/list-badges';
import { benchListTiming } from './bench/list-timing';
import { benchSummariser } from './bench/summariser';

/** Budgets from the issues, printed beside the measurements. */
const BUDGETS = {
  summariseThousandWordsMs: 2,
  detectorGzipBytes: 20 * 1024,
  loadToBadgeMs: 150,
  popupToSummaryMs: 100,
  /** Issue 19: the popup on a page of 200 reviews. */
  listPopupToSummaryMs: 150,
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log('## Summariser (Node)\n');
console.log('| what | median ms | p90 ms | n |');
console.log('|---|---|---|---|');
for (const t of benchSummariser()) {
  console.log(`| ${t.label} | ${t.medianMs.toFixed(2)} | ${t.p90Ms.toFixed(2)} | ${t.n} |`);
}

const sizes = extensionSizes();
console.log('\n## Built extension (.output/chrome-mv3)\n');
if (!sizes) {
  console.log('Not built: run `npm run build` first.');
} else {
  console.log('| file | raw | gzip |');
  console.log('|---|---|---|');
  for (const s of sizes) console.log(`| ${s.file} | ${kb(s.bytes)} | ${kb(s.gzipBytes)} |`);
  const total = sizes.reduce((a, s) => ({ bytes: a.bytes + s.bytes, gzip: a.gzip + s.gzipBytes }), {
    bytes: 0,
    gzip: 0,
  });
  console.log(`| **total** | ${kb(total.bytes)} | ${kb(total.gzip)} |`);
  const detector = sizes.find((s) => s.file === 'content-scripts/detector.js');
  if (detector) {
    const ok = detector.gzipBytes <= BUDGETS.detectorGzipBytes;
    console.log(
      `\nAlways-on content script: ${kb(detector.gzipBytes)} gzipped (budget ${kb(BUDGETS.detectorGzipBytes)}: ${ok ? 'met' : 'NOT met'}).`,
    );
  }
}

await printDetectorBench();

if (sizes) {
  console.log('\n## The built extension in Chromium (review pages: the example + English dev reviews)\n');
  const t = await benchExtensionTiming();
  const verdict = (ms: number, budget: number) =>
    `${ms.toFixed(0)} ms (budget ${budget} ms: ${ms <= budget ? 'met' : 'NOT met'})`;
  console.log(
    `Badges shown: ${t.badgesShown} of ${t.pages} review pages, each served from a neutral address (no URL cue)${t.noBadge.length ? `; none on ${t.noBadge.join(', ')}` : ''}.`,
  );
  // The page is loaded, for the extension, at DOMContentLoaded: the earliest a content script sees the whole DOM.
  // Navigation start → DOMContentLoaded is the page's own time (its HTML and scripts), listed for context.
  console.log(
    `Page loaded (DOMContentLoaded) → badge in the page, median: ${verdict(t.medianDomReadyToBadgeMs, BUDGETS.loadToBadgeMs)}`,
  );
  console.log(
    `  same, first review after the service worker went idle (stopped; example page, ${t.coldRuns} runs): ${t.medianColdDomReadyToBadgeMs.toFixed(0)} ms`,
  );
  console.log(
    `  navigation start → badge, median (includes the page's own loading): ${t.medianLoadToBadgeMs.toFixed(0)} ms`,
  );
  console.log(
    `Popup open → summary on screen (already-analysed page), median: ${verdict(t.medianPopupToSummaryMs, BUDGETS.popupToSummaryMs)}`,
  );
}

if (sizes) {
  console.log('\n## A page of 200 customer reviews in Chromium (generated: scripts/bench/list-timing.ts)\n');
  const l = await benchListTiming();
  console.log(
    `Badge: ${l.badgeText ?? 'none'}; DOMContentLoaded → badge ${l.domReadyToBadgeMs?.toFixed(0) ?? '—'} ms.`,
  );
  const ok = l.medianPopupToSummaryMs <= BUDGETS.listPopupToSummaryMs;
  console.log(
    `Popup open → list summary on screen, median of ${l.popupRuns}: ${l.medianPopupToSummaryMs.toFixed(0)} ms (budget ${BUDGETS.listPopupToSummaryMs} ms: ${ok ? 'met' : 'NOT met'}); the example review in the same run: ${l.medianPopupToSummaryExampleMs.toFixed(0)} ms.`,
  );
  const b = await benchListBadges();
  if (b) {
    console.log(
      `List badge ("… · N reviews") on ${b.listBadges} of ${b.pages} development list pages (built pages of the development markups + html-pages-2 review-list pages, neutral addresses; target ≥ 90%); the count on it exact on ${b.countExact}.`,
    );
    if (b.misses.length) console.log(`  no list badge: ${b.misses.join('; ')}`);
  }
}
