// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type PopupApi, PopupApp } from '../../components/PopupApp';
import type { SummaryResponse } from '../../lib/messages';
import type { Summary } from '../../lib/schema';
import type { SiteOverride } from '../../lib/site';
import { NOT_A_REVIEW_SUMMARY, SAMPLE_SUMMARY, UNSURE_REVIEW_SUMMARY } from './sample-summary';

afterEach(cleanup);

function api(response: SummaryResponse | { restricted: true } | Error, extra: Partial<PopupApi> = {}): PopupApi {
  return {
    getSummary: vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
    locate: vi.fn(async () => true),
    write: vi.fn(async () => {}),
    ...extra,
  };
}

describe('PopupApp states', () => {
  test.each([
    ['restricted page', { restricted: true } as const, "Extensions can't read this page"],
    [
      'no article',
      { ok: false, reason: 'no-article', message: "Couldn't find an article on this page." } as const,
      'No article on this page',
    ],
    [
      'another language',
      { ok: false, reason: 'unsupported-language', message: 'x', language: 'de' } as const,
      'This page is in German',
    ],
    [
      'a language named by the browser, not a table of ours',
      { ok: false, reason: 'unsupported-language', message: 'x', language: 'sv' } as const,
      'This page is in Swedish',
    ],
    [
      'a malformed language tag',
      { ok: false, reason: 'unsupported-language', message: 'x', language: 'x--1' } as const,
      'This page is in “x--1”',
    ],
    ['an error', { ok: false, reason: 'error', message: 'Boom.' } as const, 'Something went wrong'],
  ])('%s', async (_name, response, heading) => {
    render(<PopupApp api={api(response)} />);
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
  });

  test('shows "Reading the review…" while working', () => {
    render(<PopupApp api={api({ ok: true, summary: SAMPLE_SUMMARY }, { getSummary: () => new Promise(() => {}) })} />);
    expect(screen.getByText('Reading the review…')).toBeTruthy();
  });

  test('a failed request becomes a clear error with a retry', async () => {
    const a = api(new Error('The page took too long to answer.'));
    render(<PopupApp api={a} />);
    expect(await screen.findByText('The page took too long to answer.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(a.getSummary).toHaveBeenLastCalledWith(true);
  });
});

describe('PopupApp summary', () => {
  test('shows verdict, stated rating, people and quotes', async () => {
    render(<PopupApp api={api({ ok: true, summary: SAMPLE_SUMMARY })} />);
    expect(await screen.findByRole('heading', { name: 'The Salt Road' })).toBeTruthy();
    expect(screen.getByText('film review')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Verdict: Positive, 80 out of 100' })).toBeTruthy();
    expect(screen.getByText('4/5')).toBeTruthy();
    expect(screen.getByText('Teodora Vance')).toBeTruthy();
    expect(screen.getByText('as Abel')).toBeTruthy();
    expect(screen.getByRole('button', { name: '“It is one of the best films of the year.”' })).toBeTruthy();
  });

  test('a review in a language the models cannot read: what is known, and why there is no verdict or quotes', async () => {
    const german: Summary = {
      ...SAMPLE_SUMMARY,
      language: { code: 'de', supported: false },
      verdict: { ...SAMPLE_SUMMARY.verdict, label: 'mixed', score: 50, confidence: 0, basis: 'none', stated: null },
      quotes: [],
    };
    render(<PopupApp api={api({ ok: true, summary: german })} />);
    expect(await screen.findByRole('img', { name: 'Verdict: In German: not read' })).toBeTruthy();
    expect(screen.getByText(/This review is in German\. Review Lens reads English reviews only/)).toBeTruthy();
    expect(screen.getByText('None: Review Lens picks quotes from English text only.')).toBeTruthy();
    // The page's credits are still shown; without any, the popup says where it looked.
    expect(screen.getByText('Teodora Vance')).toBeTruthy();
    expect(screen.queryByText(/Mixed/)).toBeNull();
    cleanup();
    render(<PopupApp api={api({ ok: true, summary: { ...german, people: [] } })} />);
    expect(await screen.findByText("None in the page's markup; the text was not read.")).toBeTruthy();
  });

  test('not a review: asks first, then summarises anyway, the caveat above the verdict', async () => {
    render(<PopupApp api={api({ ok: true, summary: NOT_A_REVIEW_SUMMARY })} />);
    const anyway = await screen.findByRole('button', { name: 'Summarise anyway' });
    expect(screen.queryByRole('article', { name: 'Review summary' })).toBeNull();
    fireEvent.click(anyway);
    expect(screen.getByRole('article', { name: 'Review summary' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/doesn't take this page for a review \(5% likely\)/);
    // Nor is it called a "film review" under its headline.
    expect(screen.queryByText('film review')).toBeNull();
  });

  test('a page the detector doubts is summarised at once, with the doubt said above it', async () => {
    render(<PopupApp api={api({ ok: true, summary: UNSURE_REVIEW_SUMMARY })} />);
    expect(await screen.findByRole('article', { name: 'Review summary' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/isn't sure this page is a review \(32% likely\)/);
    expect(screen.queryByRole('button', { name: 'Summarise anyway' })).toBeNull();
  });

  test('clicking a quote asks the page to show it', async () => {
    const a = api({ ok: true, summary: SAMPLE_SUMMARY });
    render(<PopupApp api={a} />);
    fireEvent.click(await screen.findByRole('button', { name: '“Calloway has never been better.”' }));
    expect(a.locate).toHaveBeenCalledWith('Calloway has never been better.');
  });

  test('copy buttons put text and Markdown on the clipboard and confirm it', async () => {
    const a = api({ ok: true, summary: SAMPLE_SUMMARY });
    render(<PopupApp api={a} />);
    const copy = await screen.findByRole('button', { name: 'Copy summary' });
    await act(async () => fireEvent.click(copy));
    expect(a.write).toHaveBeenLastCalledWith(expect.stringContaining('Verdict: Positive — 80/100'));
    expect(screen.getByRole('button', { name: 'Copied ✓' })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' })));
    expect(a.write).toHaveBeenLastCalledWith(expect.stringContaining('**Verdict:**'));
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Copy quote' })[0] as HTMLElement));
    expect(a.write).toHaveBeenLastCalledWith(
      '“It is one of the best films of the year.” — Maya Okonkwo, The Evening Ledger (https://ledger.example/film/the-salt-road-review)',
    );
  });

  test('"Don\'t show badges on this site" confirms the site', async () => {
    render(
      <PopupApp api={api({ ok: true, summary: SAMPLE_SUMMARY }, { silenceSite: async () => 'ledger.example' })} />,
    );
    const silence = await screen.findByRole('button', { name: "Don't show badges on this site" });
    await act(async () => fireEvent.click(silence));
    expect(screen.getByText('No more badges on ledger.example.')).toBeTruthy();
  });
});

describe('PopupApp site override', () => {
  /** A popup api whose site marks live in memory, as the extension's storage would keep them. */
  function markingApi(summary: typeof SAMPLE_SUMMARY, override: SiteOverride | null = null) {
    let stored = override;
    return api(
      { ok: true, summary },
      {
        siteMark: async () => ({ site: 'ledger.example', override: stored }),
        markSite: vi.fn(async (next: SiteOverride | null) => {
          stored = next;
        }),
      },
    );
  }

  test('"Not a review" marks the site in one click, hides the summary and can be undone', async () => {
    const a = markingApi(SAMPLE_SUMMARY);
    render(<PopupApp api={a} />);
    await screen.findByRole('article', { name: 'Review summary' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Not a review' })));
    expect(a.markSite).toHaveBeenLastCalledWith('not-review');
    expect(screen.queryByRole('article', { name: 'Review summary' })).toBeNull();
    expect(screen.getByText(/You marked the pages of ledger\.example as not reviews/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    expect(a.markSite).toHaveBeenLastCalledWith(null);
    expect(screen.getByRole('article', { name: 'Review summary' })).toBeTruthy();
  });

  test('"This is a review" on a page the detector rejects shows the summary and says the user marked it', async () => {
    const a = markingApi(NOT_A_REVIEW_SUMMARY);
    render(<PopupApp api={a} />);
    await screen.findByRole('heading', { name: "This page doesn't look like a review" });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'This is a review' })));
    expect(a.markSite).toHaveBeenLastCalledWith('review');
    expect(screen.getByRole('article', { name: 'Review summary' })).toBeTruthy();
    expect(screen.getByText(/You marked the pages of ledger\.example as reviews/)).toBeTruthy();
  });

  test.each([
    ['review', NOT_A_REVIEW_SUMMARY, true],
    ['not-review', SAMPLE_SUMMARY, false],
    ['not-review', UNSURE_REVIEW_SUMMARY, false],
  ] as const)('a site already marked %s: the mark decides what the popup shows', async (override, summary, shown) => {
    render(<PopupApp api={markingApi(summary, override)} />);
    await screen.findByRole('button', { name: 'Undo' });
    expect(screen.queryByRole('article', { name: 'Review summary' }) !== null).toBe(shown);
  });

  test('no mark control when the tab has no site', async () => {
    render(
      <PopupApp api={api({ ok: true, summary: SAMPLE_SUMMARY }, { siteMark: async () => null, markSite: vi.fn() })} />,
    );
    await screen.findByRole('article', { name: 'Review summary' });
    expect(screen.queryByRole('button', { name: 'Not a review' })).toBeNull();
  });
});
