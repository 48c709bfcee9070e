import { expect, test } from 'vitest';
import { warmUpOnce } from '../../extension/warm-up';

test('warming up the summariser runs once without error', () => {
  expect(() => warmUpOnce()).not.toThrow();
  expect(() => warmUpOnce()).not.toThrow();
});
