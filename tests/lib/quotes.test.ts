import { describe, expect, test } from 'vitest';
import type { Verdict } from '../../lib/schema';
import { pickQuotes } from '../../lib/summarise/quotes';
import { isSentenceShaped } from '../../lib/summarise/quotes/shape';
import { splitSentences } from '../../lib/text/sentences';

const verdict = (label: Verdict['label'], score: number): Verdict => ({
  label,
  score,
  confidence: 1,
  basis: 'stated',
  stated: null,
  why: [],
  aspects: [],
});
const POSITIVE = verdict('positive', 85);
const NEGATIVE = verdict('negative', 15);
const MIXED = verdict('mixed', 55);

const REVIEW = [
  'The film follows a retired detective who moves to a small coastal town with his daughter in 1962.',
  'He takes a job at the harbour and starts to ask questions about a missing fisherman.',
  'Jane Doe gives a wonderfully subtle, funny and moving performance that anchors the whole picture.',
  'The screenplay is sharp, witty and full of surprises, one of the smartest scripts of the year.',
  'In the end it turns out the fisherman was killed by his own brother, who dies in the final scene.',
  'The score is lush and memorable, and the cinematography makes the grey sea look gorgeous.',
  'Sadly the middle hour is dull, tedious and far too long, a boring stretch that drags badly.',
  'This is a beautiful, intelligent and deeply satisfying film, one of the best of the year.',
].join('\n');

describe('pickQuotes', () => {
  const sentences = splitSentences(REVIEW);

  test('every quote is a verbatim span of the text with its offsets', () => {
    for (const v of [POSITIVE, NEGATIVE, MIXED]) {
      expect(pickQuotes(sentences, v, 5).length).toBeGreaterThan(0);
      for (const q of pickQuotes(sentences, v, 5)) expect(REVIEW.slice(q.start, q.end)).toBe(q.text);
    }
  });

  test.each([1, 2, 3])('returns at most %i quotes', (count) => {
    const quotes = pickQuotes(sentences, POSITIVE, count);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(count);
  });

  test('returns nothing for no sentences or a zero count', () => {
    expect(pickQuotes([], POSITIVE, 3)).toEqual([]);
    expect(pickQuotes(sentences, POSITIVE, 0)).toEqual([]);
  });

  test.each([
    ['plot summary', 'retired detective'],
    ['dangling pronoun opener', 'He takes a job'],
    ['spoiler', 'turns out'],
  ])('a positive review does not quote the %s', (_what, snippet) => {
    expect(pickQuotes(sentences, POSITIVE, 3).some((q) => q.text.includes(snippet))).toBe(false);
  });

  test('a positive review does not quote its complaint', () => {
    expect(pickQuotes(sentences, POSITIVE, 3).some((q) => q.text.includes('tedious'))).toBe(false);
  });

  test('a negative review quotes its complaint first', () => {
    expect(pickQuotes(sentences, NEGATIVE, 3)[0]?.text).toContain('tedious');
  });

  test('a mixed review quotes both sides', () => {
    const quotes = pickQuotes(sentences, MIXED, 3);
    expect(quotes.some((q) => q.text.includes('tedious'))).toBe(true);
    expect(quotes.some((q) => !q.text.includes('tedious'))).toBe(true);
  });

  // A mixed verdict's score says which side it leans to: above the scale's middle positive, below negative.
  test.each([
    ['positive', 60, false],
    ['negative', 40, true],
  ])('a mixed review leaning %s opens with that side, then gives the other', (_side, score, complaintFirst) => {
    const quotes = pickQuotes(sentences, verdict('mixed', score), 3);
    expect(quotes[0]?.text.includes('tedious')).toBe(complaintFirst);
    expect(quotes.some((q) => q.text.includes('tedious') !== complaintFirst)).toBe(true);
  });

  test('every quote is sentence-shaped when the review has such sentences', () => {
    for (const v of [POSITIVE, NEGATIVE, MIXED]) {
      expect(pickQuotes(sentences, v, 3).length).toBeGreaterThan(0);
      for (const q of pickQuotes(sentences, v, 3)) expect(isSentenceShaped(q.text)).toBe(true);
    }
  });

  test('the concluding judgement is among the picks', () => {
    expect(pickQuotes(sentences, POSITIVE, 3).some((q) => q.text.startsWith('This is a beautiful'))).toBe(true);
  });

  test('quotes cover different aspects', () => {
    const aspects = pickQuotes(sentences, POSITIVE, 3)
      .map((q) => q.aspect)
      .filter((a) => a !== null);
    expect(aspects.length).toBeGreaterThan(1);
    expect(new Set(aspects).size).toBe(aspects.length);
  });

  test('a sentence that opens or closes a quotation loses the stray mark, and its offsets follow', () => {
    // A review printed whole in quotation marks, as testimonials are.
    const text =
      '"An utterly wonderful, moving and beautifully acted film from start to finish. I loved every minute of it and so will everyone who sees it."';
    const quotes = pickQuotes(splitSentences(text), POSITIVE, 3);
    expect(quotes.length).toBe(2);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.text.split('"').length % 2).toBe(1);
    }
  });

  test("a lower-cased diary's quotes are sentences of a quote's length, not its run-on paragraphs", () => {
    const diary = [
      'ok so. i wanted to love this SO bad and i really thought i would, going in with all the hype from everyone. it has that same salty grey coastal look that makes me want to move to a fishing village and never answer emails again.',
      "BUT. the script is a mess. the director clearly had like four different movies in his head and couldn't pick one. it is all of them for about twenty minutes each and none of them land at all, which is a real shame.",
      'the lead deserves every award though, she carries this whole thing on her back from start to finish.',
    ].join('\n');
    const quotes = pickQuotes(splitSentences(diary), MIXED, 3);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      expect(q.text.split(/\s+/).length).toBeLessThanOrEqual(40);
      expect(diary.slice(q.start, q.end)).toBe(q.text);
    }
  });

  test('a two-sided sentence is not cut into a lower-case fragment', () => {
    const text =
      'The actors are wonderful, brilliant and charming, the sets gorgeous; the script is a lazy, dull and tedious mess that wastes everyone.';
    const quotes = pickQuotes(splitSentences(text), NEGATIVE, 1);
    expect(quotes.every((q) => /^\p{Lu}/u.test(q.text))).toBe(true);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
