// Reviews loaded after the page ("more reviews" buttons, infinite scroll) are picked up when they appear: on an
// analysed page, one MutationObserver on the page body waits for a batch of new text, lets it settle and asks
// for a new analysis. It runs only where the analyser runs (pages the cheap check liked, or a toolbar click),
// counts text rather than walking the DOM, follows a bounded number of batches (a few unless the page is a
// list), and stops with the page analysis (navigation, extension reload).

/** A batch of reviews takes a moment to render (one request, several inserts): wait for quiet before re-reading. */
export const SETTLE_MS = 600;
/** Less new text than this is not a batch of reviews (a tooltip, a counter, a "helpful" vote). */
export const MIN_ADDED_CHARS = 200;
/** A list page that keeps adding text forever (a live feed) stops being followed after this many re-reads. */
export const MAX_RECHECKS = 30;
/** A page that showed no list yet may be loading its reviews section late (shops that fetch their reviews after
 *  the page): followed for a few batches only, as most pages that add text are not adding reviews. */
export const LATE_LIST_RECHECKS = 3;

/** Our own badge is added to the page too; it must not count as new reviews. */
const OWN_TAGS = new Set(['REVIEW-LENS-BADGE']);

export interface ReviewWatch {
  /** Whether this watch follows a list page (else a page that may still load one). */
  list: boolean;
  stop(): void;
}

export function watchForMoreReviews(doc: Document, onMore: () => void, list = true): ReviewWatch {
  const win = doc.defaultView;
  const root = doc.body;
  if (!win || !root) return { list, stop() {} };
  const maxRechecks = list ? MAX_RECHECKS : LATE_LIST_RECHECKS;
  let added = 0;
  let rechecks = 0;
  let timer: number | undefined;
  const observer = new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (OWN_TAGS.has(node.nodeName)) continue;
        added += node.textContent?.length ?? 0;
      }
    }
    if (added < MIN_ADDED_CHARS) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      added = 0;
      rechecks++;
      if (rechecks >= maxRechecks) watch.stop();
      onMore();
    }, SETTLE_MS);
  });
  observer.observe(root, { childList: true, subtree: true });
  const watch = {
    list,
    stop() {
      observer.disconnect();
      win.clearTimeout(timer);
    },
  };
  return watch;
}
