// The quote ranker's trainer (scripts/train/quotes-ranker.ts) and its features: deterministic, learns the
// direction of a planted signal, and the picker's scorer reads the weights by feature name.
import { expect, test } from 'vitest';
import type { Candidate } from '../../lib/summarise/quotes/candidates';
import { compileModel } from '../../lib/summarise/quotes/linear-model';
import { RANKER_FEATURES, rankerFeatures } from '../../lib/summarise/quotes/ranker-features';
import { rankerLogit } from '../../lib/summarise/quotes/score';
import type { RankerRow } from '../../scripts/data/quotes-ranker-data';
import { fitRanker, rankerFile, solve } from '../../scripts/train/quotes-ranker';

const SUBJECTIVE = RANKER_FEATURES.indexOf('subjective');

/** Rows where only `subjective` carries the label, with a few exceptions so the fit stays finite. */
function plantedRows(): RankerRow[] {
  return Array.from({ length: 200 }, (_, i) => {
    const x = RANKER_FEATURES.map((_, j) => ((i * 7 + j * 3) % 5) / 5);
    const label = (i % 2 === 0) !== (i % 17 === 0) ? 1 : 0;
    x[SUBJECTIVE] = i % 2 === 0 ? 0.8 : -0.2;
    return { x, label, kind: i % 3 === 0 ? 'annotated' : 'rt', group: String(i) } as RankerRow;
  });
}

test('solve inverts a small system', () => {
  expect(
    solve(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    ).map((v) => Math.round(v * 1e6) / 1e6),
  ).toEqual([0.8, 1.4]);
});

test('the ranker learns a planted signal, deterministically', () => {
  const a = rankerFile(fitRanker(plantedRows()), 'test');
  const b = rankerFile(fitRanker(plantedRows()), 'test');
  expect(a).toEqual(b);
  const weights = new Map(a.weights);
  expect(weights.get('subjective') ?? 0).toBeGreaterThan(1);
});

test('the scorer reads the ranker by feature name', () => {
  const model = compileModel({ positive: 'p', negative: 'n', trainedOn: 't', bias: -1, weights: [['question', -2]] });
  const text = 'Is this the best film of the year so far, or just the loudest?';
  const c: Candidate = { text, start: 0, end: text.length, sentence: 0, clause: false, words: 14, casedSource: true };
  const values = rankerFeatures(
    c,
    { tokens: [], subjectiveLogit: 0, polarity: 0, quotabilityLogit: 0 },
    { direction: 1, position: 0.5 },
  );
  expect(values.question).toBe(1);
  expect(rankerLogit(model, values)).toBe(-3);
});
