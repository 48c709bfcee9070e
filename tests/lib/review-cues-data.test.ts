import { describe, expect, test } from 'vitest';
import cues from '../../lib/detect/data/review-cues.json';

const lists: [string, string[]][] = [
  ['evaluative', cues.evaluative],
  ['reporting', cues.reporting],
  ...Object.entries(cues.kindWords).map(([kind, words]): [string, string[]] => [`kindWords.${kind}`, words]),
];

describe('review-cues.json hygiene', () => {
  test.each(lists)('%s is sorted, unique, lower-case single words', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    expect(words).toEqual([...new Set(words)].sort());
    for (const w of words) expect(w).toMatch(/^[a-z]+$/);
  });

  test('kinds are ReviewKind values', () => {
    expect(Object.keys(cues.kindWords).sort()).toEqual([
      'album',
      'book',
      'film',
      'game',
      'hotel',
      'product',
      'restaurant',
      'service',
      'theatre',
      'tv',
    ]);
  });
});
