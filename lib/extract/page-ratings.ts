// The full analysis's reading of rating widgets, beyond the always-on script's (signals.ts): a widget that rates
// another page's work (a rail card) or states the readers' average is not the page's rating, and a verdict box
// that holds more than its rating is read by the figure it leads with. Lives apart from signals.ts so that the
// content script on every page does not carry it.
import { isRatersAverage } from '../text/raters-average';
import { ratesAnotherPage } from './linked-card';
import type { RatingReading } from './signals';
import { blockText } from './text';

export const THOROUGH_READING: RatingReading = {
  skip: (el, page) => ratesAnotherPage(el, page) || inRatersAverageLine(el) || inComparisonRow(el),
  leading: leadingFigure,
};

/** Cells of one table row, each with a rating, beyond which the row compares things ("Customer rating" across
 *  five laptops): a review's own box rates one thing in one cell beside its label. */
const COMPARED_CELLS = 3;
const CELL_RATING = /\d(?:[.,]\d)?\s*(?:\/|out of)\s*\d|[★☆]/u;

/** Whether the rating sits in a table row whose cells rate several things side by side. */
function inComparisonRow(el: Element): boolean {
  const row = el.closest('tr');
  if (!row) return false;
  const rated = [...row.children].filter(
    (cell) => CELL_RATING.test(cell.textContent ?? '') || cell.querySelector('[aria-label*="out of" i]'),
  );
  return rated.length >= COMPARED_CELLS;
}

/** A star row whose line says how many rated ("★★★★☆ 3.87 · 21,004 ratings"): the readers' average, though the
 *  stars alone do not say so. */
function inRatersAverageLine(el: Element): boolean {
  const parent = el.parentElement;
  return parent !== null && isRatersAverage(blockText(parent).replace(/\s+/g, ' ').trim());
}

/** A rating alone: "4/10", "8.5 / 10", "3 out of 5", "★★★★☆". */
const BOX_FIGURE = /^(?:\d{1,3}(?:[.,]\d)?\s*(?:\/|out of)\s*\d{1,3}|[★☆½]{2,6})$/u;

/** A box's first element of its own that prints a figure or stars ("4/10", "★★★★☆"): where a verdict box puts its
 *  rating before its pros, cons and summary. */
function leadingFigure(box: Element): string | null {
  // A grade card names itself ("Parallax Grade", then "C-", then the title): its letter may follow its label.
  const cls = box.getAttribute('class') ?? '';
  const grade = GRADE_BOX.test(cls);
  const leaves: Element[] = [];
  for (const el of box.querySelectorAll('*')) {
    if (el.children.length === 0 && el.textContent?.trim()) leaves.push(el);
    if (leaves.length >= GRADE_LABEL_PARTS) break;
  }
  for (const [i, el] of leaves.entries()) {
    const text = el.textContent?.trim() ?? '';
    if ((BOX_FIGURE.test(text) || (grade && BOX_GRADE.test(text))) && !inRatersAverageLine(el)) return text;
    // A games site's score box: the figure out of ten, then its word ("6" "Decent", "8" "Great").
    if (i === 0 && SCORE_BOX.test(cls) && TEN_POINT.test(text) && SCALE_WORD.test(leaves[1]?.textContent ?? ''))
      return `${text}/10`;
    if (!grade || i + 1 >= GRADE_LABEL_PARTS) return null;
  }
  return null;
}

/** A box whose class names a score, and the figure a games site prints in it out of ten, with the word of its
 *  scale after it (IGN's and GameSpot's: "10 Masterpiece" … "6 Decent" … "1 Abysmal"). */
const SCORE_BOX = /score/i;
const TEN_POINT = /^(?:10|\d(?:\.\d)?)$/;
const SCALE_WORD =
  /^\s*(?:masterpiece|essential|amazing|superb|great|good|decent|okay|mediocre|poor|bad|awful|terrible|painful|abysmal|unbearable)\s*$/i;

/** A box whose class names a letter grade ("grade-card", "review-grade"). */
const GRADE_BOX = /grade/i;
/** A letter grade alone, as a grade card prints it: "C-", "B+", "A". */
const BOX_GRADE = /^[A-DF][+\-−–]?$/u;
/** The parts of a box read for its rating: a grade card's label, then its letter; a score, then its word. */
const GRADE_LABEL_PARTS = 2;
