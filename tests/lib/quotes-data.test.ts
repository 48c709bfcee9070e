// Hygiene of the quote data files: the trained weights match their schema and stay small and clean; the
// hand-curated cue lists are lower-case, trimmed, sorted and unique.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import cues from '../../lib/summarise/data/quotes-cues.json';
import polarity from '../../lib/summarise/data/quotes-polarity.json';
import quotability from '../../lib/summarise/data/quotes-quotability.json';
import ranker from '../../lib/summarise/data/quotes-ranker.json';
import subjectivity from '../../lib/summarise/data/quotes-subjectivity.json';
import { LinearModelFile } from '../../lib/summarise/quotes/linear-model';
import { RANKER_FEATURES } from '../../lib/summarise/quotes/ranker-features';

const DATA = resolve(import.meta.dirname, '../../lib/summarise/data');
/** The budget for all quote weights together. */
const MAX_TOTAL_BYTES = 300_000;

const sortedUnique = (xs: readonly string[]) => [...new Set(xs)].sort();

describe.each([
  ['quotes-subjectivity.json', subjectivity],
  ['quotes-polarity.json', polarity],
  ['quotes-quotability.json', quotability],
  ['quotes-ranker.json', ranker],
])('%s', (_name, file) => {
  const model = LinearModelFile.parse(file);
  test('features are sorted, unique and non-empty', () => {
    const features = model.weights.map(([f]) => f);
    expect(features).toEqual(sortedUnique(features));
    expect(features.every((f) => f.trim() === f && f.length > 0)).toBe(true);
  });
  test('weights are finite and non-zero', () => {
    expect(model.weights.every(([, w]) => Number.isFinite(w) && w !== 0)).toBe(true);
  });
});

test('quote weights stay within the size budget', () => {
  const total = ['quotes-subjectivity.json', 'quotes-polarity.json', 'quotes-quotability.json', 'quotes-ranker.json']
    .map((f) => statSync(resolve(DATA, f)).size)
    .reduce((a, b) => a + b, 0);
  expect(total).toBeLessThan(MAX_TOTAL_BYTES);
});

test('the ranker weighs only features the picker computes, and is trained', () => {
  const model = LinearModelFile.parse(ranker);
  const known = new Set<string>(RANKER_FEATURES);
  expect(model.weights.filter(([f]) => !known.has(f))).toEqual([]);
  expect(model.weights.length).toBeGreaterThan(RANKER_FEATURES.length / 2);
});

describe('quotes-cues.json', () => {
  const lists: [string, string[]][] = [
    ['spoilers', cues.spoilers],
    ...Object.entries(cues.aspects).map(([k, v]): [string, string[]] => [`aspects.${k}`, v]),
  ];
  test.each(lists)('%s is lower-case, trimmed, sorted and unique', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(list).toEqual(sortedUnique(list));
    expect(list.every((w) => w === w.toLowerCase().trim() && !/\s{2}/.test(w))).toBe(true);
  });
  test('aspectOrder names every aspect exactly once', () => {
    expect([...cues.aspectOrder].sort()).toEqual(Object.keys(cues.aspects).sort());
  });
});
