// Reads one review's rating from the short strings a rating widget prints or labels itself with: "4.0 out of 5
// stars", "Rated 4 of 5", "4,0 von 5 Sternen", "8/10", "4 stars", "★★★★☆", "★★★½", "Recommended". The
// summariser's own parser (lib/summarise/rating.ts) reads ratings in prose and may not be imported here (extract
// never imports summarise); this one only reads a widget's whole string, so it can be short and strict.
import { gradeValue } from '../../text/letter-grades';
import { FOREIGN_OUT_OF, STAR_WORDS } from '../../text/rating-words';

export interface ItemRating {
  value: number;
  /** The scale's top value: 5 for stars, 10 for "8/10", 1 for a recommendation. */
  best: number;
}

/** A widget string longer than this is prose, not a rating ("4 out of 5 people found this helpful" is
 *  caught by the helpful pattern; a sentence that mentions a score is not the reviewer's widget). */
export const MAX_RATING_CHARS = 48;
/** Letter grades are read on Metacritic's 0–100 conversion (lib/text/letter-grades.ts). */
const LETTER_GRADE_SCALE = 100;
/** Bare star counts and glyph runs without empty stars are on this scale. */
const STAR_SCALE = 5;
/** Scales a "value of best" pair may use; anything else ("3 of 12 photos", "Page 1 of 1") is not a rating. */
const SCALES: ReadonlySet<number> = new Set([4, 5, 6, 10, 20, 100]);

const REGEXPS = {
  // "4.0 out of 5 stars", "Rated 4 of 5", "4,0 von 5 Sternen", "8/10", "Score: 7 / 10", "4 sur 5 étoiles", a travel
  // site's "4 of 5 bubbles".
  outOf: new RegExp(
    String.raw`^(?:[\p{L} ]{0,20}[:\s]\s*)?(\d{1,3}(?:[.,]\d+)?)\s*(?:out of|of|${FOREIGN_OUT_OF}|\/)\s*(\d{1,3})(?:\s*(?:${STAR_WORDS}|bubbles?|circles?|points?|punkte?n?))?\s*\.?$`,
    'iu',
  ),
  // "4 stars", "4.5 Sterne", "Rated 3 stars", "5 star review", "4.98 stars".
  bareStars: new RegExp(
    String.raw`^(?:[\p{L} ]{0,12}\s)?(\d(?:[.,]\d{1,2})?)[\s-]*(?:${STAR_WORDS})(?: review| rating| bewertung)?$`,
    'iu',
  ),
  fullGlyph: /[★⭐✭✮✯✪]/gu,
  emptyGlyph: /[☆✩]/gu,
  halfGlyph: /[½⯪⯨]/u,
  glyphsOnly: /^[\s★⭐✭✮✯✪☆✩½⯪⯨]+$/u,
  iconBeforeFigure: /^[★⭐]\s*(?=\d)/u,
  /** "Grade: A-", "Grade B+", "Original Score: B": a grade that says it is one (a bare letter is read only in a
   *  score box: bare-scores.ts). */
  labelledGrade: /^(?:grade|(?:\p{L}{1,12}\s)?score)\s*:?\s*([A-DF])\s*([+\-−–]?)$/iu,
  recommended: /^(?:(not |doesn't |does not |would not |wouldn't )?recommend(?:ed|s)?|(nicht )?empfohlen)$/iu,
  /** A marketplace's feedback on a sale: "Positive", "Neutral", "Negative" (as its icon's label says, "Positive
   *  feedback rating"). */
  feedback: /^(positive|neutral|negative)(?:\s+feedback)?(?:\s+rating)?$/iu,
  helpful: /helpful|hilfreich|found this|people|person|votes?\b|photos?\b|images?\b|%/iu,
};

/** Feedback on a 0–1 scale, as a recommendation is: a neutral one halfway. */
const FEEDBACK_VALUES: Readonly<Record<string, number>> = { positive: 1, neutral: 0.5, negative: 0 };

/** The rating a widget string states, or null when it is not (only) a rating. */
export function parseItemRating(raw: string): ItemRating | null {
  // A star icon before the figure it decorates ("★ 9/10", "★8/10") is no part of the rating.
  const text = raw.replace(/\s+/g, ' ').trim().replace(REGEXPS.iconBeforeFigure, '');
  if (!text || text.length > MAX_RATING_CHARS || REGEXPS.helpful.test(text)) return null;
  const outOf = REGEXPS.outOf.exec(text);
  if (outOf) return scaled(num(outOf[1] as string), num(outOf[2] as string));
  const bare = REGEXPS.bareStars.exec(text);
  if (bare) return scaled(num(bare[1] as string), STAR_SCALE);
  if (REGEXPS.glyphsOnly.test(text)) return glyphs(text);
  const grade = REGEXPS.labelledGrade.exec(text);
  if (grade) return gradeRating(grade[1] as string, grade[2]);
  const rec = REGEXPS.recommended.exec(text);
  if (rec) return { value: rec[1] || rec[2] ? 0 : 1, best: 1 };
  const feedback = REGEXPS.feedback.exec(text)?.[1]?.toLowerCase();
  if (feedback) return { value: FEEDBACK_VALUES[feedback] as number, best: 1 };
  return null;
}

/** A letter grade on its 0–100 scale. */
export function gradeRating(letter: string, sign?: string): ItemRating | null {
  const value = gradeValue(letter.toUpperCase(), sign);
  return value === null ? null : { value, best: LETTER_GRADE_SCALE };
}

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

function scaled(value: number, best: number): ItemRating | null {
  if (!SCALES.has(best) || !Number.isFinite(value) || value < 0 || value > best) return null;
  return { value, best };
}

function glyphs(text: string): ItemRating | null {
  const full = text.match(REGEXPS.fullGlyph)?.length ?? 0;
  const half = REGEXPS.halfGlyph.test(text) ? 0.5 : 0;
  const empty = text.match(REGEXPS.emptyGlyph)?.length ?? 0;
  if (full + half === 0 && empty === 0) return null;
  // Empty stars print the scale ("★★★☆☆" is 3 of 5); without them the scale is the usual five.
  const best = empty > 0 ? full + Math.ceil(half) + empty : STAR_SCALE;
  return scaled(full + half, best);
}

/** Ratings in a legend of the scale: at least this many, each value once, in even steps up or down. */
const MIN_LEGEND_STEPS = 4;

/** Whether a group's ratings walk the scale one value at a time ("10, 9, 8, … 1", "★★★★★ Superb, ★★★★ Good, …"):
 *  a site's key to its scores ("How we review", "What the stars mean"), not reviews, which repeat values and
 *  come in no such order. */
export function readsAsScaleLegend(values: readonly number[]): boolean {
  if (values.length < MIN_LEGEND_STEPS) return false;
  const step = (values[1] as number) - (values[0] as number);
  if (step === 0) return false;
  return values.every((v, i) => i === 0 || v - (values[i - 1] as number) === step);
}
