// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  LATE_LIST_RECHECKS,
  MAX_RECHECKS,
  MIN_ADDED_CHARS,
  SETTLE_MS,
  watchForMoreReviews,
} from '../../extension/watch-reviews';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** Adds a block of `chars` characters of text to the page, as a "more reviews" load would. */
function addText(chars: number, tag = 'div'): void {
  const node = document.createElement(tag);
  node.textContent = 'x'.repeat(chars);
  document.body.append(node);
}

/** MutationObserver callbacks run as microtasks; then the settle timer runs. */
async function settle(): Promise<void> {
  await Promise.resolve();
  vi.advanceTimersByTime(SETTLE_MS);
}

describe('watchForMoreReviews', () => {
  test.each([
    ['a batch of reviews', [MIN_ADDED_CHARS + 10], 'div', 1],
    ['several small inserts that add up to a batch', [MIN_ADDED_CHARS / 2, MIN_ADDED_CHARS / 2 + 1], 'div', 1],
    ['a tooltip or a vote counter', [20], 'div', 0],
    ['our own badge', [MIN_ADDED_CHARS * 2], 'review-lens-badge', 0],
  ])('%s → %i re-read(s)', async (_name, sizes, tag, want) => {
    vi.useFakeTimers();
    const onMore = vi.fn();
    const watch = watchForMoreReviews(document, onMore);
    for (const n of sizes) addText(n, tag);
    await settle();
    expect(onMore).toHaveBeenCalledTimes(want);
    watch.stop();
  });

  test('waits for the page to go quiet: one re-read per burst', async () => {
    vi.useFakeTimers();
    const onMore = vi.fn();
    const watch = watchForMoreReviews(document, onMore);
    for (let i = 0; i < 5; i++) {
      addText(MIN_ADDED_CHARS);
      await Promise.resolve();
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    await settle();
    expect(onMore).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  test(`stops following a page that never stops adding after ${MAX_RECHECKS} re-reads, and when stopped`, async () => {
    vi.useFakeTimers();
    const onMore = vi.fn();
    const watch = watchForMoreReviews(document, onMore);
    for (let i = 0; i < MAX_RECHECKS + 5; i++) {
      addText(MIN_ADDED_CHARS);
      await settle();
    }
    expect(onMore).toHaveBeenCalledTimes(MAX_RECHECKS);
    watch.stop();
    const again = watchForMoreReviews(document, onMore);
    again.stop();
    addText(MIN_ADDED_CHARS);
    await settle();
    expect(onMore).toHaveBeenCalledTimes(MAX_RECHECKS);
  });
});

test(`a page with no list yet is followed for ${LATE_LIST_RECHECKS} batches only`, async () => {
  vi.useFakeTimers();
  const onMore = vi.fn();
  const watch = watchForMoreReviews(document, onMore, false);
  expect(watch.list).toBe(false);
  for (let i = 0; i < LATE_LIST_RECHECKS + 3; i++) {
    addText(MIN_ADDED_CHARS);
    await settle();
  }
  expect(onMore).toHaveBeenCalledTimes(LATE_LIST_RECHECKS);
  watch.stop();
});
