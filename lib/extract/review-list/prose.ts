// Whether a block's words are prose (a review's sentences) or furniture (a name, a date, a title, a card's
// figures): what tells a review from the chrome around it, in the list finder.
import { blockText } from '../text';

/** A child holds prose when one of its paragraphs has at least this many words. */
const MIN_PROSE_WORDS = 6;

/** Lines of at most this many words are a block's furniture: a name, a date, a title. */
const MAX_FURNITURE_WORDS = 5;

/** An unrated review block carries more than its words (who wrote it, when, a title): one with prose alone is
 *  a paragraph of an article, and the paragraphs of a single review are not a list of reviews. */
export function hasFurniture(el: Element): boolean {
  const lines = blockText(el).split('\n');
  return lines.length >= 2 && lines.some((l) => (l.match(/[\p{L}\d]+/gu)?.length ?? 0) <= MAX_FURNITURE_WORDS);
}

/** A line of this many words is prose even without a sentence end (reviews often skip the full stop); figures
 *  are no words here ("4.5 (12,044) £44.99" under a card's title). */
const MIN_UNENDED_PROSE_WORDS = 12;

/** Whether a text holds a sentence: MIN_PROSE_WORDS words ending in . ! ? (a headline "Acme X200 review" does
 *  not), or a long line. */
export function hasProseText(text: string): boolean {
  return text.split(/\n|(?<=[.!?…])\s/).some((line) => {
    // A count in brackets closes no sentence: "SQL Interview Prep 4.8 (5,660)" is a card's title and its raters.
    const p = line.replace(/\s*\([\d.,\s]*\)\s*$/u, '');
    const words = p.match(/[\p{L}\d]+/gu)?.length ?? 0;
    const letterWords = p.match(/\p{L}[\p{L}\d]*/gu)?.length ?? 0;
    return (words >= MIN_PROSE_WORDS && /[.!?…)"”]\s*$/u.test(p)) || letterWords >= MIN_UNENDED_PROSE_WORDS;
  });
}

export function hasProse(el: Element): boolean {
  return hasProseText(el.textContent ?? '');
}
