// Hygiene of the committed verdict model: the file `npm run train -- verdict` writes must stay clean,
// sorted, within budget and consistent with itself. Features are stored as hashes (see featureHash).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import model from '../../lib/summarise/data/verdict-model.json';
import { decodeWeights, HASH_RADIX } from '../../lib/summarise/verdict';

const MODEL_FILE = resolve(import.meta.dirname, '../../lib/summarise/data/verdict-model.json');
const SIZE_BUDGET_BYTES = 600 * 1024;
const MAX_HASH = 2 ** 32 - 1;
// A level's gaps: positive base-36 integers without leading zeros, one space apart.
const GAPS = /^[1-9a-z][0-9a-z]*(?: [1-9a-z][0-9a-z]*)*$/;
const levels = model.levels as unknown as [number, string][];

describe('verdict-model.json', () => {
  test('fits the size budget', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThanOrEqual(SIZE_BUDGET_BYTES);
  });

  test('levels are distinct non-zero integers in increasing order', () => {
    const ids = levels.map(([level]) => level);
    expect(ids.every((l) => Number.isInteger(l) && l !== 0)).toBe(true);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('hash gaps are clean, so each level lists increasing 32-bit hashes', () => {
    const dirty = levels.filter(([, gaps]) => !GAPS.test(gaps)).map(([level]) => level);
    expect(dirty).toEqual([]);
    for (const [, gaps] of levels) {
      const last = gaps.split(' ').reduce((h, g) => h + Number.parseInt(g, HASH_RADIX), 0);
      expect(last).toBeLessThanOrEqual(MAX_HASH);
    }
  });

  test('each feature hash has one finite, non-zero weight', () => {
    const listed = levels.reduce((n, [, gaps]) => n + gaps.split(' ').length, 0);
    const weights = decodeWeights(levels, model.weightStep);
    expect(weights.size).toBe(listed);
    expect([...weights.values()].every((w) => Number.isFinite(w) && w !== 0)).toBe(true);
    expect(model.weightStep).toBeGreaterThan(0);
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
