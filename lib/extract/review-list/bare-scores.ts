// Scores printed as a bare figure ("90", "8.5") or a bare letter grade ("B+") in each review of a list: critics
// aggregators and game and app sites print a list's scores so, with the scale only in the page's design. A bare
// figure or grade is a rating only in an element whose class names a score; a figure's scale is read from the
// whole group of such scores (blocks.ts), since one "8" could be of 10 or of 100 (a grade's is 0–100).
import { LETTER_GRADE } from '../../text/letter-grades';
import { gradeRating, type ItemRating } from './rating';

/** Class names of a score element ("metascore_w", "review-score", "user-rating"), not of a count beside it
 *  ("rating-count", "reviews-total": how many, not how good). */
const SCORE_CLASS = /score|rating|grade/i;
const COUNT_CLASS = /count|total|num|votes?|reviews|helpful/i;
const BARE_FIGURE = /^\d{1,3}(?:[.,]\d)?$/;
/** An accessible name that says the figure is a score ("Scored 9.2", "Rated 8"), whatever the element's class. */
const SCORE_LABEL = /^\s*(?:scored?|rated|rating)\b/i;
/** The scales a group of bare scores may be on, smallest first: a group whose highest score fits one is on it
 *  (all of "4", "3", "5" are stars; an "8" makes it a score of ten, a "90" one of a hundred). */
const BARE_SCALES = [5, 10, 100] as const;

/** The score a bare figure states, its scale still unknown (best 0), or a bare letter grade ("B+", on its 0–100
 *  scale); null when it is no score. */
export function bareScore(text: string, el: Element): ItemRating | null {
  const grade = LETTER_GRADE.exec(text);
  if (!grade && !BARE_FIGURE.test(text)) return null;
  const cls = el.getAttribute('class') ?? '';
  const named = SCORE_CLASS.test(cls) || SCORE_LABEL.test(el.getAttribute('aria-label') ?? '');
  if (!named || COUNT_CLASS.test(cls)) return null;
  if (grade) return gradeRating(grade[1] as string, grade[2]);
  return { value: Number(text.replace(',', '.')), best: 0 };
}

/** Whether a marker's rating is a bare score whose scale is not yet known. */
function scaleUnknown(rating: ItemRating): boolean {
  return rating.best === 0;
}

/** The markers of one widget group with their scale: bare scores get the smallest scale that holds all of them
 *  (a decimal rules out stars); none when they fit no scale (a figure over 100 is a count, not a score). Where
 *  the group also holds ratings that state their scale, the bare figures beside them are something else. */
export function withGroupScale<T extends { rating: ItemRating }>(group: readonly T[]): T[] {
  const stated = group.filter((m) => !scaleUnknown(m.rating));
  if (stated.length > 0) return stated;
  const values = group.map((m) => m.rating.value);
  const top = Math.max(...values);
  const decimal = values.some((v) => !Number.isInteger(v));
  const best = BARE_SCALES.find((s) => top <= s && !(decimal && s === 5));
  return best ? group.map((m) => ({ ...m, rating: { value: m.rating.value, best } })) : [];
}
