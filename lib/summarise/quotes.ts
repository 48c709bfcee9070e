// Picks the sentences a critics aggregator would pull.
// FIRST VERSION (opinion words + position); the quotes issue trains it on real pull quotes.
import type { Quote, TextSpan, Verdict } from '../schema';

/** Quotable length in words: shorter says nothing, longer is not a pull quote. */
const MIN_QUOTE_WORDS = 8;
const MAX_QUOTE_WORDS = 35;

const OPINION =
  /\b(film|movie|best|worst|great|good|bad|funny|boring|performance|brilliant|fails?|works?|wonderful|dull|masterpiece|mess|enjoy\w*|recommend\w*|disappoint\w*)\b/gi;

export function pickQuotes(sentences: readonly TextSpan[], _verdict: Verdict, count: number): Quote[] {
  const n = sentences.length;
  const scored = sentences
    .map((span, i) => {
      const words = span.text.split(/\s+/).length;
      if (words < MIN_QUOTE_WORDS || words > MAX_QUOTE_WORDS) return null;
      const opinion = span.text.match(OPINION)?.length ?? 0;
      // Critics state their verdict in the last paragraphs far more often than in the plot summary.
      const position = n > 1 ? i / (n - 1) : 0;
      return { span, score: opinion + position };
    })
    .filter((x): x is { span: TextSpan; score: number } => x !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, count);
  return scored.map(({ span }) => ({ ...span, aspect: null }));
}
