// What kind of thing a review judges. The most explicit evidence wins: the structured data's itemReviewed
// type, then the site section in the URL, then the words of the text itself.

import type { Article, ReviewKind } from '../schema';
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
};

/** Site sections in URL paths, checked in this order (a "/tv/" path beats the "film" in a "/film-tv/" one). */
const URL_KIND: [ReviewKind, RegExp][] = [
  ['tv', /\/(?:tv|television|tv-shows?)(?:[-/]|$)/],
  ['film', /\/(?:films?|movies?|cinema)(?:[-/]|$)/],
  ['game', /\/(?:games?|gaming|video-?games)(?:[-/]|$)/],
  ['book', /\/(?:books?|literature|fiction)(?:[-/]|$)/],
  ['album', /\/(?:music|albums?|records?)(?:[-/]|$)/],
  ['restaurant', /\/(?:restaurants?|dining|food-drink|food|eat)(?:[-/]|$)/],
  ['product', /\/(?:tech|gadgets?|products?|hardware|phones?|laptops?|cars?)(?:[-/]|$)/],
];

/** Fewer kind words than this in the text is no evidence; the kind stays "other". */
const MIN_KIND_WORDS = 3;
/** Only the first part of the text is counted: enough to see the subject, cheap on long pages. */
const MAX_CHARS_COUNTED = 15_000;

const KIND_WORDS: [ReviewKind, Set<string>][] = Object.entries(cues.kindWords).map(([kind, words]) => [
  kind as ReviewKind,
  new Set(words),
]);

export function guessKind(article: Article): ReviewKind {
  const itemType = article.structured?.itemType;
  if (itemType && ITEM_TYPE_KIND[itemType]) return ITEM_TYPE_KIND[itemType];
  const path = article.signals?.urlPath ?? '';
  for (const [kind, re] of URL_KIND) if (re.test(path)) return kind;
  return kindFromText(`${article.title}\n${article.text.slice(0, MAX_CHARS_COUNTED)}`);
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
