// The warm-up summarises a made-up review once per service worker, so that the first real summary does not pay
// for cold code. It must run the real summariser (on a text that reaches every part of it), and only once.
import { expect, test, vi } from 'vitest';
import type { Summary } from '../../lib/schema';

vi.mock('../../lib/pipeline', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/pipeline')>();
  return { ...real, summarise: vi.fn(real.summarise) };
});

const { summarise } = await import('../../lib/pipeline');
const { warmUpOnce } = await import('../../extension/warm-up');

test('the first call summarises once; later calls do nothing', () => {
  warmUpOnce();
  expect(summarise).toHaveBeenCalledTimes(1);
  warmUpOnce();
  warmUpOnce();
  expect(summarise).toHaveBeenCalledTimes(1);
});

test('the warm-up text reaches every part of the summariser: verdict, people with roles, quotes', () => {
  warmUpOnce();
  const warmed = vi.mocked(summarise).mock.results[0]?.value as Summary;
  expect(warmed.isReview).toBe(true);
  expect(warmed.verdict.basis).toBe('inferred');
  expect(warmed.people.map((p) => p.role)).toEqual(expect.arrayContaining(['director', 'actor']));
  expect(warmed.people.some((p) => p.characters.length > 0)).toBe(true);
  expect(warmed.quotes.length).toBeGreaterThan(0);
});
