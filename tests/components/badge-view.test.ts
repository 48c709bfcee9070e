// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/dom';
import { afterEach, expect, test, vi } from 'vitest';
import { renderBadge } from '../../components/badge-view';
import type { Summary } from '../../lib/schema';
import { SAMPLE_SUMMARY } from './sample-summary';

afterEach(() => {
  document.body.replaceChildren();
});

function show(write = vi.fn(async (_text: string) => {})) {
  const onLocate = vi.fn();
  const onDismiss = vi.fn();
  document.body.append(renderBadge(document, SAMPLE_SUMMARY, { onLocate, onDismiss, write }));
  return { onLocate, onDismiss, write };
}

test('shows label and score; opens a card with the top quote; can be dismissed', () => {
  const { onLocate, onDismiss } = show();
  const toggle = screen.getByRole('button', { name: 'Review Lens verdict: positive, 80 out of 100' });
  expect(screen.getByRole('img', { name: 'Verdict: Positive, 80 out of 100' }).textContent).toBe('Positive80');
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByRole('dialog')).toBeNull();
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(screen.getByRole('dialog', { name: 'Review Lens summary' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '“It is one of the best films of the year.”' }));
  expect(onLocate).toHaveBeenCalledWith('It is one of the best films of the year.');
  fireEvent.click(toggle);
  expect(screen.queryByRole('dialog')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Hide the Review Lens badge' }));
  expect(onDismiss).toHaveBeenCalled();
});

test('says where the verdict comes from', () => {
  show();
  fireEvent.click(screen.getByRole('button', { name: /Review Lens verdict/ }));
  const basis = SAMPLE_SUMMARY.verdict.stated
    ? `Reviewer's rating: ${SAMPLE_SUMMARY.verdict.stated.text}`
    : /Inferred from the text · \d+% confidence/;
  expect(screen.getByText(basis)).toBeTruthy();
});

test.each([
  [0.55, 'Verdict: Positive · low confidence, 58 out of 100', true],
  [0.9, 'Verdict: Positive, 58 out of 100', false],
])('an inferred verdict of confidence %s says whether the model is unsure', (confidence, name, low) => {
  const verdict = {
    ...SAMPLE_SUMMARY.verdict,
    basis: 'inferred',
    stated: null,
    confidence,
    label: 'positive',
    score: 58,
  } as const;
  document.body.append(
    renderBadge(document, { ...SAMPLE_SUMMARY, verdict }, { onLocate: vi.fn(), onDismiss: vi.fn() }),
  );
  expect(screen.getByRole('img', { name })).toBeTruthy();
  expect(screen.queryByText('· low confidence') !== null).toBe(low);
});

test('copy buttons copy the quote with its citation, and confirm on screen', async () => {
  const { write } = show();
  fireEvent.click(screen.getByRole('button', { name: /Review Lens verdict/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Copy quote' }));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Copied ✓' })).toBeTruthy());
  expect(write.mock.calls[0]?.[0]).toMatch(/^“It is one of the best films of the year\.” — /);
});

test('a failed copy says so', async () => {
  show(vi.fn(async () => Promise.reject(new Error('denied'))));
  fireEvent.click(screen.getByRole('button', { name: /Review Lens verdict/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
  await waitFor(() => expect(screen.getByRole('button', { name: "Couldn't copy" })).toBeTruthy());
});

test('page text goes in as text, never as markup', () => {
  const hostile = {
    ...SAMPLE_SUMMARY,
    quotes: [{ text: '<img src=x onerror=alert(1)>', start: 0, end: 29, aspect: null }],
  };
  document.body.append(renderBadge(document, hostile, { onLocate: vi.fn(), onDismiss: vi.fn() }));
  fireEvent.click(screen.getByRole('button', { name: /Review Lens verdict/ }));
  expect(document.querySelector('img')).toBeNull();
  expect(screen.getByRole('button', { name: '“<img src=x onerror=alert(1)>”' })).toBeTruthy();
});

test('a review in a language the models cannot read: a neutral "not read" pill, and the card says why', () => {
  const german: Summary = {
    ...SAMPLE_SUMMARY,
    language: { code: 'de', supported: false },
    verdict: { ...SAMPLE_SUMMARY.verdict, label: 'mixed', score: 50, confidence: 0, basis: 'none', stated: null },
    quotes: [],
  };
  document.body.append(renderBadge(document, german, { onLocate: vi.fn(), onDismiss: vi.fn() }));
  const pill = screen.getByRole('img', { name: 'Verdict: In German: not read' });
  // No verdict word and no score: nothing that reads as "Mixed 50".
  expect(pill.textContent).toBe('Review· In German: not read');
  fireEvent.click(screen.getByRole('button', { name: 'Review Lens: In German: not read' }));
  expect(screen.getByText(/This review is in German\. Review Lens reads English reviews only/)).toBeTruthy();
});
