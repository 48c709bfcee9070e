// Texts built to make pattern matching slow: long runs of capitalised words (title-cased navigation, lists of
// names) with the words the name patterns look for around them. Each must be summarised, not hang the page's
// analyser or the background. Before the fix, a 500-character line of capitalised words took over two
// minutes, and 120,000 characters of tabs and spaces 40 s.
import { describe, expect, test } from 'vitest';
import { textArticle } from '../../lib/extract/article';
import { MAX_TEXT_CHARS, summarise } from '../../lib/pipeline';
import { Summary } from '../../lib/schema';

const CAPITALISED = ['The', 'Film', 'Director', 'Jane', 'Doe', 'Photo', 'Credit', 'Review', 'Of', 'Great', 'Reviews'];

/** Capitalised words, one every `step` words through the list, until the text reaches the summariser's limit. */
function capitalisedRun(step: number, after: (i: number) => string = () => ' '): string {
  let text = '';
  for (let i = 0; text.length < MAX_TEXT_CHARS; i++)
    text += `${CAPITALISED[(i * step) % CAPITALISED.length]}${after(i)}`;
  return text;
}

/** Far beyond what these texts take (well under a second); a regression to backtracking takes minutes. */
const HANG_TIMEOUT_MS = 10_000;

describe('hostile texts are summarised, not hung on', () => {
  test.each([
    ['one long line of capitalised words, "Reviews" among them', capitalisedRun(7)],
    ['possessives before "reviewed", no line breaks', capitalisedRun(5, (i) => (i % 9 === 0 ? "'s reviewed " : ' '))],
    [
      'title-cased lines where a sign-off would be',
      `${'A fine film. I liked it.\n'.repeat(200)}${capitalisedRun(3)
        .slice(0, 20_000)
        .replace(/(.{4000})/g, '$1\n')}`,
    ],
    ['slashes without an agency after capitalised runs', capitalisedRun(7, (i) => (i % 13 === 0 ? ' / Agency ' : ' '))],
    ['a line of tabs and spaces', '\t '.repeat(MAX_TEXT_CHARS / 2)],
    ['a run of initials that never ends a sentence', 'J. R. R. '.repeat(MAX_TEXT_CHARS / 9)],
    ['a list of names', 'Jane Doe, John Smith, Ana de la Cruz, J. R. Tolkien, '.repeat(MAX_TEXT_CHARS / 52)],
  ])(
    '%s',
    (_, text) => {
      const article = textArticle(text, { lang: 'en' });
      const summary = summarise(article, {});
      // Finished in time, and with a summary the rest of the extension can use: a well-formed Summary (no NaN
      // score from an empty run, no out-of-range offsets) whose quotes are the text's own words.
      expect(Summary.safeParse(summary).error).toBeUndefined();
      for (const q of summary.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    },
    HANG_TIMEOUT_MS,
  );
});
