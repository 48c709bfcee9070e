// Finds the review blocks of a page by structure, not by site: (1) rated lists — the markers of one rating
// widget repeated down the page, each inside its own block (the largest ancestor holding no other marker of
// that widget); (2) unrated lists — a container whose children repeat one shape and each hold prose, on a page
// that calls them reviews (a heading or the container's own name), since repeated prose alone is any index page.

import { MIN_LIST_REVIEWS } from '../../schema';
import { withGroupScale } from './bare-scores';
import { elementShape, findMarkers, type Marker } from './markers';
import { hasFurniture, hasProse } from './prose';
import { readsAsScaleLegend } from './rating';
import { reviewText } from './review-text';
import type { FoundReview } from './types';

/** A review block holding more text than this is a page section, not a review. */
export const MAX_BLOCK_CHARS = 20_000;
/** Share of a group's blocks that must share one shape (tag and classes) to be a list of like items. */
export const MIN_SAME_SHAPE_SHARE = 0.75;
/** The page names its list in a heading or in the container's id / class / aria-label (several languages). */
export const LIST_CUE =
  /reviews?\b|testimonials?|rezension|bewertung|erfahrungsbericht|kundenmeinung|avis\b|recensioni|opiniones|valoraciones|beoordelingen|what (?:our |my )?(?:customers|clients|people|students|parents|guests|listeners|readers|visitors|users) (?:say|think)|user comments|feedback/i;
/** How far up the tree the cue is looked for (the container and its parents, and the two elements before
 *  each), and how long a heading may be: a breadcrumb or a paragraph that mentions reviews is no heading. */
const CUE_LEVELS = 3;
export const MAX_CUE_CHARS = 80;

export interface Block {
  el: Element;
  rating: { value: number; best: number } | null;
  /** The rating widget inside the block: not part of the review's words. */
  marker: Element | null;
}

/** A rated group and the blocks of it that hold prose. */
interface RatedGroup {
  blocks: Block[];
  prose: Block[];
}

/** The blocks of the best rated list: the widget group whose blocks hold the most review text. */
export function ratedBlocks(root: Element): Block[] {
  const bySignature = new Map<string, Marker[]>();
  for (const m of findMarkers(root)) {
    const group = bySignature.get(m.signature);
    if (group) group.push(m);
    else bySignature.set(m.signature, [m]);
  }
  const groups: RatedGroup[] = [];
  for (const group of bySignature.values()) {
    const markers = withGroupScale(group);
    if (markers.length < MIN_LIST_REVIEWS || readsAsScaleLegend(markers.map((m) => m.rating.value))) continue;
    // A rail of other reviews, each a link with its score ("More reviews: Game X 8.5", "Film Y B-", "Show Z
    // review: … 4/5"), is teasers of other pages, not reviews here.
    // So is a rated block with no prose that is mostly a link: a card of another product ("Customers also
    // viewed": its name, its stars, its price), drawn with the same star widget as the reviews.
    // And a rated block under the list's own heading ("Customer reviews", its stars, "Write a review") is the
    // list's summary, not one of its reviews, even with a line of prose ("How are ratings calculated? …") when
    // the heading is a section's (h1, h2: a review's own title sits lower and may say "review").
    const blocks: Block[] = [];
    const prose: Block[] = [];
    for (const b of blocksOf(markers)) {
      const hasWords = hasProse(b.el);
      if (isTeaser(b.el) || namesTheList(b.el, hasWords ? SECTION_HEADINGS : ANY_HEADINGS)) continue;
      blocks.push(b);
      if (hasWords) prose.push(b);
    }
    // Only prose counts: a carousel of other products, each with its stars, is a rated group without words. A
    // wordless block drawn unlike every review with words is such a card ("Students also bought", "You may also
    // like": a title, the reviews' stars, a count or a price), not a rating-only review; one drawn like them is a
    // short review ("Speedy delivery. 5 stars!" beside the price of the item bought).
    const proseShapes = new Set(prose.map((b) => elementShape(b.el)));
    const withWords = new Set(prose);
    const kept = blocks.filter((b) => withWords.has(b) || proseShapes.has(elementShape(b.el)));
    if (prose.length >= MIN_LIST_REVIEWS) groups.push({ blocks: kept, prose });
  }
  let best: Block[] = [];
  let bestChars = 0;
  for (const group of groups) {
    const chars = group.prose.reduce((n, b) => n + (b.el.textContent?.length ?? 0), 0);
    if (chars > bestChars && !holdsOtherReviews(group, groups)) {
      best = group.blocks;
      bestChars = chars;
    }
  }
  return best;
}

/** Whether a block of the group holds two or more reviews of another group: then its blocks are sections of the
 *  page (a reviewer's own "4/10" line, once in each printed copy of the list, walks up to the whole copy), not
 *  reviews, however much text they hold. */
function holdsOtherReviews(group: RatedGroup, groups: readonly RatedGroup[]): boolean {
  const mine = new Set(group.blocks.map((b) => b.el));
  const held = new Map<Element, number>();
  for (const other of groups) {
    if (other === group) continue;
    for (const b of other.prose) {
      for (let cur = b.el.parentElement; cur; cur = cur.parentElement) {
        if (!mine.has(cur)) continue;
        held.set(cur, (held.get(cur) ?? 0) + 1);
        break;
      }
    }
  }
  return [...held.values()].some((n) => n >= MIN_LIST_REVIEWS);
}

/** Each marker's block: its largest ancestor that holds no other marker of the group. */
function blocksOf(markers: Marker[]): Block[] {
  const counts = new Map<Element, number>();
  for (const m of markers) {
    for (let cur = m.el.parentElement; cur; cur = cur.parentElement) counts.set(cur, (counts.get(cur) ?? 0) + 1);
  }
  const blocks: Block[] = [];
  for (const m of markers) {
    let block = m.el;
    while (block.parentElement && counts.get(block.parentElement) === 1) block = block.parentElement;
    const chars = block.textContent?.length ?? 0;
    if (block !== m.el && chars <= MAX_BLOCK_CHARS) blocks.push({ el: block, rating: m.rating, marker: m.el });
  }
  return withUnratedSiblings(likeBlocks(blocks));
}

/** The controls of a search or filter bar: a block holding one is no review. */
const FORM_FIELDS = 'input, select, textarea';

/** A rated list may hold reviews without a rating (the reviewer gave none): the blocks' siblings of the
 *  same shape with prose of their own between its rated blocks (before the first or after the last sit the
 *  list's own widgets: "Have you stayed here? Rate this hotel"), in page order. */
function withUnratedSiblings(blocks: readonly Block[]): Block[] {
  const byEl = new Map(blocks.map((b) => [b.el, b]));
  const shapes = new Set(blocks.map((b) => elementShape(b.el)));
  const parents = [...new Set(blocks.map((b) => b.el.parentElement))];
  const out: Block[] = [];
  for (const parent of parents) {
    const children = [...(parent?.children ?? [])];
    const first = children.findIndex((c) => byEl.has(c));
    const last = children.findLastIndex((c) => byEl.has(c));
    for (const child of children.slice(first, last + 1)) {
      const block = byEl.get(child);
      if (block) out.push(block);
      // A bar of search fields and filters over the list ("Filters: All languages ▾ All ratings ▾") is no review.
      else if (shapes.has(elementShape(child)) && hasProse(child) && !child.querySelector(FORM_FIELDS))
        out.push({ el: child, rating: null, marker: null });
    }
  }
  return out;
}

/** The blocks of repeated shapes (tag and classes): a shape seen once is not an item of the list (the page's
 *  aggregate widget, sharing the reviews' star markup, walks up to a page section). Empty when the repeated
 *  shapes are too few to be one list. */
function likeBlocks(blocks: readonly Block[]): Block[] {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(elementShape(b.el), (counts.get(elementShape(b.el)) ?? 0) + 1);
  const listShapes = new Set([...counts].filter(([, n]) => n >= MIN_LIST_REVIEWS).map(([shape]) => shape));
  const kept = blocks
    .map((b) => (listShapes.has(elementShape(b.el)) ? b : inListBox(b, listShapes)))
    .filter((b): b is Block => b !== null);
  return kept.length >= MIN_SAME_SHAPE_SHARE * blocks.length ? kept : [];
}

/** A review printed in another part of the list ("Top reviews from other countries") walks up past its own box to
 *  the part's container, which holds no other marker: its box is the ancestor of its marker that has the shape
 *  the other reviews' boxes have. Only a shape with classes says so: a bare <div> is any layout box. */
function inListBox(block: Block, listShapes: ReadonlySet<string>): Block | null {
  for (let cur = block.marker?.parentElement; cur && cur !== block.el; cur = cur.parentElement) {
    const shape = elementShape(cur);
    if (shape.includes('.') && listShapes.has(shape)) return { ...block, el: cur };
  }
  return null;
}

/** Tags a repeated review block may have; repeated <p> or <span> are the paragraphs of one text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'DIV',
  'LI',
  'ARTICLE',
  'SECTION',
  'BLOCKQUOTE',
  'TR',
  'DD',
  'FIGURE',
]);

/** A block with this share of its words inside links is a teaser of another page ("More album reviews": the
 *  headline and the opening lines, all one link), not a review. */
const TEASER_LINKED_SHARE = 0.5;

/** Whether the block holds a heading that names a list of reviews ("Customer reviews", "Opiniones de clientes"). */
const ANY_HEADINGS = 'h1, h2, h3, h4';
const SECTION_HEADINGS = 'h1, h2';

function namesTheList(el: Element, headings: string): boolean {
  return [...el.querySelectorAll(headings)].some((h) => {
    const text = h.textContent?.trim() ?? '';
    return text.length <= MAX_CUE_CHARS && LIST_CUE.test(text);
  });
}

export function isTeaser(el: Element): boolean {
  const all = el.textContent?.length ?? 0;
  const linked = [...el.querySelectorAll('a[href]')].reduce((n, a) => n + (a.textContent?.length ?? 0), 0);
  const inLink = el.closest('a[href]') !== null;
  return inLink || linked >= TEASER_LINKED_SHARE * all;
}

/** The blocks of the best unrated list: the named container whose like-shaped children hold the most prose. */
export function unratedBlocks(root: Element): Block[] {
  let best: Element[] = [];
  let bestChars = 0;
  for (const container of root.querySelectorAll('*')) {
    if (container.children.length < MIN_LIST_REVIEWS) continue;
    const byShape = new Map<string, Element[]>();
    for (const child of container.children) {
      if (!BLOCK_TAGS.has(child.tagName.toUpperCase())) continue;
      const key = elementShape(child);
      const group = byShape.get(key);
      if (group) group.push(child);
      else byShape.set(key, [child]);
    }
    for (const children of byShape.values()) {
      const prose = ownProse(children, bestChars);
      if (!prose) continue;
      const chars = prose.reduce((n, c) => n + (c.textContent?.length ?? 0), 0);
      if (chars > bestChars && named(container)) {
        best = prose;
        bestChars = chars;
      }
    }
  }
  return best.map((el) => ({ el, rating: null, marker: null }));
}

/** The children that read as reviews (prose, not a teaser of another page), when they are at least two, most
 *  carry a name or date line, none is a page section, and together they may beat `toBeat` characters; else null.
 *  The cheap checks go first: a page has many containers and few lists. */
function ownProse(children: readonly Element[], toBeat: number): Element[] | null {
  const prose = children.filter(hasProse);
  if (prose.length < MIN_LIST_REVIEWS) return null;
  // Dropping teasers only removes text: a group that cannot win with them cannot win without.
  if (prose.reduce((n, c) => n + (c.textContent?.length ?? 0), 0) <= toBeat) return null;
  if (prose.some((c) => (c.textContent?.length ?? 0) > MAX_BLOCK_CHARS)) return null;
  const own = prose.filter((c) => !isTeaser(c));
  if (own.length < MIN_LIST_REVIEWS || own.filter(hasFurniture).length < MIN_SAME_SHAPE_SHARE * own.length) return null;
  return own;
}

/** Whether the page calls the container's items reviews: its own or a near ancestor's name, or a short
 *  heading just before it (or first inside it). */
function named(container: Element): boolean {
  let cur: Element | null = container;
  for (let level = 0; cur && level < CUE_LEVELS; level++, cur = cur.parentElement) {
    const name = `${cur.id} ${cur.getAttribute('class') ?? ''} ${cur.getAttribute('aria-label') ?? ''}`;
    if (LIST_CUE.test(name)) return true;
    const near = [level === 0 ? container.firstElementChild : null, cur.previousElementSibling];
    near.push(near[1]?.previousElementSibling ?? null);
    for (const el of near) {
      const text = el?.textContent?.trim() ?? '';
      if (text && text.length <= MAX_CUE_CHARS && LIST_CUE.test(text)) return true;
    }
  }
  return false;
}

/** The review of each block, the rating marker left out of its words. */
export function readBlocks(blocks: readonly Block[]): FoundReview[] {
  const out: FoundReview[] = [];
  for (const b of blocks) {
    const text = reviewText(b.el, new Set(b.marker ? [b.marker] : []));
    if (text) out.push({ text, rating: b.rating?.value ?? null, best: b.rating?.best ?? null });
  }
  return out;
}
