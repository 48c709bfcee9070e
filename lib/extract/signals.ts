// Cheap page signals read straight from the DOM (no Readability): what the always-on content script uses
// to decide whether a page deserves the full analysis. Must stay small and fast on every page load.
import type { PageSignals } from '../schema';
import { clippedGlyphRow, drawnRating, GLYPHS_ONLY, MAX_DATA_STARS, withDimmedStars } from './drawn-rating';
import { readReviewCounters } from './review-counters';
import { readSectionLabels } from './section-labels';
import { schemaTypes } from './structured-data';

/** Elements that commonly hold a printed rating (class or id names, ARIA labels, star images). */
const RATING_SELECTOR = [
  '[class*="rating" i]',
  '[class*="stars" i]',
  '[class*="score" i]',
  '[class*="verdict" i]',
  '[class*="grade" i]',
  '[id*="rating" i]',
  // The same in the languages whose reviews the page cues read: "Note", "Nota", "Voto", "Wertung", "Testurteil".
  '[class*="nota" i]',
  '[class*="voto" i]',
  '[class*="wertung" i]',
  '[class*="testurteil" i]',
  '[class*="cijfer" i]',
  '[aria-label*="star" i]',
  '[aria-label*="out of" i]',
  'img[alt*="star" i]',
  '[title*="star" i]',
].join(',');
/** Only look at the first few rating widgets: the review's own rating sits near the top. */
const MAX_RATING_ELEMENTS = 25;
/** Longer texts are paragraphs, not rating labels. */
const MAX_RATING_TEXT = 60;

/** What the full analysis adds to the reading of rating widgets (page-ratings.ts): kept out of this module so
 *  the always-on content script stays small; its pre-filter only needs to know that a page shows ratings. */
export interface RatingReading {
  /** Whether a widget rates something else than the page's subject (another page's card, the readers). */
  skip(el: Element, page: URL | null): boolean;
  /** The rating a box that holds more than its rating leads with, or null. */
  leading(box: Element): string | null;
}

const CHEAP_READING: RatingReading = { skip: () => false, leading: () => null };

export function readPageSignals(doc: Document, url: string, reading: RatingReading = CHEAP_READING): PageSignals {
  const headline = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return {
    ogType: meta(doc, 'og:type'),
    schemaTypes: schemaTypes(doc),
    ratingTexts: ratingTexts(doc, pageAddress(doc, url), reading),
    headline,
    urlPath: urlPath(doc, url),
    hasByline: !!doc.querySelector('[rel="author"], [class*="byline" i], [itemprop="author"], meta[name="author"]'),
    ...(doc.title.trim() ? { documentTitle: doc.title.replace(/\s+/g, ' ').trim() } : {}),
    ...nonEmpty('sectionLabels', readSectionLabels(doc)),
    ...readReviewCounters(doc),
  };
}

/** The field only when it holds something: signals travel in every page's message. */
function nonEmpty<K extends string>(key: K, values: string[]): { [k in K]?: string[] } {
  return values.length > 0 ? ({ [key]: values } as { [k in K]: string[] }) : {};
}

/** The page's own address. A saved page (file:) is named by whoever saved it, so its file path says nothing
 *  about the page: use the address the page declares for itself (canonical link, og:url) instead. */
function pageAddress(doc: Document, url: string): URL | null {
  let address = url;
  if (/^file:/i.test(url)) {
    address =
      doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      doc.querySelector('meta[property="og:url"], meta[name="og:url"]')?.getAttribute('content') ??
      '';
  }
  try {
    return new URL(address, 'http://localhost/');
  } catch {
    return null;
  }
}

function urlPath(doc: Document, url: string): string {
  const address = pageAddress(doc, url);
  return address ? safeDecode(address.pathname).toLowerCase() : '';
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A malformed escape in the URL: the raw path still carries its words.
    return s;
  }
}

export function meta(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

/** The rating texts of the page's widgets; `page` is its address (to tell its links from others'). */
function ratingTexts(doc: Document, page: URL | null, reading: RatingReading): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (s: string | null | undefined) => {
    const t = s?.replace(/\s+/g, ' ').trim();
    if (t && t.length <= MAX_RATING_TEXT && !seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  };
  const els = doc.querySelectorAll(RATING_SELECTOR);
  for (let i = 0; i < els.length && i < MAX_RATING_ELEMENTS; i++) {
    const el = els[i] as Element;
    if (asksReaders(el) || reading.skip(el, page)) continue;
    add(el.getAttribute('aria-label'));
    add(el.getAttribute('alt'));
    add(el.getAttribute('title'));
    const text = el.textContent ?? '';
    // A row of one glyph whose empty stars are greyed out reads as what a sighted reader sees ("★★★★☆").
    add(GLYPHS_ONLY.test(text) ? (clippedRowText(el) ?? withDimmedStars(el, text)) : text);
    // A verdict box that holds more than its rating ("4/10", then "THE VERDICT", "Good: …") leads with it; a box
    // of parts run together ("Parallax Grade" "C-" "Ironside Junction") is read by its parts.
    if (text.length > MAX_RATING_TEXT || el.children.length > 1) add(reading.leading(el));
    add(drawnRatingText(el));
    const alts = [...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt')?.trim() ?? '');
    // One image per star, each with its glyph as alt text ("★", "★", "☆"): the row reads as one rating.
    if (alts.length > 1 && alts.every((a) => GLYPH_ALT.test(a))) add(alts.join(''));
    else for (const alt of alts) add(alt);
  }
  for (const text of iconRatings(doc)) add(text);
  add(imageFileRating(doc));
  return out;
}

/** The ARIA label of a control where readers give their own rating ("Rate this article", "Your rating"). */
const READERS_INPUT_LABEL = /\b(?:rate\s+(?:this|it)|your\s+rating)\b/i;

/** A widget that asks the page's readers for their rating (a radio group of stars under "Rate this article"):
 *  what it shows is the readers' average or a blank to fill in, never the reviewer's rating. */
function asksReaders(el: Element): boolean {
  const control = el.closest('[role="radiogroup"], [role="slider"]');
  if (control || el.querySelector('input[type="radio"]')) return true;
  return READERS_INPUT_LABEL.test(`${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
}

/** A glyph row clipped to its share over a grey row ("★★★★★" at `width: 80%`) as "4 stars out of 5". */
function clippedRowText(el: Element): string | null {
  const r = clippedGlyphRow(el);
  return r && `${r.value} stars out of ${r.best}`;
}

/** A drawn rating as text the rating parser reads: a star count ("4 stars", on the page's star scale), "7.5/10",
 *  or a star bar's "4.5 stars out of 5". */
function drawnRatingText(el: Element): string | null {
  const r = drawnRating(el);
  if (!r) return null;
  if (r.from === 'fill') return `${r.value} stars out of ${r.best}`;
  return r.value > MAX_DATA_STARS ? `${r.value}/${r.best}` : `${r.value} stars`;
}

/** The alt text of one star of a row of star images: a filled, empty or half star glyph. */
const GLYPH_ALT = /^[★☆✩✪✭✮✯⯨⯪½]$/u;

/** Images looked at for icon ratings (a row of star / popcorn / tomato pictures): they sit near the top. */
const MAX_RATING_IMAGES = 300;
const ICON = {
  /** An image that is one unit of a rating; its alt, title or file name says which kind. */
  unit: /\b(?:star|rating|popcorn|tomato|point|ster|stern|sterne|etoile|estrella|stella|stelle|estrela)s?\b|étoiles?\b/iu,
  half: /\bhalf\b|half|_5\b|-5\b/i,
  empty: /\b(?:empty|blank|off|grey|gray|outline|leeg|lege|leer|leere|vide|vides|vacia|vuota|vazia)\b|vacía/iu,
  /** "(out of four)", "out of 5" printed beside the icons. */
  outOf: /\bout of (\d+|four|five|ten)\b/i,
};
const NUMBER_WORDS: Record<string, number> = { four: 4, five: 5, ten: 10 };

/** Turns a row of rating icons with no text rating into one ("2.5 stars out of 4", or "★★½" when the
 *  scale is not printed), so the rating parser can read what a sighted reader sees. */
function iconRatings(doc: Document): string[] {
  const rows = new Map<Element, { full: number; half: number; empty: number }>();
  const imgs = doc.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < MAX_RATING_IMAGES; i++) {
    const img = imgs[i] as Element;
    const label = `${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''}`;
    const src = (img.getAttribute('src') ?? '').split('/').pop() ?? '';
    if (!ICON.unit.test(label) && !ICON.unit.test(src)) continue;
    const parent = img.parentElement;
    if (!parent) continue;
    const row = rows.get(parent) ?? { full: 0, half: 0, empty: 0 };
    const what = `${label} ${src}`;
    if (ICON.empty.test(what)) row.empty++;
    else if (ICON.half.test(what)) row.half++;
    else row.full++;
    rows.set(parent, row);
  }
  const out: string[] = [];
  for (const [parent, row] of rows) {
    const units = row.full + row.half + row.empty;
    // One lone icon is decoration (a logo, a "rate this" button), not a rating.
    if (units < 2 && !(units === 1 && row.half === 0 && ICON.outOf.test(parent.textContent ?? ''))) continue;
    const value = row.full + row.half * 0.5;
    const outOf = ICON.outOf.exec(parent.textContent ?? '')?.[1]?.toLowerCase();
    const best = outOf ? (NUMBER_WORDS[outOf] ?? Number(outOf)) : row.empty > 0 ? units : null;
    out.push(best ? `${value} stars out of ${best}` : `${'★'.repeat(row.full)}${row.half ? '½' : ''}`);
  }
  return out;
}

/** A rating image whose file name is the rating ("rating6.gif", "4stars.gif", "stars_3_5.png") and whose alt
 *  text is empty, as on older review sites: what a sighted reader sees, read from the only place it is written. */
const FILE_RATING = {
  after: /^(?:rating|stars?|score)[-_]?(\d{1,2})(?:[-_.](5))?\.(?:gif|png|jpe?g|svg|webp)$/i,
  before: /^(\d{1,2})(?:[-_.](5))?[-_]?(?:stars?|rating)\.(?:gif|png|jpe?g|svg|webp)$/i,
};
/** Above this a file-name rating is read out of 10 ("rating6.gif"); up to it, as a bare star count (out of 5
 *  unless the page prints another scale), as the rating parser reads "4 stars". */
const MAX_FILE_STARS = 5;
const MAX_FILE_RATING = 10;

/** The first image rating written only in a file name, as text the rating parser reads ("6/10", "3.5 stars"). */
function imageFileRating(doc: Document): string | null {
  const imgs = doc.getElementsByTagName('img');
  for (let i = 0; i < imgs.length && i < MAX_RATING_IMAGES; i++) {
    const img = imgs[i] as Element;
    // An image with a label is read by its label (iconRatings, the rating widgets); this is for the unlabelled.
    if ((img.getAttribute('alt') ?? '').trim() || (img.getAttribute('title') ?? '').trim()) continue;
    const file = (img.getAttribute('src') ?? '').split(/[?#]/)[0]?.split('/').pop() ?? '';
    const m = FILE_RATING.after.exec(file) ?? FILE_RATING.before.exec(file);
    if (!m) continue;
    const value = Number(m[1]) + (m[2] ? 0.5 : 0);
    if (value <= 0 || value > MAX_FILE_RATING) continue;
    return value > MAX_FILE_STARS ? `${value}/10` : `${value} stars`;
  }
  return null;
}

/** How many <p> elements to measure: enough to see an article, bounded on huge pages. */
const MAX_PARAGRAPHS_MEASURED = 200;
/** Below this much <p> text, look for an article container instead: some sites (and most Japanese ones)
 *  set their text in <div>s and <br>s, and a review there must not look like an empty page. */
const MIN_PARAGRAPH_CHARS_TRUSTED = 1000;
/** A <br><br> break stands for a paragraph in <p>-less layouts; this many <br>s make one. */
const BRS_PER_PARAGRAPH = 2;

export interface ParagraphMeasure {
  paragraphs: number;
  paragraphChars: number;
}

/** The page's paragraph count and text length, cheaply (textContent reads no layout). */
export function measureParagraphs(doc: Document): ParagraphMeasure {
  const ps = doc.getElementsByTagName('p');
  let paragraphChars = 0;
  for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS_MEASURED; i++) paragraphChars += ps[i]?.textContent?.length ?? 0;
  let paragraphs = ps.length;
  if (paragraphChars < MIN_PARAGRAPH_CHARS_TRUSTED) {
    const body = doc.querySelector('[itemprop~="articleBody"], article, main, [role="main"]');
    if (body) {
      paragraphChars = Math.max(paragraphChars, body.textContent?.length ?? 0);
      paragraphs = Math.max(paragraphs, Math.floor(body.getElementsByTagName('br').length / BRS_PER_PARAGRAPH));
    } else {
      // Older sites set the whole page in table cells: its text is somewhere, only the paragraph count (which
      // the pre-filter needs when no cue speaks for the page) stays honest.
      paragraphChars = Math.max(paragraphChars, doc.body?.textContent?.length ?? 0);
    }
  }
  return { paragraphs, paragraphChars };
}
