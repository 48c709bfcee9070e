// Picks the lines an editor would print from a review as its pull quotes: a learned ranker (quotes/score.ts,
// weights in data/quotes-ranker.json) scores every sentence and clean clause, the set keeps to the quote shape
// (quotes/shape.ts), says different things and covers the verdict (quotes/select.ts).
// Measured by `npm run eval -- quotes` against hand-annotated pull quotes.
import type { Quote, TextSpan, Verdict } from '../schema';
import { withoutStrayQuoteMarks } from '../text/quote-marks';
import { candidatesOf } from './quotes/candidates';
import { DEFAULT_QUOTE_MODELS, type QuoteModels } from './quotes/models';
import { type Direction, scoreCandidate } from './quotes/score';
import { selectQuotes } from './quotes/select';

export interface QuoteOptions {
  /** Replacement models (the eval passes ones trained without the held-out reviews); the shipped ones by default. */
  models?: QuoteModels;
}

/** The verdict's score scale is 0–100; its middle is where a mixed review leans neither way. */
const SCORE_MIDDLE = 50;

export function pickQuotes(
  sentences: readonly TextSpan[],
  verdict: Pick<Verdict, 'label' | 'score'>,
  count: number,
  options: QuoteOptions = {},
): Quote[] {
  if (count <= 0 || sentences.length === 0) return [];
  const models = options.models ?? DEFAULT_QUOTE_MODELS;
  const direction = directionOf(verdict);
  const last = Math.max(1, sentences.length - 1);
  const scored = candidatesOf(sentences).map((c) => scoreCandidate(c, direction, c.sentence / last, models));
  const lean: 1 | -1 = verdict.score >= SCORE_MIDDLE ? 1 : -1;
  return selectQuotes(scored, direction, lean, count).map(({ text, start, end, aspect }) => ({
    ...withoutStrayMarks({ text, start, end }),
    aspect,
  }));
}

/** The span without a quotation mark at one end that has no partner in it (the views add their own marks). */
function withoutStrayMarks(span: TextSpan): TextSpan {
  const text = withoutStrayQuoteMarks(span.text);
  if (text === span.text || !/[\p{L}\p{N}]/u.test(text)) return span;
  const start = span.start + span.text.indexOf(text);
  return { text, start, end: start + text.length };
}

/** Only the verdict's public label and score are read: the verdict model behind them may change freely. */
function directionOf(verdict: Pick<Verdict, 'label'>): Direction {
  if (verdict.label === 'positive') return 1;
  if (verdict.label === 'negative') return -1;
  return 0;
}
