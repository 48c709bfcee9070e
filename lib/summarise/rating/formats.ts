// Parses a string that is a rating and nothing else (a widget text, a labelled value, a score column) in each
// printed form: fractions, star counts, star glyphs, asterisks, letter grades, decimals, percentages.
import { REGEXPS } from './patterns';
import {
  bareStarScale,
  clamp,
  DECIMAL_SCORE_SCALE,
  DEFAULT_STAR_SCALE,
  germanGradeScore,
  gradeValue,
  LETTER_GRADES,
  numberValue,
  PROSE_SCALES,
  ratio,
  STAR_SCALES,
} from './scales';

export interface ParseOptions {
  /** A "Rating:"-style label or a rating widget vouches for ambiguous forms (lone decimals like "6.2"). */
  labelled?: boolean;
  /** The string is a piece of prose: only the usual rating scales count (see PROSE_SCALES). */
  prose?: boolean;
  /** Best value of a bare star count, as the page states it (starScaleOf); DEFAULT_STAR_SCALE if absent. */
  starScale?: number;
}

/** Parses one string that is a rating and nothing else (a widget text, a line, a score column). Null when
 *  it is not a rating. */
export function parseRating(raw: string, options: ParseOptions = {}): number | null {
  let text = unwrap(raw);
  const label = REGEXPS.labelPrefix.exec(text)?.[0] ?? '';
  const unlabelled = text.slice(label.length);
  const hasLabel = options.labelled || label !== '';
  text = unwrap(unlabelled);
  if (!text) return null;

  const outOf = REGEXPS.outOf.exec(text);
  if (outOf) {
    const best = numberValue((outOf[2] ?? outOf[4]) as string);
    if (options.prose && !PROSE_SCALES.has(best ?? Number.NaN)) return null;
    return ratio(numberValue((outOf[1] ?? outOf[3]) as string), best);
  }
  const bare = REGEXPS.bareStars.exec(text);
  if (bare) {
    const stars = numberValue(bare[1] as string);
    return ratio(stars, bareStarScale(stars, options.starScale));
  }
  if (REGEXPS.glyphs.test(text)) return parseGlyphs(text, options.starScale);
  const glyphsOutOf = REGEXPS.glyphsOutOf.exec(text);
  if (glyphsOutOf) return parseGlyphs(glyphsOutOf[1] as string, STAR_SCALES[(glyphsOutOf[2] as string).toLowerCase()]);
  const glyphsThen = REGEXPS.glyphsThen.exec(text);
  if (glyphsThen) return glyphsThenRating(glyphsThen[1] as string, glyphsThen[2] as string, options);
  const grade = REGEXPS.grade.exec(text);
  if (grade) return gradeValue(grade[1] as string, grade[2]);
  // A recommendation is the two-point scale of its kind: up is the top, down the bottom (as a list reads it);
  // only in a widget or after a label, since a closing "Not recommended." in prose is a sentence, not a rating.
  const recommendation = hasLabel ? REGEXPS.recommendation.exec(text) : null;
  if (recommendation) return recommendation[1] ? 0 : 100;
  const german = REGEXPS.germanGrade.exec(unwrap(raw));
  if (german) return germanGradeScore((german[1] ?? german[2]) as string);
  const spelled = REGEXPS.spelledGrade.exec(text);
  if (spelled) return LETTER_GRADES[`${spelled[1]}${spelled[2]?.toLowerCase() === 'plus' ? '+' : '-'}`] ?? null;
  if (!hasLabel) return null;
  if (REGEXPS.decimal.test(text)) return ratio(Number(text), DECIMAL_SCORE_SCALE);
  const labelledOf = REGEXPS.labelledOf.exec(text);
  if (labelledOf) {
    const best = numberValue(labelledOf[2] as string);
    if (!PROSE_SCALES.has(best ?? Number.NaN)) return null;
    return ratio(numberValue(labelledOf[1] as string), best);
  }
  const percent = REGEXPS.percent.exec(text);
  if (percent) return ratio(Number(percent[1]), 100);
  // Only after "Score": "Rating: 15" and "Rated 18" are age certificates.
  if (REGEXPS.scoreLabel.test(label) && REGEXPS.hundredPoint.test(text)) return ratio(Number(text), 100);
  if (REGEXPS.asterisks.test(text)) return parseAsterisks(text, options.starScale);
  return null;
}

/** Glyphs followed by words: the figures when they are a rating ("★★★★★ 5/5" is 5 out of 5, a half star the
 *  glyphs cannot draw shows in "3.5/5"); the glyphs when the words are the rating's name ("it was ok"). Figures
 *  that are no rating ("★★★★☆ 3.87 · 21,004 ratings") leave the line unread. */
function glyphsThenRating(glyphs: string, rest: string, options: ParseOptions): number | null {
  const figures = parseRating(rest, { ...options, labelled: false });
  if (figures != null) return figures;
  // One star as the icon of a bare figure in a rating widget: "★ 4.5" is stars (of five, or of the page's star
  // scale), "★ 8.1" a score of ten, as the icon-before-figure widgets of apps and film sites print them.
  const icon = options.labelled && glyphs.length === 1 ? ICON_FIGURE.exec(rest) : null;
  if (icon) {
    const value = Number((icon[1] as string).replace(',', '.'));
    const stars = options.starScale ?? DEFAULT_STAR_SCALE;
    return clamp((value / (value <= stars ? stars : DECIMAL_SCORE_SCALE)) * 100);
  }
  return /\d/.test(rest) ? null : parseGlyphs(glyphs, options.starScale);
}

/** A bare figure after a star icon: "4.5", "8,1" (up to ten). */
const ICON_FIGURE = /^(10|\d(?:[.,]\d{1,2})?)$/;

/** The text without its wrapping, keeping a closing bracket that belongs to an opening one inside it
 *  ("**** (out of 4)" stays whole, "(3 stars)" loses both). */
export function unwrap(text: string): string {
  const inner = text.replace(REGEXPS.wrapping, '').trim();
  const opens = inner.split('(').length - 1;
  const closes = inner.split(')').length - 1;
  return opens > closes && /\)\W*$/.test(text) ? `${inner})` : inner;
}

/** The star scale a page states anywhere in the given texts, or undefined when it states none. */
export function starScaleOf(texts: readonly string[]): number | undefined {
  for (const text of texts) {
    const m = REGEXPS.starScale.exec(text);
    const word = m?.slice(1).find((g) => g !== undefined);
    if (word) return STAR_SCALES[word.toLowerCase()];
  }
  return undefined;
}

function parseAsterisks(text: string, starScale?: number): number | null {
  const stars = (text.match(REGEXPS.asterisk)?.length ?? 0) + (REGEXPS.half.test(text) ? 0.5 : 0);
  const own = REGEXPS.asteriskScale.exec(text)?.[1];
  const stated = own ? STAR_SCALES[own.toLowerCase()] : starScale;
  return ratio(stars, bareStarScale(stars, stated));
}

function parseGlyphs(text: string, starScale?: number): number | null {
  const full = text.match(REGEXPS.fullGlyph)?.length ?? 0;
  const half = text.includes('½') ? 0.5 : 0;
  const empty = text.match(REGEXPS.emptyGlyph)?.length ?? 0;
  // A row of empty stars alone is a product nobody has rated yet ("☆☆☆☆☆ Be the first to review"), not zero.
  if (full + half === 0) return null;
  // Empty stars print the scale ("★★★☆☆" is 3 of 5); a half-filled one is usually drawn as ½ or ☆.
  const best = empty > 0 ? full + Math.ceil(half) + empty : bareStarScale(full + half, starScale);
  return ratio(full + half, best);
}
