// Ratings of other pages: a rail of "Other reviews" or "Now showing" cards, each a link to another page of the
// site beside that page's stars ("«Sale» di Irma Lodi · Voto: 5/10", "Le Dernier Phare · Presse 3,9"). What
// such a card rates is the linked page's work, never the one this page reviews.

/** A card around a rating is at most this many characters: a title, a line and the rating. A longer block is
 *  an article or a review of its own, where a link is a mention, not what the rating belongs to. */
const CARD_CHARS = 200;
/** Ancestors of the rating looked at for the card: the rating's line, the card, a wrapper. */
const CARD_DEPTH = 3;
/** Links that name the writer rather than another work: the byline beside the reviewer's own stars. */
const AUTHOR_LINK = /\/(?:authors?|autor(?:en|i|es)?|auteurs?|profiles?|users?|members?|people|staff|contributors?)\b/i;

/** A title's worth of letters: a link around the stars with no title of its own (a key to the site's stars) is
 *  the page's rating made clickable, not a card. */
const TITLE_LETTERS = /\p{L}{3}/u;

/** Whether the rating sits in a short card with a titled link to another page of the same site. `page` is the
 *  page's own address, or null when it does not say. */
export function ratesAnotherPage(el: Element, page: URL | null): boolean {
  const rating = el.textContent ?? '';
  const titled = (a: Element) => TITLE_LETTERS.test((a.textContent ?? '').replace(rating, ''));
  let node = el.parentElement;
  for (let depth = 0; node && depth < CARD_DEPTH; depth++, node = node.parentElement) {
    // The page's own header (headline, stars, byline) is short and linked too, but it is the page's.
    if ((node.textContent ?? '').length > CARD_CHARS || node.querySelector('h1')) return false;
    const links = [...(node.matches('a[href]') ? [node] : []), ...node.querySelectorAll('a[href]')];
    // A rail of the latest reviews may list this page too: what that card rates is this page's work.
    if (links.some((a) => linksToThisPage(a, page))) return false;
    if (links.some((a) => titled(a) && linksElsewhereOnSite(a, page))) return true;
  }
  return false;
}

/** The address a link goes to, when it is a page of this site: relative, or absolute to this host; not an
 *  anchor, a script or a mail link. */
function siteTarget(a: Element, page: URL | null): URL | null {
  const href = a.getAttribute('href')?.trim() ?? '';
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return null;
  const absolute = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href);
  try {
    const target = new URL(href, page ?? 'http://localhost/');
    return absolute && (page === null || target.host !== page.host) ? null : target;
  } catch {
    return null;
  }
}

function linksToThisPage(a: Element, page: URL | null): boolean {
  return page !== null && siteTarget(a, page)?.pathname === page.pathname && page.pathname !== '/';
}

/** A link to another page of this site that is not the author's. */
function linksElsewhereOnSite(a: Element, page: URL | null): boolean {
  if (a.closest('[rel~="author"], [class*="byline" i], [class*="author" i]')) return false;
  const target = siteTarget(a, page);
  if (!target || AUTHOR_LINK.test(target.pathname)) return false;
  return page === null || target.pathname !== page.pathname;
}
