// Finds a rating inside a line of running text, with patterns strict enough for prose. In prose, a fraction
// counts only where the writer plainly gives it as the verdict: after a rating verb ("I give it 3 out of 10",
// "My vote: 4/10"), opening a sentence ("4/10, very bizarre") or closing one after a dash ("A Waste of Time -
// 4/10"). A line that rates several things ("Dune ( 4/10 ) and Blue Velvet ( 8.5/10 )") rates other films,
// and a rating someone "would have given" is not the one they give.
import { parseRating, unwrap } from './formats';
import { REGEXPS } from './patterns';
import { numberValue, PROSE_SCALES, ratio } from './scales';

/** Finds a rating inside one line of running text, with patterns strict enough for prose. */
export function findRatingInLine(raw: string, starScale?: number): { text: string; score: number } | null {
  const line = raw.replace(REGEXPS.spacedDecimal, '$1.$2');
  for (const m of line.matchAll(REGEXPS.labelledInText)) {
    // "Difficulty rating: 4/5" rates how hard, not how good.
    if (REGEXPS.propertyLabelEnd.test(line.slice(0, m.index))) continue;
    const score = parseRating(m[1] as string, { labelled: true, prose: true, starScale });
    if (score != null) return { text: (m[1] as string).trim(), score };
  }
  const stars = REGEXPS.starsOutOfInText.exec(line);
  if (stars) {
    const score = parseRating(stars[1] as string, { prose: true, starScale });
    if (score != null) return { text: (stars[1] as string).trim(), score };
  }
  // A line that is nothing but a letter grade ("B-" closing a review) is one; inside prose "A" is a word.
  const whole = unwrap(line);
  if (REGEXPS.grade.test(whole) || REGEXPS.spelledGrade.test(whole)) {
    const score = parseRating(whole);
    if (score != null) return { text: whole, score };
  }
  // A piece of the line that is nothing but a rating: "‘27 Dresses’ | 2 stars", "… Cambridge. 2 1/2 stars".
  for (const segment of line.split(REGEXPS.segmentSplit)) {
    const piece = unwrap(segment);
    // Letter grades and bare numbers need a label in prose ("A" and "9" are words and counts there).
    if (REGEXPS.grade.test(piece) || REGEXPS.spelledGrade.test(piece)) continue;
    const score = parseRating(piece, { prose: true, starScale });
    if (score != null) return { text: piece, score };
  }
  return ratesSeveralThings(line) ? null : findGivenFraction(line, starScale);
}

/** A line with fractions of different values rates several things (other films, parts of a game). */
function ratesSeveralThings(line: string): boolean {
  const values = new Set<number | null>();
  for (const m of line.matchAll(REGEXPS.anyFraction)) {
    values.add(ratio(numberValue(m[2] as string), numberValue(m[3] as string)));
  }
  return values.size > 1;
}

/** Whether text ending here has an open round bracket. */
function insideBrackets(before: string): boolean {
  return before.split('(').length > before.split(')').length;
}

/** A fraction the writer gives as their verdict, in a user review's own words (see the header). */
function findGivenFraction(line: string, starScale: number | undefined): { text: string; score: number } | null {
  const fraction = (m: RegExpExecArray | RegExpMatchArray) => {
    if (m[4] !== undefined) {
      const text = `${m[4]} stars`;
      const score = parseRating(text, { prose: true, starScale });
      return score == null ? null : { text, score };
    }
    const best = numberValue(m[3] as string);
    if (!PROSE_SCALES.has(best ?? Number.NaN)) return null;
    const score = ratio(numberValue(m[2] as string), best);
    return score == null ? null : { text: (m[1] as string).trim(), score };
  };
  for (const m of line.matchAll(REGEXPS.givenInText)) {
    const before = line.slice(0, m.index);
    // "(I rated that one a 5/10)": an aside about something else.
    if (REGEXPS.counterfactual.test(before) || insideBrackets(before)) continue;
    const found = fraction(m);
    if (found) return found;
  }
  for (const sentence of line.split(REGEXPS.segmentSplit)) {
    const trimmed = sentence.trim();
    const stars = REGEXPS.openingStarsGiven.exec(trimmed);
    const starsScore = stars ? parseRating(`${stars[1]} stars`, { prose: true, starScale }) : null;
    if (stars && starsScore != null) return { text: `${stars[1]} stars`, score: starsScore };
    const opening = REGEXPS.openingFraction.exec(trimmed);
    const closing = opening ? null : REGEXPS.closingFraction.exec(trimmed);
    // "Difficulty: 4/5" is a spec line, not "A Modesty Waste of Time - 4/10".
    if (closing && REGEXPS.propertyLabelEnd.test(trimmed.slice(0, closing.index + 1))) continue;
    const m = opening ?? closing;
    const found = m && fraction(m);
    if (found) return found;
  }
  return null;
}
