// Hygiene of the committed verdict model: the file `npm run train -- verdict` writes must stay clean,
// sorted, within budget and consistent with itself.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import model from '../../lib/summarise/data/verdict-model.json';
import { CONCLUSION_PREFIX } from '../../lib/summarise/verdict';

const MODEL_FILE = resolve(import.meta.dirname, '../../lib/summarise/data/verdict-model.json');
const SIZE_BUDGET_BYTES = 600 * 1024;
// A feature is an optional conclusion prefix, then one or two tokens of the shared tokenizer.
const TOKEN = `(?:NOT_)?[a-z0-9]+(?:'[a-z]+)*`;
const FEATURE = new RegExp(`^(?:${CONCLUSION_PREFIX})?${TOKEN}(?: ${TOKEN})?$`);

describe('verdict-model.json', () => {
  test('fits the size budget', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThanOrEqual(SIZE_BUDGET_BYTES);
  });

  test('features are sorted, unique and clean', () => {
    const sorted = [...model.features].sort();
    expect(model.features).toEqual(sorted);
    expect(new Set(model.features).size).toBe(model.features.length);
    const dirty = model.features.filter((f) => !FEATURE.test(f));
    expect(dirty).toEqual([]);
  });

  test('one finite, non-zero weight per feature', () => {
    expect(model.weights).toHaveLength(model.features.length);
    expect(model.weights.every((w) => Number.isFinite(w) && w !== 0)).toBe(true);
    expect(Number.isFinite(model.bias)).toBe(true);
  });

  test('calibration is increasing in logit and non-decreasing in score, within 0–100', () => {
    const { logits, scores } = model.calibration;
    expect(logits.length).toBe(scores.length);
    expect(logits.length).toBeGreaterThan(1);
    for (let i = 1; i < logits.length; i++) {
      expect(logits[i]).toBeGreaterThan(logits[i - 1] as number);
      expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1] as number);
    }
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...scores)).toBeLessThanOrEqual(100);
  });

  test('the mixed band is an integer band inside the scale', () => {
    expect(Number.isInteger(model.band.low) && Number.isInteger(model.band.high)).toBe(true);
    expect(0 < model.band.low && model.band.low < model.band.high && model.band.high < 100).toBe(true);
  });
});
