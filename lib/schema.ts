// The data contracts shared by the summariser, the extension parts, the CLI and storage.
// Types are derived from the zod schemas so the compile-time and run-time views never drift apart.
import { z } from 'zod/mini';

// zod compiles fast validators with `new Function` unless told not to; extension pages forbid eval (MV3 CSP),
// so the probe would only log a CSP violation. Plain interpretation is fast enough for our messages.
z.config({ jitless: true });

/** How the article text was obtained from the page (reported to the user, never hidden). */
export const ExtractionMethod = z.enum(['readability', 'structured-data', 'largest-article', 'plain-text']);
export type ExtractionMethod = z.infer<typeof ExtractionMethod>;

export const ReviewKind = z.enum([
  'film',
  'tv',
  'book',
  'album',
  'game',
  'product',
  'restaurant',
  'hotel',
  'service',
  'theatre',
  'other',
]);
export type ReviewKind = z.infer<typeof ReviewKind>;

/** schema.org Review / CriticReview as found in JSON-LD or microdata, flattened. */
export const StructuredReview = z.object({
  type: z.string(),
  ratingValue: z.nullable(z.number()),
  bestRating: z.nullable(z.number()),
  worstRating: z.nullable(z.number()),
  /** The rating as the markup gives it, with its scale: "4/5", "8.5/10". */
  ratingText: z.nullable(z.string()),
  author: z.nullable(z.string()),
  itemName: z.nullable(z.string()),
  itemType: z.nullable(z.string()),
  actors: z.array(z.string()),
  directors: z.array(z.string()),
  authors: z.array(z.string()),
  reviewBody: z.nullable(z.string()),
  /** The page marks up several reviews of its item (a shop's or a recipe's customers'): this is the first of
   *  them, so its rating, author and words are not the page's own (the list finder reads them all). */
  oneOfSeveral: z.optional(z.boolean()),
});
export type StructuredReview = z.infer<typeof StructuredReview>;

/** A structured Review that states a rating and nothing else (no author, item or people): what a listed review's
 *  own rating says, or a test's page markup. `extra` fills in any other field. */
export function ratingOnlyReview(
  rating: { value: number; best: number | null; worst: number | null; text: string },
  extra: Partial<StructuredReview> = {},
): StructuredReview {
  return {
    type: 'Review',
    ratingValue: rating.value,
    bestRating: rating.best,
    worstRating: rating.worst,
    ratingText: rating.text,
    author: null,
    itemName: null,
    itemType: null,
    actors: [],
    directors: [],
    authors: [],
    reviewBody: null,
    ...extra,
  };
}

/** Cheap page signals gathered from the DOM without Readability (used by review detection). */
export const PageSignals = z.object({
  ogType: z.nullable(z.string()),
  /** All schema.org @type values seen in JSON-LD / microdata on the page. */
  schemaTypes: z.array(z.string()),
  /** Rating-looking strings found near the headline or in rating widgets (alt / aria-label text included). */
  ratingTexts: z.array(z.string()),
  headline: z.nullable(z.string()),
  /** Paths of the URL, lower-cased, e.g. "/movies/review/foo". */
  urlPath: z.string(),
  hasByline: z.boolean(),
  /** The document's <title> as written ("Headline | Restaurant reviews | Site"); absent when the page has none. */
  documentTitle: z.optional(z.string()),
  /** Section labels printed above the headline or in breadcrumbs ("Live Review", "Reviews"); absent when none. */
  sectionLabels: z.optional(z.array(z.string())),
  /** The largest "N reviews" / "N ratings" counter printed on the page or given by AggregateRating markup. */
  reviewCount: z.optional(z.number()),
  /** How many reviews the page repeats: its largest group of same-class review blocks, or its Review markup. */
  reviewBlocks: z.optional(z.number()),
});
export type PageSignals = z.infer<typeof PageSignals>;

/** The reviews of a page of many (customer reviews, user reviews), as the DOM side finds them: each item's text
 *  without names, dates or buttons, its rating on the page's scale (`best` is the scale's top; null when the
 *  item shows none), the page's aggregate rating when the markup states one, and how many review blocks the
 *  finder saw but did not read (it reads a bounded number; 0 when it read them all). */
export const ListedReviews = z.object({
  items: z.array(z.object({ text: z.string(), rating: z.nullable(z.number()), best: z.nullable(z.number()) })),
  aggregate: z.nullable(z.object({ value: z.number(), best: z.number(), count: z.nullable(z.number()) })),
  unread: z.int().check(z.nonnegative()),
});
export type ListedReviews = z.infer<typeof ListedReviews>;

/** What the DOM side hands to the pure summariser; the CLI builds the same thing from files. */
export const Article = z.object({
  url: z.nullable(z.string()),
  title: z.string(),
  byline: z.nullable(z.string()),
  siteName: z.nullable(z.string()),
  publishedTime: z.nullable(z.string()),
  /** Page language as declared (html lang / meta), e.g. "en", "de-DE"; null when undeclared. */
  lang: z.nullable(z.string()),
  /** Article text, one paragraph per line (blank lines allowed). */
  text: z.string(),
  extraction: ExtractionMethod,
  structured: z.nullable(StructuredReview),
  signals: z.nullable(PageSignals),
  /** The reviews of a page of many, when the page shows two or more (see ListedReviews). */
  listedReviews: z.optional(z.nullable(ListedReviews)),
});
export type Article = z.infer<typeof Article>;

/** An Article holding only text, as plain-text input gives it (a CLI text file, a selection, one review of a
 *  list); `extra` fills in what a page would add. */
export function textArticle(text: string, extra: Partial<Article> = {}): Article {
  return {
    url: null,
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    text,
    extraction: 'plain-text',
    structured: null,
    signals: null,
    ...extra,
  };
}

export const VerdictLabel = z.enum(['positive', 'mixed', 'negative']);
export type VerdictLabel = z.infer<typeof VerdictLabel>;

/** A verbatim span of the article text with its character offsets in Article.text. */
export const TextSpan = z.object({
  text: z.string(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});
export type TextSpan = z.infer<typeof TextSpan>;

export const StatedRating = z.object({
  /** The rating as printed, e.g. "★★★½", "7/10", "B+". */
  text: z.string(),
  /** Normalised to 0–100 (see lib/summarise/rating.ts for the table). */
  score: z.number().check(z.minimum(0), z.maximum(100)),
  /** Where it was found. */
  origin: z.enum(['structured-data', 'headline', 'rating-box', 'text']),
});
export type StatedRating = z.infer<typeof StatedRating>;

export const Verdict = z.object({
  label: VerdictLabel,
  score: z.int().check(z.minimum(0), z.maximum(100)),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  /** "stated" when the score comes from the reviewer's own rating, "inferred" when from the text model, "none"
   *  when there is no verdict: a review in a language the text model cannot read that prints no rating. Then
   *  label, score and confidence mean nothing (they are "mixed", 50 and 0), and the views say "not read". */
  basis: z.enum(['stated', 'inferred', 'none']),
  stated: z.nullable(StatedRating),
  /** Sentences that most drove an inferred verdict. */
  why: z.array(TextSpan),
  /** The two or three aspects the review praises or criticises most ("battery: negative"), each with the
   *  verbatim sentence it rests on; empty when the review names none. */
  aspects: z.array(z.object({ aspect: z.string(), label: VerdictLabel, sentence: TextSpan })),
});
export type Verdict = z.infer<typeof Verdict>;

export const PersonRole = z.enum([
  'actor',
  'director',
  'writer',
  'composer',
  'music',
  'cinematographer',
  'producer',
  'editor',
  'author',
  'other',
]);
export type PersonRole = z.infer<typeof PersonRole>;

export const Person = z.object({
  name: z.string(),
  /** The primary role: the one the review is mostly about. */
  role: PersonRole,
  /** Every role the credits, structured data or text give ("directed and written by"), primary first. */
  roles: z.array(PersonRole),
  characters: z.array(z.string()),
  mentions: z.int().check(z.nonnegative()),
});
export type Person = z.infer<typeof Person>;

export const Quote = z.extend(TextSpan, {
  /** What the quote is about, when it is clear (acting, direction, script, music, visuals, overall…). */
  aspect: z.nullable(z.string()),
});
export type Quote = z.infer<typeof Quote>;

/** One review of a page with many (customer reviews, user reviews, a forum thread of opinions). */
export const ListedReview = z.object({
  text: z.string(),
  /** The item's own rating on the page's scale, when it shows one. */
  rating: z.nullable(z.number()),
  verdict: VerdictLabel,
});
export type ListedReview = z.infer<typeof ListedReview>;

/** A praise or complaint shared by several reviews of a list, with one verbatim quote from one of them. */
export const ListAspect = z.object({
  aspect: z.string(),
  /** How many reviews raise it on this side. */
  count: z.int().check(z.nonnegative()),
  /** `review` is the index in ReviewList.reviews of the review the quote comes from. */
  quote: z.object({ text: z.string(), review: z.int().check(z.nonnegative()) }),
});
export type ListAspect = z.infer<typeof ListAspect>;

/** A list is at least two reviews (one is a single review): for the list finder, the list summary, its figures. */
export const MIN_LIST_REVIEWS = 2;

/** A list's rating histogram has at most this many bars: a scale above it (0–100) is counted in tenths. */
export const MAX_DISTRIBUTION_KEYS = 10;

/** The summary of a page of many reviews (review.form === "list"). */
export const ReviewList = z.object({
  count: z.int().check(z.nonnegative()),
  /** On the page's own scale: `best` is its top value; `score` the same on 0–100. */
  averageRating: z.nullable(z.object({ value: z.number(), best: z.number(), score: z.number() })),
  /** How many reviews gave each whole rating ("1" … best), on the page's scale; on a scale above
   *  MAX_DISTRIBUTION_KEYS, each tenth ("9": the ratings nearest 90 of 100). */
  distribution: z.record(z.string(), z.int().check(z.nonnegative())),
  verdicts: z.object({
    positive: z.int().check(z.nonnegative()),
    mixed: z.int().check(z.nonnegative()),
    negative: z.int().check(z.nonnegative()),
  }),
  reviews: z.array(ListedReview),
  praise: z.array(ListAspect),
  complaints: z.array(ListAspect),
  /** The item's rating over all its ratings (AggregateRating markup; the reviews read are often a few of many). */
  pageRating: z.optional(z.nullable(z.object({ value: z.number(), best: z.number(), count: z.nullable(z.number()) }))),
});
export type ReviewList = z.infer<typeof ReviewList>;

/** A single review, or a page of many (customer reviews under a product, user reviews of a film). */
export const ReviewForm = z.enum(['single', 'list']);
export type ReviewForm = z.infer<typeof ReviewForm>;

export const Summary = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    url: z.nullable(z.string()),
    title: z.string(),
    siteName: z.nullable(z.string()),
    /** The reviewer (author of this page), not a person in the review. */
    reviewer: z.nullable(z.string()),
    publishedTime: z.nullable(z.string()),
    extraction: ExtractionMethod,
  }),
  /** What is reviewed: the item's name when known, else the article title. */
  title: z.string(),
  language: z.object({ code: z.string(), supported: z.boolean() }),
  isReview: z.boolean(),
  review: z.object({
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    kind: ReviewKind,
    form: ReviewForm,
  }),
  verdict: Verdict,
  people: z.array(Person),
  quotes: z.array(Quote),
  /** Present when review.form is "list". */
  reviewList: z.nullable(ReviewList),
  stats: z.object({ words: z.int().check(z.nonnegative()), ms: z.number().check(z.nonnegative()) }),
});
export type Summary = z.infer<typeof Summary>;

export const Settings = z.object({
  autoBadges: z._default(z.boolean(), true),
  /** Hostnames where the extension never shows a badge. */
  silentSites: z._default(z.array(z.string()), []),
  quoteCount: z._default(z.int().check(z.minimum(1), z.maximum(5)), 3),
  /** The user's own word on a site: its pages are reviews, or are not, whatever the detector says. */
  siteOverrides: z._default(z.record(z.string(), z.enum(['review', 'not-review'])), {}),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
