// Rating markers: the elements of a page that show one rating, as text ("4.0 out of 5 stars", "8/10", "★★★½",
// "Recommended") or as a label (aria-label / title / alt on a star image). Each review of a rated list carries
// one; the markers of the same widget share the same place in the page's structure (signature).
import { classStarRow, clippedGlyphRow, drawnRating, GLYPHS_ONLY, isDimmed, withDimmedStars } from '../drawn-rating';
import { bareScore } from './bare-scores';
import { type ItemRating, MAX_RATING_CHARS, parseItemRating } from './rating';

export interface Marker {
  el: Element;
  rating: ItemRating;
  /** The widget's kind and position in the page: tag.class path from the element up to the body. */
  signature: string;
}

/** Never part of a review or its rating. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SELECT']);
const LABEL_ATTRIBUTES = ['aria-label', 'title', 'alt'] as const;
/** A text that could be (part of) a rating: a figure, a star glyph, a grade or a recommendation. Checked before
 *  the full parse, which reads the parent's text, so the names and dates of thousands of reviews cost little. */
const MAYBE_RATING = /[\d★☆⭐✭✮✯✪✩½]|recommend|empfohlen|grade|score|^[A-DF]\s*[+\-−–]?$/iu;
/** How many levels (the widget and its ancestors) the signature names: enough to tell the reviews' widget
 *  from the page's aggregate and histogram widgets, few enough that one list split over two containers
 *  ("Top reviews from the United States" / "from other countries") stays one group. */
const SIGNATURE_DEPTH = 2;
/** A rating element within this many levels of another states the same rating (label around text). */
const MARKER_NESTING = 3;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** "a-size-base review-123 a-star-4" → "a-size-base": class names with a digit (an item number, a rating, a
 *  page builder's hash) or a verdict's colour differ from item to item of one list. */
/** A class that colours a score box by its verdict ("critic-score positive", "c-siteScore--mixed", "score-red",
 *  a feedback icon's "icon-neg"):
 *  it differs from item to item of one list, as an item number does. */
const VERDICT_STATE_CLASS =
  /^(?:.*[-_])?(?:positive|negative|mixed|neutral|pos|neg|neu|favou?rable|unfavou?rable|good|bad|poor|high|medium|low|green|yellow|amber|red|fresh|rotten)$/i;

function shape(el: Element): string {
  const cls = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c && !/\d/.test(c) && !VERDICT_STATE_CLASS.test(c))
    .sort()
    .join('.');
  return cls ? `${el.tagName}.${cls}` : el.tagName;
}

export function signatureOf(el: Element): string {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur && parts.length < SIGNATURE_DEPTH; cur = cur.parentElement) {
    parts.push(shape(cur));
  }
  return parts.join('<');
}

export function elementShape(el: Element): string {
  return shape(el);
}

/** One star of a row drawn as images, each with its glyph as alt text ("★", "☆"): the row is the rating. */
const STAR_ALT = /^[★☆✩✪✭✮✯⯨⯪½]$/u;

/** A row of star images, each with its glyph as alt text, read as one rating ("★★★★☆" is 4 of 5). */
function imageRowRating(el: Element): ItemRating | null {
  const alts = [...el.children].filter((c) => c.tagName === 'IMG').map((img) => img.getAttribute('alt')?.trim() ?? '');
  return alts.length > 1 && alts.every((a) => STAR_ALT.test(a)) ? parseItemRating(alts.join('')) : null;
}

function labelRating(el: Element): ItemRating | null {
  // A lone star of such a row is no rating: its row is (imageRowRating, or the row's own label).
  if (el.tagName === 'IMG' && STAR_ALT.test(el.getAttribute('alt')?.trim() ?? '')) return null;
  for (const name of LABEL_ATTRIBUTES) {
    const v = el.getAttribute(name);
    if (v && v.length <= MAX_RATING_CHARS) {
      const r = parseItemRating(v);
      if (r) return r;
    }
  }
  // A row of stars lit by their classes is read here only, not among the page's rating texts: a shop page draws
  // its aggregate that way, and read as a rating widget it made product pages look like reviews (held out, the
  // page model lost 0.04 of precision and recall).
  const drawn = drawnRating(el) ?? classStarRow(el);
  return (drawn && { value: drawn.value, best: drawn.best }) ?? imageRowRating(el);
}

/** A single full star and nothing else. */
const LONE_STAR = /^\s*[★⭐]\s*$/u;

/** Whether a lone star's parent goes on: with a figure (the star is its icon) or with more stars (a row). */
function saysMoreThanOneStar(around: string): boolean {
  return /\d/.test(around) || (GLYPHS_ONLY.test(around) && around.trim().length > 1);
}

/** The element whose whole (short) text is a rating: the text's parent, or its parent when the rating is
 *  split over several elements (`<span>4</span> out of <span>5</span>`, one `<i>★</i>` per star). */
function textRating(textNode: Node): { el: Element; rating: ItemRating } | null {
  let el = textNode.parentElement;
  // Greyed-out stars are the empty part of their row, read with it (withDimmedStars), not a rating of their own.
  if (el && isDimmed(el) && GLYPHS_ONLY.test(el.textContent ?? '')) el = el.parentElement;
  for (let hops = 0; el && hops < 2; hops++, el = el.parentElement) {
    const text = el.textContent ?? '';
    if (text.length > MAX_RATING_CHARS * 2) return null;
    const glyphs = GLYPHS_ONLY.test(text);
    // One star is no one-star rating when its parent says more: a figure's icon ("★ 9/10", a film site's user
    // score), or one star of a row with an element per star, read as the row.
    if (LONE_STAR.test(text) && saysMoreThanOneStar(el.parentElement?.textContent ?? '')) continue;
    // A lit row laid over a grey one as siblings (`<span class="bg">★★★★★</span><span class="fg" style="width:
    // 80%">★★★★★</span>`): the two rows are one rating, read where they meet.
    const overlay = glyphs && hops === 0 ? overlaidRow(el) : null;
    if (overlay) return overlay;
    const clipped = glyphs ? clippedGlyphRow(el) : null;
    const rating = clipped
      ? { value: clipped.value, best: clipped.best }
      : parseItemRating(glyphs ? withDimmedStars(el, text) : text);
    if (rating) return { el, rating };
  }
  return null;
}

/** The rating of the two glyph rows `el` is one of, drawn over each other in their parent: the lit row's share. */
function overlaidRow(el: Element): { el: Element; rating: ItemRating } | null {
  const row = el.parentElement;
  if (!row) return null;
  if (row.children.length !== 2 || !GLYPHS_ONLY.test(row.textContent ?? '')) return null;
  const clipped = clippedGlyphRow(row);
  return clipped ? { el: row, rating: { value: clipped.value, best: clipped.best } } : null;
}

/** Every rating marker of the document, in document order, none inside another. */
export function findMarkers(root: Element): Marker[] {
  const found = new Map<Element, ItemRating>();
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue?.trim() ?? '';
      if (value && value.length <= MAX_RATING_CHARS && MAYBE_RATING.test(value)) {
        const hit = textRating(node);
        if (hit && !found.has(hit.el)) found.set(hit.el, hit.rating);
        const parent = node.parentElement;
        const bare = !hit && parent ? bareScore(value, parent) : null;
        if (bare && parent && !found.has(parent)) found.set(parent, bare);
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) return;
    const labelled = labelRating(el);
    if (labelled) found.set(el, labelled);
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  // A label and the text inside it state the same rating once: the innermost element is the marker, so one
  // widget has one signature whether or not its link also holds the review's title.
  const covered = new Set<Element>();
  for (const el of found.keys()) {
    for (let cur = el.parentElement, hops = 0; cur && hops < MARKER_NESTING; cur = cur.parentElement, hops++)
      covered.add(cur);
  }
  const markers: Marker[] = [];
  for (const [el, rating] of found) {
    if (!covered.has(el)) markers.push({ el, rating, signature: signatureOf(el) });
  }
  return withoutCollapsedExtras(markers);
}

/** The markers less those in a hidden part of a visible review: a collapsed "Previous review" under a user's
 *  updated one, with its own stars. A hidden element beside visible ones of its own shape is a review of the
 *  list not shown yet ("Show 20 more reviews") and keeps its marker. */
function withoutCollapsedExtras(markers: Marker[]): Marker[] {
  const hiddenOf = new Map(markers.map((m) => [m, m.el.closest('[hidden]')]));
  // Every element that holds a visible marker (the marker's own element included), found once.
  const holdsVisible = new Set<Element>();
  for (const m of markers) {
    if (hiddenOf.get(m)) continue;
    for (let cur: Element | null = m.el; cur && !holdsVisible.has(cur); cur = cur.parentElement) holdsVisible.add(cur);
  }
  if (holdsVisible.size === 0) return markers;
  // Compared by their whole class, hashes included: a review's parts are often told apart only by them.
  const look = (el: Element) => `${el.tagName}.${el.getAttribute('class') ?? ''}`;
  // Per holder, the looks of its children that hold a visible marker (a list of thousands is looked at once).
  const visibleLooks = new Map<Element, Set<string>>();
  return markers.filter((m) => {
    const hidden = hiddenOf.get(m);
    if (!hidden) return true;
    // The nearest ancestor holding a visible marker: the review the hidden part belongs to, or the list.
    let branch: Element = hidden;
    let holder = hidden.parentElement;
    while (holder && !holdsVisible.has(holder)) {
      branch = holder;
      holder = holder.parentElement;
    }
    if (!holder) return true;
    let looks = visibleLooks.get(holder);
    if (!looks) {
      looks = new Set([...holder.children].filter((c) => holdsVisible.has(c)).map(look));
      visibleLooks.set(holder, looks);
    }
    return looks.has(look(branch));
  });
}
