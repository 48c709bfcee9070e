// Mounts the verdict badge beside the review's headline inside a Shadow DOM: the page's CSS can't
// restyle it (see badge.css :host), and it adds one element to the page, nothing else.
import badgeCss from '../components/badge.css?inline';
import { renderBadge } from '../components/badge-view';
import listCss from '../components/review-list.css?inline';
import summaryCss from '../components/summary.css?inline';
import type { Summary } from '../lib/schema';
import { locateAndShow } from './locate';

export const BADGE_TAG = 'review-lens-badge';

let mounted: { host: HTMLElement; summary: Summary } | null = null;

export function removeBadge(doc: Document): void {
  mounted = null;
  for (const el of doc.querySelectorAll(BADGE_TAG)) el.remove();
}

export function mountBadge(doc: Document, summary: Summary): void {
  // Re-analysing a page returns the cached summary: keep the badge (and its open card) as it is.
  if (mounted?.summary === summary && mounted.host.isConnected) return;
  // A new summary of the same page (more reviews loaded) keeps the card open if the user had it open.
  const wasOpen = mounted?.host.isConnected && mounted.host.shadowRoot?.getElementById('rl-card') != null;
  removeBadge(doc);
  const host = doc.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${summaryCss}\n${listCss}\n${badgeCss}`;
  const badge = renderBadge(doc, summary, {
    onLocate: (text) => locateAndShow(doc, text),
    onDismiss: () => removeBadge(doc),
  });
  shadow.append(style, badge);
  placeBadge(doc, host, summary);
  mounted = { host, summary };
  if (wasOpen) badge.querySelector<HTMLElement>('.rl-badge__toggle')?.click();
}

/** Right after the headline that matches the article's title; else at the top of the article. */
function placeBadge(doc: Document, host: HTMLElement, summary: Summary): void {
  const headline = findHeadline(doc, summary.source.title);
  if (headline) {
    headline.after(host);
    return;
  }
  const article = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  article.prepend(host);
}

function findHeadline(doc: Document, title: string): Element | null {
  const want = words(title);
  let best: Element | null = null;
  let bestOverlap = 0;
  for (const h of doc.querySelectorAll('h1, h2')) {
    const got = words(h.textContent ?? '');
    if (got.size === 0) continue;
    let common = 0;
    for (const w of got) if (want.has(w)) common++;
    const overlap = common / got.size;
    if (overlap > bestOverlap) {
      best = h;
      bestOverlap = overlap;
    }
  }
  // Half the headline's words in the title: the same headline, give or take a site suffix.
  if (best && bestOverlap >= 0.5) return best;
  return doc.querySelector('article h1, main h1, h1');
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}
