// The inline verdict badge's contents, drawn with plain DOM calls rather than React: the badge is on the
// critical path from page load to "verdict visible", and React's DOM renderer alone was most of the analyser
// bundle the page has to parse before anything shows (see `npm run bench`). Page text only ever goes in
// through textContent / attributes, never as HTML.
import {
  confidenceNote,
  hasVerdict,
  LABEL_WORDS,
  listOf,
  quoteCitation,
  toPlainText,
  unreadExplanation,
  unreadNote,
  verdictHeadline,
} from '../lib/format';
import { listHeadline } from '../lib/list-figures';
import type { Summary } from '../lib/schema';
import { copyButton, el } from './badge-dom';
import { listCard, listPill } from './list-badge';

export interface BadgeActions {
  onLocate: (text: string) => void;
  onDismiss: () => void;
  /** Clipboard writer; the page's navigator.clipboard unless a test passes its own. */
  write?: (text: string) => Promise<void>;
}

/** The verdict at a glance: label, "low confidence" when the model is unsure, and score, coloured by label
 *  (colour is never the only cue). A review the models cannot read gets a neutral pill that says so. */
function verdictPill(doc: Document, summary: Summary): HTMLElement {
  const verdict = summary.verdict;
  if (!hasVerdict(verdict)) {
    const unread = unreadNote(summary);
    return el(
      doc,
      'span',
      { role: 'img', class: 'rl-pill rl-pill--unread rl-pill--compact', 'aria-label': `Verdict: ${unread}` },
      el(doc, 'span', { class: 'rl-pill__label' }, 'Review'),
      el(doc, 'span', { class: 'rl-pill__note' }, `· ${unread}`),
    );
  }
  const note = confidenceNote(verdict);
  const parts = [el(doc, 'span', { class: 'rl-pill__label' }, LABEL_WORDS[verdict.label])];
  if (note) parts.push(el(doc, 'span', { class: 'rl-pill__note' }, `· ${note}`));
  parts.push(el(doc, 'span', { class: 'rl-pill__score' }, String(verdict.score)));
  return el(
    doc,
    'span',
    {
      role: 'img',
      class: `rl-pill rl-pill--${verdict.label} rl-pill--compact`,
      'aria-label': `Verdict: ${verdictHeadline(verdict)}, ${verdict.score} out of 100`,
    },
    ...parts,
  );
}

/** The card under the badge: where the verdict comes from, the top quote (click to find it), copy buttons. */
function card(doc: Document, summary: Summary, actions: BadgeActions): HTMLElement {
  const v = summary.verdict;
  const top = summary.quotes[0];
  const basis = v.stated
    ? `Reviewer's rating: ${v.stated.text}`
    : hasVerdict(v)
      ? `Inferred from the text · ${Math.round(v.confidence * 100)}% confidence`
      : unreadExplanation(summary);
  const children: HTMLElement[] = [el(doc, 'p', { class: 'rl-small rl-muted' }, basis)];
  if (top) {
    const quote = el(doc, 'button', { type: 'button', class: 'rl-link rl-badge__quote' }, `“${top.text}”`);
    quote.addEventListener('click', () => actions.onLocate(top.text));
    children.push(quote);
  }
  const buttons = [copyButton(doc, 'Copy summary', () => toPlainText(summary), actions.write)];
  if (top) buttons.push(copyButton(doc, 'Copy quote', () => quoteCitation(top, summary), actions.write));
  children.push(el(doc, 'div', { class: 'rl-actions' }, ...buttons));
  const node = el(doc, 'div', {
    id: 'rl-card',
    class: 'rl-badge__card',
    role: 'dialog',
    'aria-label': 'Review Lens summary',
  });
  node.append(...children);
  return node;
}

/** The badge: a pill that opens and closes the card, and a button that hides the badge. */
export function renderBadge(doc: Document, summary: Summary, actions: BadgeActions): HTMLElement {
  const v = summary.verdict;
  // A page of many reviews shows the list ("4.2★ · 128 reviews") instead of one verdict.
  const list = listOf(summary);
  const toggle = el(
    doc,
    'button',
    {
      type: 'button',
      class: 'rl-badge__toggle',
      'aria-expanded': 'false',
      'aria-controls': 'rl-card',
      'aria-label': list
        ? `Review Lens reviews: ${listHeadline(list)}`
        : hasVerdict(v)
          ? `Review Lens verdict: ${v.label}${confidenceNote(v) ? `, ${confidenceNote(v)}` : ''}, ${v.score} out of 100`
          : `Review Lens: ${unreadNote(summary)}`,
    },
    el(doc, 'span', { class: 'rl-badge__brand' }, 'Review Lens'),
    list ? listPill(doc, list) : verdictPill(doc, summary),
  );
  const close = el(
    doc,
    'button',
    { type: 'button', class: 'rl-badge__close', 'aria-label': 'Hide the Review Lens badge' },
    '×',
  );
  close.addEventListener('click', () => actions.onDismiss());
  const root = el(doc, 'div', { class: 'rl-root rl-badge' }, el(doc, 'div', { class: 'rl-badge__bar' }, toggle, close));
  let open: HTMLElement | null = null;
  toggle.addEventListener('click', () => {
    if (open) {
      open.remove();
      open = null;
    } else {
      open = list ? listCard(doc, summary, list, actions) : card(doc, summary, actions);
      root.append(open);
    }
    toggle.setAttribute('aria-expanded', String(open !== null));
  });
  return root;
}
