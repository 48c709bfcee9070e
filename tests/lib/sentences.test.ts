import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

describe('splitSentences', () => {
  test.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Smith went home. He slept.', ['Mr. Smith went home.', 'He slept.']],
    ['Michael J. Fox stars. It works.', ['Michael J. Fox stars.', 'It works.']],
    ['"Wow!" she said. Fine.', ['"Wow!" she said.', 'Fine.']],
    ['It grossed $4.5 million. Good.', ['It grossed $4.5 million.', 'Good.']],
    ['Line one\nLine two', ['Line one', 'Line two']],
    ['lower case after stop. no split', ['lower case after stop. no split']],
  ])('%j', (text, want) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(want);
  });

  test('offsets point at the exact text', () => {
    const text = 'First one.  Second one!\nThird?';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 10],
      [12, 23],
      [24, 30],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
