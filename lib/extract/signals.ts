// Cheap page signals read straight from the DOM (no Readability): what the always-on content script uses
// to decide whether a page deserves the full analysis. Must stay small and fast on every page load.
import type { PageSignals } from '../schema';
import { schemaTypes } from './structured-data';

/** Elements that commonly hold a printed rating (class or id names, ARIA labels, star images). */
const RATING_SELECTOR = [
  '[class*="rating" i]',
  '[class*="stars" i]',
  '[class*="score" i]',
  '[class*="verdict" i]',
  '[class*="grade" i]',
  '[id*="rating" i]',
  '[aria-label*="star" i]',
  '[aria-label*="out of" i]',
  'img[alt*="star" i]',
  '[title*="star" i]',
].join(',');
/** Only look at the first few rating widgets: the review's own rating sits near the top. */
const MAX_RATING_ELEMENTS = 25;
/** Longer texts are paragraphs, not rating labels. */
const MAX_RATING_TEXT = 60;

export function readPageSignals(doc: Document, url: string): PageSignals {
  const headline = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  let path = '';
  try {
    path = decodeURIComponent(new URL(url).pathname).toLowerCase();
  } catch {
    path = '';
  }
  return {
    ogType: meta(doc, 'og:type'),
    schemaTypes: schemaTypes(doc),
    ratingTexts: ratingTexts(doc),
    headline,
    urlPath: path,
    hasByline: !!doc.querySelector('[rel="author"], [class*="byline" i], [itemprop="author"], meta[name="author"]'),
  };
}

export function meta(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

function ratingTexts(doc: Document): string[] {
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
    add(el.getAttribute('aria-label'));
    add(el.getAttribute('alt'));
    add(el.getAttribute('title'));
    add(el.textContent);
    for (const img of el.querySelectorAll('img[alt]')) add(img.getAttribute('alt'));
  }
  return out;
}
