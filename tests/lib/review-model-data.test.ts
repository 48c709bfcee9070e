import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import pageModel from '../../lib/detect/data/review-page-model.json';
import textModel from '../../lib/detect/data/review-text-model.json';
import { FEATURE_NAMES } from '../../lib/detect/page-features';

const DATA = resolve(import.meta.dirname, '../../lib/detect/data');
/** The budget for the shipped text model. */
const MAX_TEXT_MODEL_BYTES = 500 * 1024;

describe('review-text-model.json hygiene', () => {
  const words = (textModel.weights as [string, number][]).map(([w]) => w);
  test('weights are [word, finite number] pairs, words lower-case letter runs, sorted and unique', () => {
    expect(words.length).toBeGreaterThan(1000);
    expect(words).toEqual([...new Set(words)].sort());
    for (const [w, x] of textModel.weights as [string, number][]) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(Number.isFinite(x)).toBe(true);
    }
    expect(Number.isFinite(textModel.bias)).toBe(true);
  });

  test('fits the size budget', () => {
    expect(statSync(resolve(DATA, 'review-text-model.json')).size).toBeLessThanOrEqual(MAX_TEXT_MODEL_BYTES);
  });
});

describe('review-page-model.json hygiene', () => {
  test('features are the ones page-features.ts computes, in order', () => {
    expect(pageModel.features).toEqual([...FEATURE_NAMES]);
  });

  test.each(['review', 'list'] as const)('%s: a finite weight for every feature', (part) => {
    const p = pageModel[part];
    expect(Number.isFinite(p.bias)).toBe(true);
    expect(Object.keys(p.weights).sort()).toEqual([...FEATURE_NAMES].sort());
    for (const w of Object.values(p.weights)) expect(Number.isFinite(w)).toBe(true);
  });
});
