// A rating a widget draws instead of printing: its value kept in a data attribute for its script
// (data-rating="4"), or a star row drawn as a filled bar whose width is the share of the stars lit ("width: 90%").
// Also a row of one star glyph repeated whose empty stars are greyed out, a row of empty elements each a star lit
// or not by its class (`<span class="star filled">`), and a glyph row clipped to its share by a width over a
// row of the same glyphs. Read by the page's rating texts (signals.ts) and by the review-list finder
// (review-list/markers.ts); the class-lit row by the finder only (see markers.ts).

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
  /** Where it was read: a data value (its scale a guess), or a star bar's fill or a row of stars (its scale
   *  drawn). */
  from: 'data' | 'fill';
}

/** Stars in a row drawn one element per star: fewer are a pair of icons, more a gallery. */
const MIN_ROW_STARS = 3;
const MAX_ROW_STARS = 10;
/** The class words that light a star of such a row ("star filled", "star-on", "is-active"), and half of one. */
const LIT_CLASS = /(?:^|[\s_-])(?:filled|full|on|active|lit|selected|checked)(?:$|[\s_-])/i;
const HALF_CLASS = /(?:^|[\s_-])half(?:$|[\s_-])/i;

/** A row of empty elements, each a star by its class, lit by another class: "star filled" beside "star" (the
 *  marked ones lit), or else "icon-star" beside "icon-star half" / "star empty" (the unmarked ones lit). The
 *  lit ones out of all. Null when no class marks a star lit and every star looks the same (no telling lit from
 *  unlit), or when none is lit (an item nobody has rated, or an input to rate it). */
export function classStarRow(el: Element): DrawnRating | null {
  // Cheap checks first: the finder asks this of every element of the page.
  const count = el.childElementCount;
  if (count < MIN_ROW_STARS || count > MAX_ROW_STARS) return null;
  if (!/star/i.test(el.firstElementChild?.getAttribute('class') ?? '')) return null;
  const stars = [...el.children];
  const classes: string[] = [];
  for (const star of stars) {
    const cls = star.getAttribute('class') ?? '';
    if (!/star/i.test(cls) || star.children.length > 0 || (star.textContent ?? '').trim()) return null;
    classes.push(cls);
  }
  const marksLit = classes.some((c) => LIT_CLASS.test(c));
  if (!marksLit && new Set(classes).size < 2) return null;
  // Without a lit class the lit stars are the plain ones, the first star's class; any other class must say
  // half or empty ("p10" beside "p0" says neither, so nothing is read).
  const plain = classes[0];
  let value = 0;
  for (const cls of classes) {
    if (HALF_CLASS.test(cls)) value += 0.5;
    else if (marksLit ? LIT_CLASS.test(cls) : cls === plain) value += 1;
    else if (!marksLit && !DIMMED_CLASS.test(cls)) return null;
  }
  return value > 0 ? { value, best: stars.length, from: 'fill' } : null;
}

/** A glyph row clipped to the share of its stars lit ("★★★★★" inside `width: 80%`, drawn over a grey "★★★★★"):
 *  the clipped row's share of its glyphs, in halves. `el` is the clipped row or the row it is drawn over. */
export function clippedGlyphRow(el: Element): DrawnRating | null {
  for (const part of [el, ...el.querySelectorAll('[style]')]) {
    const width = Number(FILL_WIDTH.exec(part.getAttribute('style') ?? '')?.[1]);
    if (!(width > 0 && width <= 100)) continue;
    const glyphs = part.textContent?.match(ANY_GLYPH)?.length ?? 0;
    if (glyphs < MIN_ROW_STARS || glyphs > MAX_ROW_STARS) continue;
    return { value: Math.round((width / 100) * glyphs * 2) / 2, best: glyphs, from: 'fill' };
  }
  return null;
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

/** A filled star glyph, and the glyphs of a whole row: a row of stars drawn as one glyph repeated has its empty
 *  stars the same "★" in a lighter colour ("★★★★<span style="color:#ccc">★</span>", a class "empty" or "off"). */
const FULL_GLYPH = /[★⭐✭✮✯✪]/gu;
export const GLYPHS_ONLY = /^[\s★⭐✭✮✯✪☆✩½]+$/u;
const ANY_GLYPH = /[★⭐✭✮✯✪☆✩]/gu;
const DIMMED_CLASS = /(?:^|[\s_-])(?:empty|off|grey|gray|inactive|unfilled|blank|dim(?:med)?)(?:$|[\s_-])/i;
/** An inline light grey (every channel high: "#ccc", "#d9d9d9", "lightgray") or a faded opacity. */
const DIMMED_STYLE =
  /(?:^|;)\s*(?:color\s*:\s*(?:#[b-f]{3}\b|#[b-f][0-9a-f][b-f][0-9a-f][b-f][0-9a-f]\b|(?:light)?gr[ae]y|silver|gainsboro)|opacity\s*:\s*0?\.\d)/i;

/** Whether the element greys out what it holds, by a class ("star-empty", "off") or an inline light colour. */
export function isDimmed(el: Element): boolean {
  return DIMMED_CLASS.test(el.getAttribute('class') ?? '') || DIMMED_STYLE.test(el.getAttribute('style') ?? '');
}

/** The element's text with its greyed-out star glyphs written as empty ones ("★★★★☆"), so the glyph reader
 *  counts what a sighted reader sees; the text unchanged when nothing is greyed. */
export function withDimmedStars(el: Element, text: string): string {
  let dimmed = 0;
  for (const d of el.querySelectorAll('[class], [style]'))
    if (isDimmed(d)) dimmed += d.textContent?.match(FULL_GLYPH)?.length ?? 0;
  if (dimmed === 0) return text;
  const full = (text.match(FULL_GLYPH)?.length ?? 0) - dimmed;
  return full >= 0 ? `${'★'.repeat(full)}${'☆'.repeat(dimmed)}` : text;
}
