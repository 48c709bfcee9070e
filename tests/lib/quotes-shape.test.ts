// The quote-shape rule (lib/summarise/quotes/shape.ts): one home for the length bounds and the sentence test
// that both the picker and the eval use.
import { describe, expect, test } from 'vitest';
import { candidatesOf } from '../../lib/summarise/quotes/candidates';
import {
  isSentenceShaped,
  MAX_QUOTE_WORDS,
  MIN_QUOTE_WORDS,
  quotableLength,
  sentenceBounded,
  wordCount,
} from '../../lib/summarise/quotes/shape';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('isSentenceShaped', () => {
  test.each<[string, boolean]>([
    ['A quiet, generous film that earns every one of its tears.', true],
    ['"A quiet, generous film that earns every one of its tears."', true],
    ['“Is this the best thriller of the decade? I think it may well be!”', true],
    ['1998 was a good year for films like this one, and this is the best.', true],
    ['The film drags through its middle hour and never quite recovers from it…', true],
    ['just merely a part of the larger story that the film wants to tell.', false],
    ['A quiet, generous film that earns every one of its tears, and', false],
    ['A quiet, generous film that earns every one of its tears', false],
    ['Too short to say anything.', false],
  ])('%j → %s', (text, want) => {
    expect(isSentenceShaped(text)).toBe(want);
  });

  test('the length bounds are inclusive', () => {
    expect(quotableLength(MIN_QUOTE_WORDS)).toBe(true);
    expect(quotableLength(MAX_QUOTE_WORDS)).toBe(true);
    expect(quotableLength(MIN_QUOTE_WORDS - 1)).toBe(false);
    expect(quotableLength(MAX_QUOTE_WORDS + 1)).toBe(false);
    expect(isSentenceShaped(`A ${words(MAX_QUOTE_WORDS)}.`)).toBe(false);
    expect(isSentenceShaped(`A ${words(MAX_QUOTE_WORDS - 1)}.`)).toBe(true);
  });
});

test.each<[string, number]>([
  ["Don't miss it.", 3],
  ['A 90-minute film.', 4],
  ['', 0],
])('wordCount(%j) = %i', (text, want) => {
  expect(wordCount(text)).toBe(want);
});

test('a clause cut after a semicolon is not sentence-bounded, the whole sentence is', () => {
  const text = 'The acting is superb and the sets are gorgeous; the script is weak.';
  const [sentence, ...clauses] = candidatesOf([{ text, start: 0, end: text.length }]);
  expect(sentenceBounded(sentence?.text ?? '')).toBe(true);
  expect(clauses.map((c) => sentenceBounded(c.text))).toEqual([false, false]);
});
