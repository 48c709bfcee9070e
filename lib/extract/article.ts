// The one article module: every input becomes an Article here. extractArticle(doc, url) is the DOM side of the
// pipeline; Readability runs on a clone (it mutates
// the document it reads); metadata and structured data come from the live document, which is only read.
import { Readability } from '@mozilla/readability';
import { type Article, type ExtractionMethod, textArticle } from '../schema';
import { GLYPHS_ONLY } from './drawn-rating';
import { THOROUGH_READING } from './page-ratings';
import { findListedReviews } from './review-list';
import { meta, readPageSignals } from './signals';
import { findStructuredReview } from './structured-data';
import { blockText, normaliseText } from './text';

/** Readability gives up (throws) past this many elements; such pages fall back to the cheaper paths.
 *  Bounds the time spent on huge pages (a 5 MB page has ~100k elements). */
const MAX_ELEMENTS_TO_PARSE = 40_000;
/** Elements nested deeper than this are no article layout (real pages nest a few dozen deep): Readability's
 *  scoring climbs every ancestor of every node, so its time grows with the square of the depth — seconds at a
 *  few thousand levels, and a stack overflow deeper. Such pages go straight to the cheaper paths. */
const MAX_NESTING_DEPTH = 500;
/** Less article text than this is not an article (a teaser, an error page, an app shell). */
export const MIN_ARTICLE_CHARS = 250;

export class NoArticleError extends Error {
  constructor() {
    super("Couldn't find an article on this page.");
    this.name = 'NoArticleError';
  }
}

/** Interactive inputs; those for a rating are removed from the article's text (a shop's colour picker is a
 *  radio group too, and Readability weighs the page by what it holds). */
const INPUT_CONTROL = '[role="radiogroup"], [role="slider"]';
const RATING_INPUT_LABEL = /\b(?:rate|rating|stars?)\b/i;

function isRatingInput(control: Element): boolean {
  return (
    RATING_INPUT_LABEL.test(control.getAttribute('aria-label') ?? '') || GLYPHS_ONLY.test(control.textContent ?? '')
  );
}

export function extractArticle(doc: Document, url: string): Article {
  // A browser always builds <html>; linkedom (the CLI's DOM) leaves no root for text or a bare doctype.
  if (!doc.documentElement) throw new NoArticleError();
  const structured = findStructuredReview(doc);
  const signals = readPageSignals(doc, url, THOROUGH_READING);
  let method: ExtractionMethod = 'readability';
  let text = '';
  let title = '';
  let byline: string | null = null;
  let siteName: string | null = null;
  let publishedTime: string | null = null;
  try {
    if (nestedDeeperThan(doc.documentElement, MAX_NESTING_DEPTH)) throw new Error('too deep for Readability');
    const clone = doc.cloneNode(true) as Document;
    // A control where readers give their own rating (a radio group of stars under "Rate this article") is no
    // part of what the writer wrote: its stars are a blank to fill in or the readers' average.
    for (const control of clone.querySelectorAll(INPUT_CONTROL)) if (isRatingInput(control)) control.remove();
    const parsed = new Readability(clone, {
      maxElemsToParse: MAX_ELEMENTS_TO_PARSE,
      // Keep the element itself: re-parsing serialised HTML would cost time and lose nothing useful.
      serializer: (el: Node) => el,
    }).parse();
    if (parsed?.content) {
      text = blockText(parsed.content as unknown as Node);
      title = parsed.title ?? '';
      byline = parsed.byline ?? null;
      siteName = parsed.siteName ?? null;
      publishedTime = parsed.publishedTime ?? null;
    }
  } catch {
    // Too many elements, or a page that breaks Readability: use the fallbacks below.
  }
  if (
    text.length < MIN_ARTICLE_CHARS &&
    !structured?.oneOfSeveral &&
    structured?.reviewBody &&
    structured.reviewBody.length >= MIN_ARTICLE_CHARS
  ) {
    method = 'structured-data';
    text = normaliseText(structured.reviewBody);
  }
  if (text.length < MIN_ARTICLE_CHARS) {
    const largest = largestArticleElement(doc);
    if (largest) {
      method = 'largest-article';
      text = blockText(largest);
    }
  }
  if (text.length < MIN_ARTICLE_CHARS) throw new NoArticleError();
  const site = siteName || meta(doc, 'og:site_name');
  return {
    url: canonicalUrl(doc, url),
    title: withoutSiteName(
      colonTitle(title, doc.title, signals.headline) || meta(doc, 'og:title') || doc.title || signals.headline || '',
      site,
    ),
    byline: clean(byline) || meta(doc, 'author') || authorLinkName(doc),
    siteName: site,
    publishedTime: publishedTime || meta(doc, 'article:published_time'),
    lang: doc.documentElement.getAttribute('lang') || meta(doc, 'og:locale') || null,
    text,
    extraction: method,
    structured,
    signals,
    listedReviews: findListedReviews(doc),
  };
}

/** A link to the writer's page ("/authors/jane-doe", rel="author") is the byline of pages whose markup names no
 *  byline (class names a build tool made up): the first such link, when its text is a name of one to five words.
 *  Only the first: later ones credit commenters and the writers of other stories. */
const AUTHOR_LINK = 'a[rel~="author"], a[href*="/author/" i], a[href*="/authors/" i]';
const AUTHOR_LINK_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,4}$/u;

function authorLinkName(doc: Document): string | null {
  const text = clean(doc.querySelector(AUTHOR_LINK)?.textContent ?? null) ?? '';
  return AUTHOR_LINK_NAME.test(text) && !/\bauthors?\b/iu.test(text) ? text : null;
}

/** Whether any element lies more than `limit` levels below `root`. Iterative (a recursive walk would overflow
 *  on the very pages it is meant to catch) and bounded by the element count Readability itself accepts. */
function nestedDeeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  let seen = 0;
  while (stack.length && seen++ < MAX_ELEMENTS_TO_PARSE) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}

/** Readability reads a document title "A: B" with no " | " or " - " in it as "Site: Article" and keeps only B,
 *  unless a heading repeats the whole title. That cuts the names of films, games and apps that hold a colon
 *  ("Dune: Part Two review – a staggering sequel – Film Weekly" → "Part Two review – …"). When the page's own
 *  headline opens the document title and holds that colon, the headline is the title. */
function colonTitle(title: string, docTitle: string, headline: string | null): string {
  const whole = docTitle.replace(/\s+/g, ' ').trim();
  const cut = title.trim();
  if (!cut || !headline?.includes(':') || !whole.startsWith(headline)) return title;
  return cut !== whole && whole.endsWith(cut) ? headline : title;
}

/** "Headline — Site" / "Headline | Site" → "Headline": the site is shown on its own. */
function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const suffix = new RegExp(`\\s+[-–—|:·]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return title.replace(suffix, '') || title;
}

function clean(s: string | null): string | null {
  return s?.replace(/\s+/g, ' ').trim() || null;
}

function largestArticleElement(doc: Document): Element | null {
  let best: Element | null = null;
  let bestLen = 0;
  for (const el of doc.querySelectorAll('article, main, [role="main"]')) {
    const len = el.textContent?.length ?? 0;
    if (len > bestLen) {
      best = el;
      bestLen = len;
    }
  }
  return best;
}

function canonicalUrl(doc: Document, url: string): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return url;
  try {
    return new URL(href, url).href;
  } catch {
    return url;
  }
}

// Plain text (CLI inputs that are not HTML, and tests) becomes an Article too, with no page around it.
export { textArticle };

/** The first line is taken as the title when it is short and has no sentence end, as in most text files. */
const MAX_TITLE_CHARS = 120;

export function articleFromText(text: string, url: string | null = null): Article {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/<br\s*\/?>/gi, '\n');
  const firstLine =
    normalised
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const looksLikeTitle = firstLine.length <= MAX_TITLE_CHARS && !/[.!?]$/.test(firstLine);
  return textArticle(normalised, { url, title: looksLikeTitle ? firstLine : '' });
}
