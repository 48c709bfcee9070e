// Aspects: what a sentence of a review is about ("battery life", "acting", "customer service"), from the
// lexicon in data/aspect-lexicon.json. General on purpose: lists use it for their praise and complaints, single
// reviews for verdict.aspects. Each aspect belongs to kinds of review (domains); the words of one domain name
// another's aspect too ("story" is a film's plot and a book's story, "style" a book's writing and a bag's
// design), so a text is read in its domain, which its own words decide (textDomain). Pure: strings in, names out.
import type { ReviewKind } from '../../schema';
import { tokenize } from '../../text/tokens';
import lexicon from './data/aspect-lexicon.json';

export type AspectDomain = string;

interface Term {
  tokens: readonly string[];
  aspect: string;
  domains: readonly string[];
}

/** The negation mark tokenize puts on words; aspects are named whether or not they are negated. */
const NEGATED = /^NOT_/;

function words(text: string): string[] {
  return tokenize(text).map((t) => t.replace(NEGATED, '').replace(/['’]s$/, ''));
}

/** Terms by their first word, longest first, so "battery life" wins over "battery". */
const TERMS_BY_FIRST = new Map<string, Term[]>();
for (const entry of lexicon.aspects) {
  for (const term of entry.terms) {
    const tokens = words(term);
    const first = tokens[0];
    if (!first) continue;
    const list = TERMS_BY_FIRST.get(first) ?? [];
    list.push({ tokens, aspect: entry.aspect, domains: entry.domains });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    TERMS_BY_FIRST.set(first, list);
  }
}

/** Every domain the lexicon knows, for tests and the data README. */
export const ASPECT_DOMAINS: readonly string[] = [...new Set(lexicon.aspects.flatMap((a) => a.domains))];

/** The lexicon's spelling of a word: itself, or without a plural ending. */
function lookup(word: string): Term[] | undefined {
  return (
    TERMS_BY_FIRST.get(word) ??
    (word.endsWith('s') ? TERMS_BY_FIRST.get(word.slice(0, -1)) : undefined) ??
    (word.endsWith('es') ? TERMS_BY_FIRST.get(word.slice(0, -2)) : undefined)
  );
}

function matchesAt(tokens: readonly string[], i: number, term: Term): boolean {
  for (let k = 1; k < term.tokens.length; k++) {
    const w = tokens[i + k];
    const want = term.tokens[k] as string;
    if (w !== want && w !== `${want}s` && w !== `${want}es`) return false;
  }
  return true;
}

/** Every term occurrence in the text, in order. */
function termHits(text: string): Term[] {
  const tokens = words(text);
  const hits: Term[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The longest terms that match here, one per domain that has them ("battery life", not also "battery").
    const matching = (lookup(tokens[i] as string) ?? []).filter((term) => matchesAt(tokens, i, term));
    const longest = Math.max(0, ...matching.map((t) => t.tokens.length));
    hits.push(...matching.filter((t) => t.tokens.length === longest));
  }
  return hits;
}

/** The domain whose words the texts use most: a term of one domain only counts one for it. Null when the
 *  texts name no aspect at all. */
export function textDomain(texts: readonly string[]): AspectDomain | null {
  const score = new Map<string, number>();
  for (const text of texts) {
    for (const hit of termHits(text)) {
      if (hit.domains.length === 1) score.set(hit.domains[0] as string, (score.get(hit.domains[0] as string) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [domain, n] of score) if (best === null || n > (score.get(best) ?? 0)) best = domain;
  return best;
}

/** The aspects that fit the kind of thing reviewed: a film review has no "gameplay", a game review no "room".
 *  Null for "other" and for "product" (and no kind): then the reviews' own words choose (textDomain). A shop's
 *  product is as often a book or a film as a gadget (measured in aspects/data/README.md). */
const DOMAIN_OF_KIND: Partial<Record<ReviewKind, AspectDomain>> = {
  film: 'screen',
  tv: 'screen',
  theatre: 'screen',
  game: 'game',
  book: 'book',
  album: 'album',
  restaurant: 'stay',
  hotel: 'stay',
  service: 'service',
};

export function domainOfKind(kind: ReviewKind | undefined): AspectDomain | null {
  return (kind && DOMAIN_OF_KIND[kind]) ?? null;
}

/** The aspects a sentence names, in order of first mention, each once; only aspects of the domain when
 *  one is given. */
export function aspectsIn(sentence: string, domain: AspectDomain | null = null): string[] {
  const out: string[] = [];
  for (const hit of termHits(sentence)) {
    if (domain && !hit.domains.includes(domain)) continue;
    if (!out.includes(hit.aspect)) out.push(hit.aspect);
  }
  return out;
}

/** The words that name an aspect (any domain): what a quote must contain to name it. */
export function aspectTerms(aspect: string): string[] {
  return lexicon.aspects.filter((a) => a.aspect === aspect).flatMap((a) => a.terms);
}
