// @vitest-environment jsdom
import { fireEvent as domEvent, screen as domScreen } from '@testing-library/dom';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderBadge } from '../../components/badge-view';
import { PopupApp } from '../../components/PopupApp';
import { ReviewListView } from '../../components/ReviewListView';
import { SelectionApp } from '../../components/SelectionApp';
import { toMarkdown, toPlainText } from '../../lib/format';
import { listHeadline } from '../../lib/list-figures';
import type { Summary } from '../../lib/schema';
import { SAMPLE_LIST, SAMPLE_LIST_SUMMARY, THUMBS_LIST_SUMMARY, UNRATED_LIST_SUMMARY } from './sample-list-summary';
import { SAMPLE_SUMMARY } from './sample-summary';

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

function view(summary: Summary = SAMPLE_LIST_SUMMARY) {
  const onLocate = vi.fn();
  const write = vi.fn(async (_text: string) => {});
  const list = summary.reviewList;
  if (!list) throw new Error('sample has no list');
  render(<ReviewListView summary={summary} list={list} onLocate={onLocate} write={write} />);
  return { onLocate, write };
}

describe('list headline', () => {
  test.each([
    ['with ratings (five-point scale)', SAMPLE_LIST, '4.2★ · 128 reviews'],
    [
      'with ratings (ten-point scale)',
      { ...SAMPLE_LIST, averageRating: { value: 8.44, best: 10, score: 84.4 } },
      '8.4/10 · 128 reviews',
    ],
    ['without ratings', UNRATED_LIST_SUMMARY.reviewList, '73% positive · 40 reviews'],
    ['recommended / not recommended', THUMBS_LIST_SUMMARY.reviewList, '71% recommend · 7 reviews'],
    ['one review', { ...SAMPLE_LIST, count: 1 }, '4.2★ · 1 review'],
    ['thousands', { ...SAMPLE_LIST, count: 2048 }, '4.2★ · 2,048 reviews'],
  ] as const)('%s', (_name, list, want) => {
    expect(listHeadline(list as NonNullable<Summary['reviewList']>)).toBe(want);
  });
});

describe('ReviewListView', () => {
  test('a list scored out of 100 shows its average without decimals and ten histogram rows named by score', () => {
    const list = {
      ...SAMPLE_LIST,
      count: 5,
      averageRating: { value: 74, best: 100, score: 74 },
      distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0, '6': 1, '7': 0, '8': 1, '9': 1, '10': 1 },
    };
    view({ ...SAMPLE_LIST_SUMMARY, reviewList: list });
    expect(screen.getByRole('img', { name: 'Average rating 74 out of 100' }).textContent).toBe('74/100');
    const rows = within(screen.getByRole('list', { name: 'Ratings' })).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label')).slice(0, 3)).toEqual([
      '100 of 100: 1 review',
      '90 of 100: 1 review',
      '80 of 100: 1 review',
    ]);
    expect(rows).toHaveLength(10);
  });

  test('shows the count, the average with a histogram and the share bar', () => {
    view();
    expect(screen.getByRole('heading', { name: 'Pulse Watch X2' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Average rating 4.2 out of 5' }).textContent).toBe('4.2★');
    const ratings = screen.getByRole('list', { name: 'Ratings' });
    const rows = within(ratings).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      '5★: 60 reviews',
      '4★: 30 reviews',
      '3★: 20 reviews',
      '2★: 10 reviews',
      '1★: 8 reviews',
    ]);
    expect(screen.getByRole('img', { name: 'Reviews: 73% positive · 12% mixed · 15% negative' })).toBeTruthy();
  });

  test('without ratings: no average, no histogram, the share bar still', () => {
    view(UNRATED_LIST_SUMMARY);
    expect(screen.queryByRole('img', { name: /Average rating/ })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Ratings' })).toBeNull();
    expect(screen.getByText('73% positive')).toBeTruthy();
  });

  test("the page's own average over reviews that show no rating: the average, no histogram of zeros", () => {
    const list = {
      ...SAMPLE_LIST,
      count: 3,
      averageRating: { value: 8.6, best: 10, score: 86 },
      distribution: {},
      pageRating: { value: 8.6, best: 10, count: 1204 },
    };
    view({ ...SAMPLE_LIST_SUMMARY, reviewList: list });
    expect(screen.getByRole('img', { name: "The page's rating 8.6 out of 10" })).toBeTruthy();
    expect(screen.getByText(/the page's rating/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Ratings' })).toBeNull();
  });

  test("the page's own rating over all its ratings, beside the average of the reviews read", () => {
    view({ ...SAMPLE_LIST_SUMMARY, reviewList: { ...SAMPLE_LIST, pageRating: { value: 4.6, best: 5, count: 18233 } } });
    expect(screen.getByText("The page's own rating: 4.6 out of 5 from 18,233 ratings")).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Ratings' })).toBeTruthy();
  });

  test('recommended / not recommended: the share who recommend and two named rows, never "0.7 out of 1"', () => {
    view(THUMBS_LIST_SUMMARY);
    expect(screen.getByRole('img', { name: '71% recommend of the rated reviews' }).textContent).toBe('71%');
    const rows = within(screen.getByRole('list', { name: 'Ratings' })).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Recommended: 5 reviews',
      'Not recommended: 2 reviews',
    ]);
    expect(document.body.textContent).not.toMatch(/out of 1\b|0\.7/);
  });

  test('praise and complaints carry their count and a clickable quote that finds it in the page', () => {
    const { onLocate } = view();
    const praised = screen.getByRole('region', { name: 'Praised' });
    expect(within(praised).getByText('battery life')).toBeTruthy();
    expect(within(praised).getByText('41 reviews')).toBeTruthy();
    const complaints = screen.getByRole('region', { name: 'Complaints' });
    fireEvent.click(within(complaints).getByRole('button', { name: '“Support never answered my emails.”' }));
    expect(onLocate).toHaveBeenCalledWith('Support never answered my emails.');
  });

  test('copy puts the plain-text summary of the list on the clipboard', async () => {
    const { write } = view();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy summary' })));
    expect(write).toHaveBeenCalledWith(toPlainText(SAMPLE_LIST_SUMMARY));
    expect(screen.getByRole('button', { name: 'Copied ✓' })).toBeTruthy();
  });

  test('page text is shown as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)> great';
    const list = {
      ...SAMPLE_LIST,
      praise: [{ aspect: '<b>sound</b>', count: 3, quote: { text: hostile, review: 0 } }],
    };
    view({ ...SAMPLE_LIST_SUMMARY, reviewList: list });
    expect(document.querySelector('img[src="x"], b')).toBeNull();
    expect(screen.getByRole('button', { name: `“${hostile}”` })).toBeTruthy();
  });

  test('a list page is shown as reviews even when the single-review detector says no (e.g. a shop page)', async () => {
    const summary = { ...SAMPLE_LIST_SUMMARY, isReview: false };
    render(<PopupApp api={{ getSummary: async () => ({ ok: true, summary }), locate: vi.fn() }} />);
    expect(await screen.findByRole('article', { name: 'Review list summary' })).toBeTruthy();
  });

  test('the popup shows the list view for a list page', async () => {
    const locate = vi.fn(async () => true);
    render(<PopupApp api={{ getSummary: async () => ({ ok: true, summary: SAMPLE_LIST_SUMMARY }), locate }} />);
    expect(await screen.findByRole('article', { name: 'Review list summary' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '“The strap broke after a month.”' }));
    expect(locate).toHaveBeenCalledWith('The strap broke after a month.');
  });
});

describe('plain text of a list', () => {
  test('count, average, histogram, shares, praise and complaints with quotes, source', () => {
    expect(toPlainText(SAMPLE_LIST_SUMMARY)).toBe(
      [
        'Pulse Watch X2',
        '128 reviews · average 4.2 out of 5',
        'Ratings: 5: 60 · 4: 30 · 3: 20 · 2: 10 · 1: 8',
        'Verdicts: 73% positive · 12% mixed · 15% negative',
        'Praised:',
        '  - battery life (41 reviews): “The battery lasts all week and the screen is sharp.”',
        '  - screen (17 reviews): “The battery lasts all week and the screen is sharp.”',
        'Complaints:',
        '  - customer service (9 reviews): “Support never answered my emails.”',
        '  - strap (6 reviews): “The strap broke after a month.”',
        'Source: Shop Example — https://shop.example/watch-x2',
        'Summarised on this device by Review Lens.',
      ].join('\n'),
    );
  });
});

describe('plain text of a thumbs list', () => {
  test('the share who recommend and the two counts', () => {
    const lines = toPlainText(THUMBS_LIST_SUMMARY).split('\n');
    expect(lines.slice(1, 3)).toEqual(['7 reviews · 71% recommend', 'Ratings: Recommended: 5 · Not recommended: 2']);
  });
});

describe('list badge', () => {
  test('the pill shows the list; the card its summary, quotes that find themselves, and copy', async () => {
    const onLocate = vi.fn();
    const write = vi.fn(async (_text: string) => {});
    document.body.append(renderBadge(document, SAMPLE_LIST_SUMMARY, { onLocate, onDismiss: vi.fn(), write }));
    const toggle = domScreen.getByRole('button', { name: 'Review Lens reviews: 4.2★ · 128 reviews' });
    expect(toggle.textContent).toContain('4.2★ · 128 reviews');
    domEvent.click(toggle);
    const card = domScreen.getByRole('dialog', { name: 'Review Lens summary of the reviews' });
    expect(card.textContent).toContain('Average 4.2 out of 5 · 128 reviews on this page');
    domEvent.click(domScreen.getByRole('button', { name: '“Support never answered my emails.”' }));
    expect(onLocate).toHaveBeenCalledWith('Support never answered my emails.');
    domEvent.click(domScreen.getByRole('button', { name: 'Copy summary' }));
    await vi.waitFor(() => expect(write).toHaveBeenCalledWith(toPlainText(SAMPLE_LIST_SUMMARY)));
  });

  test('page text in the card is text, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)> loud';
    const summary = {
      ...SAMPLE_LIST_SUMMARY,
      reviewList: {
        ...SAMPLE_LIST,
        complaints: [{ aspect: '<b>noise</b>', count: 2, quote: { text: hostile, review: 0 } }],
      },
    };
    document.body.append(renderBadge(document, summary, { onLocate: vi.fn(), onDismiss: vi.fn() }));
    domEvent.click(domScreen.getByRole('button', { name: /^Review Lens reviews/ }));
    expect(document.querySelector('img[src="x"], b')).toBeNull();
    expect(domScreen.getByRole('button', { name: `“${hostile}”` })).toBeTruthy();
  });

  test('a thumbs list: the pill and the card say who recommends', () => {
    document.body.append(renderBadge(document, THUMBS_LIST_SUMMARY, { onLocate: vi.fn(), onDismiss: vi.fn() }));
    const toggle = domScreen.getByRole('button', { name: 'Review Lens reviews: 71% recommend · 7 reviews' });
    domEvent.click(toggle);
    const card = domScreen.getByRole('dialog', { name: 'Review Lens summary of the reviews' });
    expect(card.textContent).toContain('71% recommend · 7 reviews on this page');
  });

  test('without ratings the pill shows the positive share', () => {
    document.body.append(renderBadge(document, UNRATED_LIST_SUMMARY, { onLocate: vi.fn(), onDismiss: vi.fn() }));
    expect(domScreen.getByRole('button', { name: 'Review Lens reviews: 73% positive · 40 reviews' })).toBeTruthy();
  });
});

describe('SelectionApp', () => {
  test.each([
    ['a list', SAMPLE_LIST_SUMMARY, 'Review list summary'],
    [
      'one review, shown even when it does not read like a review page',
      { ...SAMPLE_SUMMARY, isReview: false },
      'Review summary',
    ],
  ])('shows the summary of %s', async (_name, summary, name) => {
    render(<SelectionApp api={{ getSummary: async () => ({ ok: true, summary }) }} />);
    expect(await screen.findByRole('article', { name })).toBeTruthy();
  });

  test('says why when there is nothing to summarise', async () => {
    const message = 'Select a review (a few sentences or more), then choose "Summarise selection" again.';
    render(<SelectionApp api={{ getSummary: async () => ({ ok: false, reason: 'no-article', message }) }} />);
    expect(await screen.findByText(message)).toBeTruthy();
  });
});

test('Markdown of a list escapes page text and links the source', () => {
  const md = toMarkdown({ ...SAMPLE_LIST_SUMMARY, title: 'Watch *X2*' });
  expect(md).toContain('### Watch \\*X2\\*');
  expect(md).toContain('**Complaints:**\n- customer service (9 reviews): “Support never answered my emails.”');
  expect(md).toContain('Source: [Shop Example](https://shop.example/watch-x2)');
});
