// Reviews laid out one per widget: testimonial pages built with page builders (Elementor, Squarespace, Wix…) put
// each review in its own widget, in its own column or row, so no one container holds them all and the sibling
// route (blocks.ts, unratedBlocks) sees a list of one or two. Here the blocks of one shape (tag and classes) are
// gathered from the whole page, wherever they sit, when they say what they are: their own class names call them
// reviews or testimonials, or they are attributed quotations on a page whose title or headline says "reviews".
import { MIN_LIST_REVIEWS } from '../../schema';
import {
  BLOCK_TAGS,
  type Block,
  isTeaser,
  LIST_CUE,
  MAX_BLOCK_CHARS,
  MAX_CUE_CHARS,
  MIN_SAME_SHAPE_SHARE,
} from './blocks';
import { elementShape } from './markers';
import { hasFurniture, hasProse } from './prose';

/** A quotation: a testimonial widget wraps the reviewer's words in one (a figcaption or cite beside it names them). */
const QUOTATION = 'blockquote, q';

/** Whether the page is about reviews: its title or a top-level headline names them ("Reviews of our yoga
 *  classes", "Testimonials", "What our students say"). */
function pageNamesReviews(root: Element): boolean {
  const doc = root.ownerDocument;
  const headlines = [doc?.title ?? '', ...[...root.querySelectorAll('h1, h2')].map((h) => h.textContent ?? '')];
  return headlines.some((t) => t.trim().length <= MAX_CUE_CHARS && LIST_CUE.test(t));
}

/** The blocks of the group that are not inside another block of it (a widget nested in a widget of the same
 *  shape is one review). */
function outermost(els: readonly Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let cur = el.parentElement; cur; cur = cur.parentElement) if (set.has(cur)) return false;
    return true;
  });
}

/** Whether one shape's blocks are a list of reviews: each reads as a review (prose plus a name or date line, not a
 *  link to another page), they sit in more than one container (else the sibling route reads them), and they say
 *  what they are. */
function reviewGroup(els: readonly Element[], pageNamed: boolean): Element[] {
  const prose = outermost(els).filter((el) => hasProse(el) && !isTeaser(el));
  if (prose.length < MIN_LIST_REVIEWS) return [];
  if (prose.filter(hasFurniture).length < MIN_SAME_SHAPE_SHARE * prose.length) return [];
  if (new Set(prose.map((el) => el.parentElement)).size < 2) return [];
  if (prose.some((el) => (el.textContent?.length ?? 0) > MAX_BLOCK_CHARS)) return [];
  const namedByClass = LIST_CUE.test(prose[0]?.getAttribute('class') ?? '');
  // One quotation a box: a column holding two quoted reviews is layout, not a review.
  const quotations = pageNamed && prose.every((el) => el.querySelectorAll(QUOTATION).length === 1);
  return namedByClass || quotations ? prose : [];
}

/** How far above a quotation its box may sit (blockquote → figure → content wrapper → the widget). */
const QUOTE_BOX_LEVELS = 4;

/** The blocks that may be scattered reviews: classed blocks whose class names call them reviews or testimonials,
 *  and, on a page that names reviews, the classed boxes around quotations. Checked before the shape of each is
 *  worked out, so the pass over a large page stays cheap. */
function candidates(root: Element, pageNamed: boolean): Map<string, Element[]> {
  const quoted = new Set<Element>();
  if (pageNamed) {
    for (const q of root.querySelectorAll(QUOTATION)) {
      let cur = q.parentElement;
      for (let level = 0; cur && level < QUOTE_BOX_LEVELS; level++, cur = cur.parentElement) quoted.add(cur);
    }
  }
  const byShape = new Map<string, Element[]>();
  for (const el of root.querySelectorAll('*')) {
    // Only classed blocks: a bare <div> or <li> is every layout box of the page.
    const cls = el.getAttribute('class');
    if (!cls || !BLOCK_TAGS.has(el.tagName.toUpperCase())) continue;
    if (!quoted.has(el) && !LIST_CUE.test(cls)) continue;
    const key = elementShape(el);
    const group = byShape.get(key);
    if (group) group.push(el);
    else byShape.set(key, [el]);
  }
  return byShape;
}

/** The blocks of the best scattered list: the shape whose blocks hold the most prose. */
export function scatteredBlocks(root: Element): Block[] {
  const pageNamed = pageNamesReviews(root);
  let best: Element[] = [];
  let bestChars = 0;
  for (const els of candidates(root, pageNamed).values()) {
    if (els.length < MIN_LIST_REVIEWS) continue;
    const group = reviewGroup(els, pageNamed);
    // Letters, not characters: a wrapper around the same reviews differs only by the page's indentation.
    const chars = group.reduce((n, el) => n + (el.textContent ?? '').replace(/\s+/g, '').length, 0);
    if (chars > bestChars) {
      best = group;
      bestChars = chars;
    }
  }
  return best.map((el) => ({ el, rating: null, marker: null }));
}
