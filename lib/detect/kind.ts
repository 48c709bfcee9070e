// What kind of thing a review judges. The most explicit evidence wins: the structured data's itemReviewed
// type, then the page's own schema types (a hotel or a theatre page), then the site section in the URL, then the
// words of the text itself, then (on a page of many reviews) the words of its reviews. A list of customer reviews
// on a shop page reviews a product unless the markup names a more specific thing (a book, an album).

import type { Article, ReviewForm, ReviewKind } from '../schema';
import cues from './data/review-cues.json';

/** schema.org item types that name a kind unambiguously ("Product" and "Thing" do not: games are sold). */
const ITEM_TYPE_KIND: Record<string, ReviewKind> = {
  Movie: 'film',
  Film: 'film',
  TVSeries: 'tv',
  TVSeason: 'tv',
  TVEpisode: 'tv',
  VideoGame: 'game',
  Game: 'game',
  Book: 'book',
  MusicAlbum: 'album',
  MusicRecording: 'album',
  MusicGroup: 'album',
  Restaurant: 'restaurant',
  FoodEstablishment: 'restaurant',
  CafeOrCoffeeShop: 'restaurant',
  BarOrPub: 'restaurant',
  Hotel: 'hotel',
  LodgingBusiness: 'hotel',
  Resort: 'hotel',
  TheaterEvent: 'theatre',
  TheaterGroup: 'theatre',
  PerformingArtsTheater: 'theatre',
  DanceEvent: 'theatre',
};

/** A shop names the department at the end of its page title ("… : Amazon.co.uk: Books", "… : Music"): on a
 *  page of customer reviews that is the kind of thing reviewed. */
const SHOP_DEPARTMENT: [ReviewKind, RegExp][] = [
  ['book', /[:|]\s*(?:books?|kindle store|bücher|livres|libri)\s*$/i],
  ['album', /[:|]\s*(?:music|cds? & vinyl|musik|digital music)\s*$/i],
  ['film', /[:|]\s*(?:movies? & tv|dvd & blu-ray|film & tv)\s*$/i],
  ['game', /[:|]\s*(?:pc & video games|video games|games)\s*$/i],
];

/** Page schema types that say "things for sale": a review list there is of a product. */
const SHOP_TYPE = /^(?:Product|Offer|AggregateOffer|IndividualProduct|ProductModel)$/;

/** Site sections in URL paths, checked in this order (a "/tv/" path beats the "film" in a "/film-tv/" one). */
const URL_KIND: [ReviewKind, RegExp][] = [
  // A podcast is none of the kinds, though its reviews speak of episodes, series and hosts as TV reviews do.
  ['other', /\/podcasts?(?:[-/]|$)/],
  ['tv', /\/(?:tv|television|tv-shows?)(?:[-/]|$)/],
  ['film', /\/(?:films?|movies?|cinema)(?:[-/]|$)/],
  ['game', /\/(?:games?|gaming|video-?games)(?:[-/]|$)/],
  ['book', /\/(?:books?|literature|fiction)(?:[-/]|$)/],
  ['album', /\/(?:music|albums?|records?)(?:[-/]|$)/],
  ['restaurant', /\/(?:restaurants?|dining|food-drink|food|eat)(?:[-/]|$)/],
  ['hotel', /\/(?:hotels?|hotel_review|lodging|resorts?)(?:[-/]|$)/],
  ['theatre', /\/(?:theat(?:re|er)|stage|dance|opera)(?:[-/]|$)/],
  ['product', /\/(?:tech|gadgets?|products?|hardware|phones?|laptops?|cars?|auto|road-tests?|tests?|dp|gp)(?:[-/]|$)/],
];

/** A headline that names what it reviews: "Book review: …", "… – album review", "Restaurant review: …". */
const HEADLINE_KIND: [ReviewKind, RegExp][] = [
  ['other', /\bpodcast\s+review\b/i],
  ['tv', /\b(?:tv|television|series|season)\s+review\b/i],
  ['film', /\b(?:film|movie)\s+review\b/i],
  ['game', /\b(?:game|video game)\s+review\b/i],
  ['book', /\b(?:book|novel)\s+review\b/i],
  ['album', /\b(?:album|record|ep)\s+review\b/i],
  ['restaurant', /\b(?:restaurant|food)\s+review\b/i],
  ['hotel', /\bhotel\s+review\b/i],
  ['theatre', /\b(?:theat(?:re|er)|stage|musical|opera|play)\s+review\b/i],
];

/** Fewer kind words than this in the text is no evidence; the kind stays "other". */
const MIN_KIND_WORDS = 3;
/** Only the first part of the text is counted: enough to see the subject, cheap on long pages. */
const MAX_CHARS_COUNTED = 15_000;

const KIND_WORDS: [ReviewKind, Set<string>][] = Object.entries(cues.kindWords).map(([kind, words]) => [
  kind as ReviewKind,
  new Set(words),
]);

export function guessKind(article: Article, form: ReviewForm = 'single'): ReviewKind {
  const itemType = article.structured?.itemType;
  if (itemType && ITEM_TYPE_KIND[itemType]) return ITEM_TYPE_KIND[itemType];
  const types = article.signals?.schemaTypes ?? [];
  for (const t of types) if (ITEM_TYPE_KIND[t]) return ITEM_TYPE_KIND[t];
  const department = SHOP_DEPARTMENT.find(([, re]) => re.test(article.signals?.documentTitle ?? ''));
  if (department) return department[0];
  if (form === 'list' && types.some((t) => SHOP_TYPE.test(t))) return 'product';
  const path = article.signals?.urlPath ?? '';
  for (const [kind, re] of URL_KIND) if (re.test(path)) return kind;
  const headline = HEADLINE_KIND.find(([, re]) => re.test(article.title));
  if (headline) return headline[0];
  const fromText = kindFromText(`${article.title}\n${article.text.slice(0, MAX_CHARS_COUNTED)}`);
  if (fromText !== 'other' || form !== 'list') return fromText;
  // A list's reviews say what they review ("the film", "the battery") where the page around them does not.
  const items = article.listedReviews?.items ?? [];
  const fromReviews = kindFromText(
    items
      .map((i) => i.text)
      .join('\n')
      .slice(0, MAX_CHARS_COUNTED),
  );
  // A list of reviews with no markup and no telling words is most often a shop's customer reviews.
  return fromReviews === 'other' ? 'product' : fromReviews;
}

function kindFromText(text: string): ReviewKind {
  const counts = new Map<ReviewKind, number>();
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    for (const [kind, words] of KIND_WORDS) if (words.has(w)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best: ReviewKind = 'other';
  let bestCount = MIN_KIND_WORDS - 1;
  for (const [kind, count] of counts) {
    if (count > bestCount) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}
