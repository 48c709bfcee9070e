// Reads schema.org Review / CriticReview from JSON-LD and microdata. DOM side only.
import type { StructuredReview } from '../schema';

const REVIEW_TYPE = /^(?:https?:\/\/schema\.org\/)?(Review|CriticReview|UserReview)$/;
/** JSON-LD blocks larger than this are not parsed: no real review markup is that big. */
const MAX_JSON_LD_CHARS = 500_000;

type Json = Record<string, unknown>;

/** Every schema.org @type on the page (JSON-LD and microdata), for review detection. */
export function schemaTypes(doc: Document): string[] {
  const types = new Set<string>();
  for (const node of jsonLdNodes(doc)) for (const t of typesOf(node)) types.add(t);
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = t.split('/').pop();
      if (name) types.add(name);
    }
  }
  return [...types];
}

/** The page's review markup: its own review, or the first of several (a product's or a recipe's customer
 *  reviews), marked `oneOfSeveral` so that nobody takes the first customer for the page's reviewer. */
export function findStructuredReview(doc: Document): StructuredReview | null {
  const nodes = jsonLdNodes(doc);
  const several = nodes.filter(isReviewNode).length > 1;
  for (const node of nodes) {
    if (isReviewNode(node)) return marked(fromJsonLd(node, null), several);
    // A film/book/product page may carry its review as a property: one review, or its customers' several.
    const reviews = (Array.isArray(node.review) ? node.review : [node.review]).filter(
      (r): r is Json => r !== null && typeof r === 'object' && isReviewNode(r as Json),
    );
    const first = reviews[0];
    if (first) return marked(fromJsonLd(first, node), several || reviews.length > 1);
  }
  const micro = doc.querySelectorAll('[itemtype*="schema.org/Review"], [itemtype*="schema.org/CriticReview"]');
  const first = micro[0];
  return first ? marked(fromMicrodata(first), micro.length > 1) : null;
}

const isReviewNode = (node: Json) => typesOf(node).some((t) => REVIEW_TYPE.test(t));

const marked = (review: StructuredReview, oneOfSeveral: boolean): StructuredReview =>
  oneOfSeveral ? { ...review, oneOfSeveral } : review;

export function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    try {
      collect(JSON.parse(raw), out, 0);
    } catch {
      // Broken JSON-LD is common in the wild; the page simply has no usable markup.
    }
  }
  return out;
}

function collect(value: unknown, out: Json[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const obj = value as Json;
  out.push(obj);
  if (obj['@graph']) collect(obj['@graph'], out, depth + 1);
}

export function typesOf(node: Json): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function firstObject(v: unknown): Json | null {
  if (Array.isArray(v)) return firstObject(v[0]);
  return v && typeof v === 'object' ? (v as Json) : null;
}

function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (v && typeof v === 'object') {
    const name = (v as Json).name;
    return typeof name === 'string' && name.trim() ? [name.trim()] : [];
  }
  return [];
}

/** Markup types that are no person: a studio credited as a game's "author", a publisher as a book's. */
const ORGANISATION_TYPE = /Organization|Corporation|Company|Brand|Publisher|LocalBusiness/i;

/** The names of the people among a credit's entries: an entry typed as an organisation is left out. */
function personNamesOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(personNamesOf);
  if (v && typeof v === 'object' && typesOf(v as Json).some((t) => ORGANISATION_TYPE.test(t))) return [];
  return names(v);
}

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function fromJsonLd(node: Json, parent: Json | null): StructuredReview {
  const rating = firstObject(node.reviewRating);
  const item = firstObject(node.itemReviewed) ?? parent;
  const ratingValue = num(rating?.ratingValue);
  return {
    type: typesOf(node)[0] ?? 'Review',
    ratingValue,
    bestRating: num(rating?.bestRating),
    worstRating: num(rating?.worstRating),
    ratingText: ratingWithScale(ratingValue, num(rating?.bestRating)),
    author: names(node.author)[0] ?? null,
    itemName: names(item)[0] ?? (typeof item?.name === 'string' ? item.name : null),
    itemType: item ? (typesOf(item)[0] ?? null) : null,
    actors: personNamesOf(item?.actor ?? item?.actors),
    directors: personNamesOf(item?.director),
    authors: personNamesOf(item?.author),
    reviewBody: typeof node.reviewBody === 'string' ? node.reviewBody : null,
  };
}

/** "4/5" rather than a bare "4": a reader needs the scale to read the rating (schema.org's default is 5). */
function ratingWithScale(value: number | null, best: number | null): string | null {
  if (value === null) return null;
  return `${value}/${best ?? 5}`;
}

function prop(scope: Element, name: string): Element | null {
  return scope.querySelector(`[itemprop~="${name}"]`);
}

function propValue(el: Element | null): string | null {
  if (!el) return null;
  const v = el.getAttribute('content') ?? el.getAttribute('value') ?? el.textContent;
  return v?.trim() || null;
}

function fromMicrodata(el: Element): StructuredReview {
  const rating = prop(el, 'reviewRating');
  const item = prop(el, 'itemReviewed');
  const ratingText = propValue(rating ? prop(rating, 'ratingValue') : null);
  const personNames = (scope: Element | null, name: string) =>
    scope
      ? [...scope.querySelectorAll(`[itemprop~="${name}"]`)]
          .filter((p) => !ORGANISATION_TYPE.test(p.getAttribute('itemtype') ?? ''))
          .map((p) => propValue(prop(p, 'name') ?? p))
          .filter((x): x is string => !!x)
      : [];
  const author = prop(el, 'author');
  return {
    type: (el.getAttribute('itemtype') ?? '').split('/').pop() || 'Review',
    ratingValue: num(ratingText),
    bestRating: num(propValue(rating ? prop(rating, 'bestRating') : null)),
    worstRating: num(propValue(rating ? prop(rating, 'worstRating') : null)),
    ratingText: ratingWithScale(num(ratingText), num(propValue(rating ? prop(rating, 'bestRating') : null))),
    author: author ? propValue(prop(author, 'name') ?? author) : null,
    itemName: item ? propValue(prop(item, 'name') ?? item) : null,
    itemType: item ? ((item.getAttribute('itemtype') ?? '').split('/').pop() ?? null) : null,
    actors: personNames(item, 'actor'),
    directors: personNames(item, 'director'),
    authors: personNames(item, 'author'),
    reviewBody: propValue(prop(el, 'reviewBody')),
  };
}
