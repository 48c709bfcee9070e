// What a printable quote looks like on its own, the one home of the rule (the picker filters by it, the eval
// grades by it): a verbatim span that reads as a complete sentence or a clean clause — it opens with a capital,
// a digit or a quotation mark and closes at sentence punctuation — and is MIN_QUOTE_WORDS–MAX_QUOTE_WORDS long.
// The picker never adds an ellipsis; one that ends a quote is the writer's own.

/** Shorter says nothing on its own; longer is a paragraph, not a pull quote (issue 18: 8–40 words). */
export const MIN_QUOTE_WORDS = 8;
export const MAX_QUOTE_WORDS = 40;

const REGEXPS = {
  word: /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu,
  /** Opening quotation marks or a bracket, then a capital letter or a digit. */
  cleanStart: /^["'“‘([]*[\p{Lu}\p{N}]/u,
  /** Sentence punctuation (an ellipsis included), then only closing quotation marks or brackets. */
  cleanEnd: /(?:[.!?…]|\.\.\.)["'”’)\]]*$/u,
};

export function wordCount(text: string): number {
  return text.match(REGEXPS.word)?.length ?? 0;
}

export function quotableLength(words: number): boolean {
  return words >= MIN_QUOTE_WORDS && words <= MAX_QUOTE_WORDS;
}

/** Opens and closes like a sentence (whatever its length). */
export function sentenceBounded(text: string): boolean {
  const t = text.trim();
  return REGEXPS.cleanStart.test(t) && REGEXPS.cleanEnd.test(t);
}

/** A complete sentence or clean clause of quotable length. */
export function isSentenceShaped(text: string): boolean {
  return sentenceBounded(text) && quotableLength(wordCount(text));
}
