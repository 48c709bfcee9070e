// The numbers of stated ratings: rating scales, number words, letter grades, and the normalisation of a value
// on its scale to 0–100.
import { REGEXPS } from './patterns';

export { gradeValue, LETTER_GRADES } from '../../text/letter-grades';

/** Best value of a bare star count ("3 stars") when the page states no scale anywhere: schema.org's default
 *  bestRating. Many newspaper film critics rate out of four, but they usually say so somewhere (a legend,
 *  "(out of four)" after the title), which starScaleOf reads. */
export const DEFAULT_STAR_SCALE = 5;
/** Star scales a page may state for its bare star counts; other "out of N" are shares and counts. */
export const STAR_SCALES: Readonly<Record<string, number>> = { four: 4, '4': 4, five: 5, '5': 5, ten: 10, '10': 10 };
/** Best value of a lone decimal score ("6.2"), the ten-point scale that prints one decimal place. */
export const DECIMAL_SCORE_SCALE = 10;
/** The German school grades' scale: 1 (sehr gut) is the best, 6 (ungenügend) the worst; test sites print
 *  0,5–5,5. A grade g scores (WORST − g) / (WORST − BEST) × 100, so "gut (2,1)" is 78 and "befriedigend (3,0)" 60. */
export const GERMAN_GRADE = { best: 1, worst: 6 } as const;

/** A German test grade's figure ("2,1") on 0–100; grades better than 1 (Stiftung Warentest's 0,5) score 100. */
export function germanGradeScore(figure: string): number | null {
  const g = Number(figure.replace(',', '.'));
  if (Number.isNaN(g) || g > GERMAN_GRADE.worst) return null;
  return clamp(((GERMAN_GRADE.worst - g) / (GERMAN_GRADE.worst - GERMAN_GRADE.best)) * 100);
}

/** Scales a bare "x/y" in prose must be on to count: other fractions there are dates ("9/11"), shares
 *  ("2/3 of the film") or scores of matches. */
export const PROSE_SCALES: ReadonlySet<number> = new Set([4, 5, 10, 20, 100]);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  no: 0,
  half: 0.5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The value of a NUM match: "3 1/2" → 3.5, "three and a half" → 3.5, "½" → 0.5. */
export function numberValue(text: string): number | null {
  let t = text.trim().toLowerCase();
  if (t === '½') return 0.5;
  let half = 0;
  if (REGEXPS.halfSuffix.test(t)) {
    half = 0.5;
    t = t.replace(REGEXPS.halfSuffix, '');
  } else if (REGEXPS.wordHalf.test(t)) {
    half = 0.5;
    t = t.replace(REGEXPS.wordHalf, '');
  }
  const n = t in NUMBER_WORDS ? NUMBER_WORDS[t] : Number(t.replace(REGEXPS.decimalComma, '.'));
  return n === undefined || Number.isNaN(n) ? null : n + half;
}

export function ratio(value: number | null, best: number | null): number | null {
  if (value == null || best == null || best <= 0 || value < 0 || value > best) return null;
  return clamp((value / best) * 100);
}

/** The scale of a bare star count: the page's stated one, unless the count is above it (the statement was
 *  about something else), then the default. */
export function bareStarScale(stars: number | null, stated: number | undefined): number {
  return stated !== undefined && stars !== null && stars <= stated ? stated : DEFAULT_STAR_SCALE;
}

export function clamp(x: number): number {
  return Math.max(0, Math.min(100, Math.round(x * 10) / 10));
}
