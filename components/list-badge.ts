// The badge on a page of many reviews: the pill says "4.2★ · 128 reviews" (or "73% positive · 40 reviews",
// "71% recommend · 7 reviews") and the card sums the list up: the share of positive, mixed and negative reviews,
// the top praise and complaints with a reviewer's words (click to find them in the page), and copy.
import { toPlainText } from '../lib/format';
import { averageWords, listHeadline, reviewCount, verdictShares } from '../lib/list-figures';
import type { ListAspect, ReviewList, Summary } from '../lib/schema';
import { copyButton, el } from './badge-dom';

/** The card stays small under the badge: the popup has the full list of praise and complaints. */
const CARD_ASPECTS = 2;

export interface ListCardActions {
  onLocate: (text: string) => void;
  write?: (text: string) => Promise<void>;
}

export function listPill(doc: Document, list: ReviewList): HTMLElement {
  return el(doc, 'span', { class: 'rl-pill rl-pill--list rl-pill--compact' }, listHeadline(list));
}

function shareBar(doc: Document, list: ReviewList): HTMLElement | null {
  const { positive, mixed, negative } = list.verdicts;
  const total = positive + mixed + negative;
  if (!total) return null;
  const share = verdictShares(list);
  const words = `${share.positive}% positive · ${share.mixed}% mixed · ${share.negative}% negative`;
  const bar = el(doc, 'div', { class: 'rl-share__bar', role: 'img', 'aria-label': `Reviews: ${words}` });
  for (const [side, n] of [
    ['positive', positive],
    ['mixed', mixed],
    ['negative', negative],
  ] as const) {
    if (n === 0) continue;
    const part = el(doc, 'span', { class: `rl-share__part rl-share__part--${side}` });
    part.style.width = `${(100 * n) / total}%`;
    bar.append(part);
  }
  return el(doc, 'div', { class: 'rl-share' }, bar, el(doc, 'p', { class: 'rl-share__legend rl-small' }, words));
}

function aspects(doc: Document, title: string, side: string, items: ListAspect[], actions: ListCardActions) {
  const list = el(doc, 'ul', { class: 'rl-aspects', 'aria-label': title });
  for (const a of items.slice(0, CARD_ASPECTS)) {
    const quote = el(doc, 'button', { type: 'button', class: 'rl-link rl-aspect__quote' }, `“${a.quote.text}”`);
    quote.addEventListener('click', () => actions.onLocate(a.quote.text));
    const head = el(
      doc,
      'div',
      { class: 'rl-aspect__head' },
      el(doc, 'span', { class: 'rl-aspect__name' }, a.aspect),
      el(doc, 'span', { class: 'rl-muted rl-small' }, reviewCount(a.count)),
    );
    list.append(el(doc, 'li', { class: `rl-aspect rl-aspect--${side}` }, head, quote));
  }
  return el(doc, 'div', { class: 'rl-section' }, el(doc, 'h2', { class: 'rl-h2' }, title), list);
}

/** The card under a list page's badge (same id as the single-review card: the toggle controls either). */
export function listCard(doc: Document, summary: Summary, list: ReviewList, actions: ListCardActions): HTMLElement {
  const node = el(doc, 'div', {
    id: 'rl-card',
    class: 'rl-badge__card',
    role: 'dialog',
    'aria-label': 'Review Lens summary of the reviews',
  });
  const average = averageWords(list);
  const mean = average ? `${average[0]?.toUpperCase()}${average.slice(1)} · ` : '';
  node.append(el(doc, 'p', { class: 'rl-small rl-muted' }, `${mean}${reviewCount(list.count)} on this page`));
  const share = shareBar(doc, list);
  if (share) node.append(share);
  if (list.praise.length) node.append(aspects(doc, 'Praised', 'positive', list.praise, actions));
  if (list.complaints.length) node.append(aspects(doc, 'Complaints', 'negative', list.complaints, actions));
  node.append(
    el(
      doc,
      'div',
      { class: 'rl-actions' },
      copyButton(doc, 'Copy summary', () => toPlainText(summary), actions.write),
    ),
  );
  return node;
}
