// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { Badge } from '../../components/Badge';
import { SAMPLE_SUMMARY } from './sample-summary';

afterEach(cleanup);

test('shows label and score; opens a card with the top quote; can be dismissed', () => {
  const onLocate = vi.fn();
  const onDismiss = vi.fn();
  render(<Badge summary={SAMPLE_SUMMARY} onLocate={onLocate} onDismiss={onDismiss} />);
  const toggle = screen.getByRole('button', { name: 'Review Lens verdict: positive, 80 out of 100' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  expect(screen.getByRole('dialog', { name: 'Review Lens summary' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '“It is one of the best films of the year.”' }));
  expect(onLocate).toHaveBeenCalledWith('It is one of the best films of the year.');
  fireEvent.click(screen.getByRole('button', { name: 'Hide the Review Lens badge' }));
  expect(onDismiss).toHaveBeenCalled();
});
