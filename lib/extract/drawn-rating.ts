// A rating a widget draws instead of printing: its value kept in a data attribute for its script
// (data-rating="4"), or a star row drawn as a filled bar whose width is the share of the stars lit ("width: 90%").
// Read by the page's rating texts (signals.ts) and by the review-list finder (review-list/markers.ts).

/** Attributes in which a widget keeps its rating. */
const DATA_ATTRIBUTES = ['data-rating', 'data-score', 'data-stars'] as const;
/** A data value up to this is a star count (out of 5 unless the page says otherwise); above it, out of 10. */
export const MAX_DATA_STARS = 5;
/** The highest data value read: a larger number is a count or an id, not a rating. */
const MAX_DATA_VALUE = 10;
const FILL_WIDTH = /(?:^|;)\s*width\s*:\s*(\d{1,3}(?:\.\d+)?)%/i;

export interface DrawnRating {
  value: number;
  best: number;
  /** Where it was read: a data value (its scale a guess) or a star bar's fill (always out of 5). */
  from: 'data' | 'fill';
}

/** The rating `el` draws, or null. A fill is read only on an element whose class names stars and that prints no
 *  text (a printed rating is read as text), from the first element with a width in its style. */
export function drawnRating(el: Element): DrawnRating | null {
  for (const name of DATA_ATTRIBUTES) {
    if (!el.hasAttribute(name)) continue;
    const value = Number(el.getAttribute(name));
    if (!Number.isFinite(value) || value <= 0 || value > MAX_DATA_VALUE) continue;
    return { value, best: value > MAX_DATA_STARS ? MAX_DATA_VALUE : MAX_DATA_STARS, from: 'data' };
  }
  if (!/star/i.test(el.getAttribute('class') ?? '') || (el.textContent ?? '').trim()) return null;
  for (const part of [el, ...el.querySelectorAll('[style]')]) {
    const width = Number(FILL_WIDTH.exec(part.getAttribute('style') ?? '')?.[1]);
    // Half stars: 90% is four and a half of five.
    if (width > 0 && width <= 100) return { value: Math.round(width / 10) / 2, best: 5, from: 'fill' };
  }
  return null;
}
