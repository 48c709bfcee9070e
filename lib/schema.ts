// The data contracts shared by the summariser, the extension parts, the CLI and storage.
// Types are derived from the zod schemas so the compile-time and run-time views never drift apart.
import { z } from 'zod';

// zod compiles fast validators with `new Function` unless told not to; extension pages forbid eval (MV3 CSP),
// so the probe would only log a CSP violation. Plain interpretation is fast enough for our messages.
z.config({ jitless: true });

/** How the article text was obtained from the page (reported to the user, never hidden). */
export const ExtractionMethod = z.enum(['readability', 'structured-data', 'largest-article', 'plain-text']);
export type ExtractionMethod = z.infer<typeof ExtractionMethod>;

export const ReviewKind = z.enum(['film', 'tv', 'game', 'book', 'music', 'product', 'restaurant', 'other']);
export type ReviewKind = z.infer<typeof ReviewKind>;

/** schema.org Review / CriticReview as found in JSON-LD or microdata, flattened. */
export const StructuredReview = z.object({
  type: z.string(),
  ratingValue: z.number().nullable(),
  bestRating: z.number().nullable(),
  worstRating: z.number().nullable(),
  /** The rating as the markup gives it, with its scale: "4/5", "8.5/10". */
  ratingText: z.string().nullable(),
  author: z.string().nullable(),
  itemName: z.string().nullable(),
  itemType: z.string().nullable(),
  actors: z.array(z.string()),
  directors: z.array(z.string()),
  authors: z.array(z.string()),
  reviewBody: z.string().nullable(),
});
export type StructuredReview = z.infer<typeof StructuredReview>;

/** Cheap page signals gathered from the DOM without Readability (used by review detection). */
export const PageSignals = z.object({
  ogType: z.string().nullable(),
  /** All schema.org @type values seen in JSON-LD / microdata on the page. */
  schemaTypes: z.array(z.string()),
  /** Rating-looking strings found near the headline or in rating widgets (alt / aria-label text included). */
  ratingTexts: z.array(z.string()),
  headline: z.string().nullable(),
  /** Paths of the URL, lower-cased, e.g. "/movies/review/foo". */
  urlPath: z.string(),
  hasByline: z.boolean(),
});
export type PageSignals = z.infer<typeof PageSignals>;

/** What the DOM side hands to the pure summariser; the CLI builds the same thing from files. */
export const Article = z.object({
  url: z.string().nullable(),
  title: z.string(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedTime: z.string().nullable(),
  /** Page language as declared (html lang / meta), e.g. "en", "de-DE"; null when undeclared. */
  lang: z.string().nullable(),
  /** Article text, one paragraph per line (blank lines allowed). */
  text: z.string(),
  extraction: ExtractionMethod,
  structured: StructuredReview.nullable(),
  signals: PageSignals.nullable(),
});
export type Article = z.infer<typeof Article>;

export const VerdictLabel = z.enum(['positive', 'mixed', 'negative']);
export type VerdictLabel = z.infer<typeof VerdictLabel>;

/** A verbatim span of the article text with its character offsets in Article.text. */
export const TextSpan = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextSpan = z.infer<typeof TextSpan>;

export const StatedRating = z.object({
  /** The rating as printed, e.g. "★★★½", "7/10", "B+". */
  text: z.string(),
  /** Normalised to 0–100 (see lib/summarise/rating.ts for the table). */
  score: z.number().min(0).max(100),
  /** Where it was found. */
  origin: z.enum(['structured-data', 'headline', 'rating-box', 'text']),
});
export type StatedRating = z.infer<typeof StatedRating>;

export const Verdict = z.object({
  label: VerdictLabel,
  score: z.number().int().min(0).max(100),
  confidence: z.number().min(0).max(1),
  /** "stated" when the score comes from the reviewer's own rating, "inferred" when from the text model. */
  basis: z.enum(['stated', 'inferred']),
  stated: StatedRating.nullable(),
  /** Sentences that most drove an inferred verdict. */
  why: z.array(TextSpan),
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
  role: PersonRole,
  characters: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
});
export type Person = z.infer<typeof Person>;

export const Quote = TextSpan.extend({
  /** What the quote is about, when it is clear (acting, direction, script, music, visuals, overall…). */
  aspect: z.string().nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Summary = z.object({
  schemaVersion: z.literal(1),
  source: z.object({
    url: z.string().nullable(),
    title: z.string(),
    siteName: z.string().nullable(),
    /** The reviewer (author of this page), not a person in the review. */
    reviewer: z.string().nullable(),
    publishedTime: z.string().nullable(),
    extraction: ExtractionMethod,
  }),
  /** What is reviewed: the item's name when known, else the article title. */
  title: z.string(),
  language: z.object({ code: z.string(), supported: z.boolean() }),
  isReview: z.boolean(),
  review: z.object({ confidence: z.number().min(0).max(1), kind: ReviewKind }),
  verdict: Verdict,
  people: z.array(Person),
  quotes: z.array(Quote),
  stats: z.object({ words: z.number().int().nonnegative(), ms: z.number().nonnegative() }),
});
export type Summary = z.infer<typeof Summary>;

export const Settings = z.object({
  autoBadges: z.boolean().default(true),
  /** Hostnames where the extension never shows a badge. */
  silentSites: z.array(z.string()).default([]),
  quoteCount: z.number().int().min(1).max(5).default(3),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
