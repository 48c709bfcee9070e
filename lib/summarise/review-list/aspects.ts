// The praise and complaints of a list: the aspects its positive reviews name (praise) and its negative reviews
// name (complaints), each with how many reviews of that side raise it and one verbatim sentence from one of
// them that names the aspect and leans clearly to the same side on its own.
import type { ListAspect, ReviewKind, TextSpan, VerdictLabel } from '../../schema';
import { withoutOuterQuoteMarks } from '../../text/quote-marks';
import { aspectsIn, domainOfKind, textDomain } from '../aspects';
import { sentencePolarity } from '../verdict';
import { MIN_SENTENCE_LEAN } from '../verdict-aspects';

export interface AspectInput {
  text: string;
  verdict: VerdictLabel;
  sentences: readonly TextSpan[];
}

/** At most this many praise and this many complaints: what a popup can show and a reader can take in. */
export const MAX_LIST_ASPECTS = 3;
/** An aspect must be raised by this many reviews of its side to count as shared, once the side has at least
 *  SHARED_FROM reviews; a smaller side shows what its reviews say, one review being enough. */
const MIN_SHARED_REVIEWS = 2;
const SHARED_FROM = 6;
/** A quote is a sentence of this many words: shorter says nothing, longer is a paragraph. */
const QUOTE_WORDS = { min: 4, max: 45 } as const;
/** Sentences read by the model per aspect while looking for a quote on the right side (bounds the work). */
const MAX_QUOTE_TRIES = 8;

interface Mention {
  review: number;
  sentence: TextSpan;
}

function wordCount(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}

/** Every aspect the reviews of one side name → the reviews naming it and the sentences that do. */
function mentionsOf(
  reviews: readonly AspectInput[],
  side: VerdictLabel,
  domain: string | null,
): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  reviews.forEach((review, index) => {
    if (review.verdict !== side) return;
    for (const sentence of review.sentences) {
      for (const aspect of aspectsIn(sentence.text, domain)) {
        out.set(aspect, [...(out.get(aspect) ?? []), { review: index, sentence }]);
      }
    }
  });
  return out;
}

function reviewCount(mentions: readonly Mention[]): number {
  return new Set(mentions.map((m) => m.review)).size;
}

/** A quotable sentence of the aspect that leans clearly to the side, shorter sentences first. A sentence that
 *  barely leans is no quote for either side: the verdict model on one sentence reads plain description ("The story
 *  is about a family in Maine") and a sentence that turns against the item ("I wanted to love this but the
 *  pacing is glacial") as faintly positive, and a five-star review's reservation is not its praise. */
function pickQuote(mentions: readonly Mention[], side: VerdictLabel, used: Set<string>): Mention | null {
  const direction = side === 'positive' ? 1 : -1;
  const quotable = mentions
    .filter((m) => {
      const n = wordCount(m.sentence.text);
      // A sentence backs one aspect, even where a review repeats it (a title above its own text).
      const fresh = !used.has(`${m.review}:${m.sentence.start}`) && !used.has(m.sentence.text);
      return n >= QUOTE_WORDS.min && n <= QUOTE_WORDS.max && fresh;
    })
    .sort((a, b) => a.sentence.text.length - b.sentence.text.length);
  return (
    quotable
      .slice(0, MAX_QUOTE_TRIES)
      .find((m) => direction * sentencePolarity(m.sentence.text).score >= MIN_SENTENCE_LEAN) ?? null
  );
}

function sideAspects(reviews: readonly AspectInput[], side: VerdictLabel, domain: string | null): ListAspect[] {
  const onSide = reviews.filter((r) => r.verdict === side).length;
  const minShared = onSide >= SHARED_FROM ? MIN_SHARED_REVIEWS : 1;
  const ranked = [...mentionsOf(reviews, side, domain)]
    .map(([aspect, mentions]) => ({ aspect, mentions, count: reviewCount(mentions) }))
    .filter((a) => a.count >= minShared)
    .sort((a, b) => b.count - a.count || a.aspect.localeCompare(b.aspect));
  const out: ListAspect[] = [];
  const used = new Set<string>();
  for (const { aspect, mentions, count } of ranked) {
    if (out.length >= MAX_LIST_ASPECTS) break;
    const quote = pickQuote(mentions, side, used);
    if (!quote) continue;
    used.add(`${quote.review}:${quote.sentence.start}`);
    used.add(quote.sentence.text);
    out.push({ aspect, count, quote: { text: withoutOuterQuoteMarks(quote.sentence.text), review: quote.review } });
  }
  return out;
}

/** Praise from the positive reviews, complaints from the negative ones, among the aspects of the kind of thing
 *  reviewed, else of the domain the reviews' own words point to. */
export function listAspects(
  reviews: readonly AspectInput[],
  kind?: ReviewKind,
): { praise: ListAspect[]; complaints: ListAspect[] } {
  const domain = domainOfKind(kind) ?? textDomain(reviews.map((r) => r.text));
  return { praise: sideAspects(reviews, 'positive', domain), complaints: sideAspects(reviews, 'negative', domain) };
}
