// The reviews a page declares in schema.org markup: JSON-LD `review: [...]` on a Product / Movie / Book /
// LocalBusiness (or a list of Review nodes), microdata `itemprop="review"` scopes, and the page's
// AggregateRating. DOM side only.
import { jsonLdNodes, typesOf } from '../structured-data';
import { blockText, normaliseText } from '../text';
import { reviewText } from './review-text';
import type { FoundReview, ListAggregate } from './types';

type Json = Record<string, unknown>;

const REVIEW_TYPE = /^(?:https?:\/\/schema\.org\/)?(Review|CriticReview|UserReview|EmployerReview)$/;

function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A count as pages print it: "1,204", "1.204" (German), "1 204", "1’204" are thousands, never a decimal. */
const GROUPED_THOUSANDS = /^\d{1,3}(?:[,.\s'’]\d{3})+$/;

function count(v: unknown): number | null {
  if (typeof v === 'string' && GROUPED_THOUSANDS.test(v.trim())) return Number(v.trim().replace(/\D/g, ''));
  return num(v);
}

function objects(v: unknown): Json[] {
  if (Array.isArray(v)) return v.filter((x): x is Json => !!x && typeof x === 'object');
  return v && typeof v === 'object' ? [v as Json] : [];
}

function text(v: unknown): string {
  return typeof v === 'string' ? normaliseText(v.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ' ')) : '';
}

/** schema.org's default scale is 1–5: a rating without bestRating is out of 5. */
const SCHEMA_DEFAULT_BEST = 5;

function fromJsonLdReview(node: Json): FoundReview | null {
  const body = text(node.reviewBody) || text(node.description);
  if (!body) return null;
  const rating = objects(node.reviewRating)[0];
  const value = num(rating?.ratingValue);
  const best = value === null ? null : (num(rating?.bestRating) ?? SCHEMA_DEFAULT_BEST);
  return { text: body, rating: value, best };
}

/** JSON-LD reviews: the `review` property of any node, and top-level Review nodes that review the same item. */
export function jsonLdReviews(doc: Document): { items: FoundReview[]; aggregate: ListAggregate | null } {
  const items: FoundReview[] = [];
  let aggregate: ListAggregate | null = null;
  for (const node of jsonLdNodes(doc)) {
    for (const review of objects(node.review ?? node.reviews)) {
      const found = fromJsonLdReview(review);
      if (found) items.push(found);
    }
    if (typesOf(node).some((t) => REVIEW_TYPE.test(t))) {
      const found = fromJsonLdReview(node);
      if (found) items.push(found);
    }
    aggregate ??= aggregateOf(objects(node.aggregateRating)[0]);
  }
  return { items, aggregate };
}

function aggregateOf(node: Json | undefined): ListAggregate | null {
  const value = num(node?.ratingValue);
  if (!node || value === null) return null;
  return {
    value,
    best: num(node.bestRating) ?? SCHEMA_DEFAULT_BEST,
    count: count(node.reviewCount) ?? count(node.ratingCount),
  };
}

function propValue(el: Element | null): string | null {
  if (!el) return null;
  const v = el.getAttribute('content') ?? el.getAttribute('value') ?? el.textContent;
  return v?.trim() || null;
}

/** The scope's own property of that name (the nearest item scope around it is this one), else the first. */
function prop(scope: Element, name: string): Element | null {
  const all = [...scope.querySelectorAll(`[itemprop~="${name}"]`)];
  return all.find((el) => el.parentElement?.closest('[itemscope]') === scope) ?? all[0] ?? null;
}

/** Microdata reviews: every `itemprop="review"` scope (and itemtype=Review scopes when there are several). */
export function microdataReviews(doc: Document): { items: FoundReview[]; aggregate: ListAggregate | null } {
  let scopes = [...doc.querySelectorAll('[itemprop~="review"]')];
  if (scopes.length < 2) scopes = [...doc.querySelectorAll('[itemtype*="schema.org/Review"]')];
  const items: FoundReview[] = [];
  for (const scope of scopes) {
    const rating = prop(scope, 'reviewRating');
    const bodyEl = prop(scope, 'reviewBody') ?? prop(scope, 'description');
    // Without a marked body the review's words are its scope's, less the chrome (a hotel site's "Aspetti
    // positivi / negativi" paragraphs, marked only by the review around them).
    const body = bodyEl ? blockText(bodyEl) : reviewText(scope, new Set(rating ? [rating] : []));
    if (!body) continue;
    const value = num(propValue(rating ? (prop(rating, 'ratingValue') ?? rating) : null));
    const best =
      value === null ? null : (num(propValue(rating ? prop(rating, 'bestRating') : null)) ?? SCHEMA_DEFAULT_BEST);
    items.push({ text: body, rating: value, best });
  }
  const agg = doc.querySelector('[itemprop~="aggregateRating"]');
  const value = num(propValue(agg ? agg.querySelector('[itemprop~="ratingValue"]') : null));
  const aggregate =
    agg && value !== null
      ? {
          value,
          best: num(propValue(agg.querySelector('[itemprop~="bestRating"]'))) ?? SCHEMA_DEFAULT_BEST,
          count:
            count(propValue(agg.querySelector('[itemprop~="reviewCount"]'))) ??
            count(propValue(agg.querySelector('[itemprop~="ratingCount"]'))),
        }
      : null;
  return { items, aggregate };
}
