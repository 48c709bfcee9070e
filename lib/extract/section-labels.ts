// The section a page files its article under, as the page prints it around the headline: the kicker above the
// <h1> ("Live Review", "Restaurant reviews", "Rezension") and the items of a breadcrumb trail ("Home › Reviews ›
// Strategy"). News sites, magazines and blogs print them where the document title says nothing: a review whose
// headline and address name no review is often still filed under one. Read on every page by the always-on
// content script, so everything is bounded: two elements above the headline, the first few breadcrumb trails.

/** Longer texts are a standfirst or a teaser, not a section's name. */
const MAX_LABEL_CHARS = 40;
/** Elements looked at above the headline: the <h1>'s previous sibling, and its parent's (a headline wrapped in
 *  its own element, with the kicker beside the wrapper). */
const KICKER_LEVELS = 2;
/** A kicker links to a section or two ("Music › Live reviews"); more links make a menu, which names every
 *  section of the site on every page. */
const MAX_KICKER_LINKS = 3;
const BREADCRUMB_SELECTOR =
  '[class*="breadcrumb" i], nav[aria-label*="breadcrumb" i], [itemtype*="schema.org/BreadcrumbList" i]';
const MAX_BREADCRUMB_TRAILS = 3;
/** Labels kept: enough for a trail and a kicker. */
const MAX_LABELS = 12;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** What parts a trail or a kicker printed as one text: "Reviews · Fiction in Translation", "Music › Live". */
const ITEM_SEPARATOR = /\s*[·›»•]\s*|\s+[|>/–—]\s+/u;

/** An element's items: the text of each link in it (a kicker of several links, "Aktuell · Rezension ·
 *  Sachbuch", runs together as one text), else the parts of its own text. */
function itemsOf(el: Element): string[] {
  const links = [...el.querySelectorAll('a')].map((a) => clean(a.textContent));
  return links.length > 0 ? links : clean(el.textContent).split(ITEM_SEPARATOR);
}

/** A short label above the headline; not the site's menu. */
function isKicker(el: Element): boolean {
  if (/^(?:nav|header|ul|ol|menu)$/i.test(el.tagName)) return false;
  if (el.querySelectorAll('a').length > MAX_KICKER_LINKS) return false;
  return clean(el.textContent).length <= MAX_LABEL_CHARS * MAX_KICKER_LINKS;
}

export function readSectionLabels(doc: Document): string[] {
  const labels: string[] = [];
  const add = (text: string) => {
    if (text && text.length <= MAX_LABEL_CHARS && labels.length < MAX_LABELS && !labels.includes(text))
      labels.push(text);
  };
  let el: Element | null = doc.querySelector('h1');
  for (let level = 0; level < KICKER_LEVELS && el; level++) {
    const above = el.previousElementSibling;
    if (above && isKicker(above)) for (const item of itemsOf(above)) add(item);
    el = el.parentElement;
  }
  const trails = doc.querySelectorAll(BREADCRUMB_SELECTOR);
  for (let i = 0; i < trails.length && i < MAX_BREADCRUMB_TRAILS; i++) {
    // The first item is the site itself ("Home", "National Review"), not a section.
    for (const item of itemsOf(trails[i] as Element).slice(1)) add(item);
  }
  return labels;
}
