// Held-out markups: written once, on 2026-12-06, after the finder was built and without running the finder on
// them while writing; run only for the report (`npx tsx scripts/eval.ts lists-held-out`). They check that the
// finder generalises to markups it was not developed on. Do not tune the finder on these: add a new markup to
// list-markups.ts instead and write fresh held-out ones.
import { esc, type ListMarkup, pageHtml, paragraphs, type Shown } from './list-markups';
import type { ListPageSpec, SourceReview } from './list-pages';

const asShown = (r: SourceReview): Shown => ({ rating: r.rating, best: r.best });

/** A feedback table: one row per review, the score in its own cell ("Score: 4/5"). */
function table(spec: ListPageSpec): string {
  const rows = spec.reviews
    .map(
      (r) =>
        `<tr class="fb-row"><td class="fb-who"><strong>${esc(r.author)}</strong><br><small>${r.date}</small></td><td class="fb-score">Score: ${r.rating}/${r.best}</td><td class="fb-text">${paragraphs(r.text)}</td></tr>`,
    )
    .join('');
  return `<h2>Feedback from buyers</h2><table class="feedback"><thead><tr><th>Buyer</th><th>Score</th><th>Comment</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Cards in a grid: title, a split score ("4.5<small>/5</small>"), the text, a footer with name and date. */
function cards(spec: ListPageSpec): string {
  const items = spec.reviews
    .map(
      (r) =>
        `<li class="card"><header><h4>${esc(r.title ?? 'Review')}</h4><div class="score"><b>${r.rating}</b><small>/${r.best}</small></div></header><div class="card-body">${paragraphs(r.text)}</div><footer>${esc(r.author)} · ${r.date} · <a href="#">Reply</a></footer></li>`,
    )
    .join('');
  return `<section class="community"><h3>What people are saying</h3><ul class="grid">${items}</ul></section>`;
}

/** A forum-style thread of member opinions without ratings, each post several paragraphs. */
function forum(spec: ListPageSpec): string {
  const posts = spec.reviews
    .map(
      (r, i) =>
        `<div class="post" id="post-${i + 1}"><div class="post-head"><span class="user">${esc(r.author)}</span><span class="when">Posted ${r.date}</span><span class="num">#${i + 1}</span></div><div class="post-content">${paragraphs(r.text)}</div><div class="post-foot"><a href="#">Quote</a> <a href="#">Like</a></div></div>`,
    )
    .join('');
  return `<div class="thread"><h2>Member reviews</h2>${posts}</div>`;
}

/** Star icons as title attributes on a wrapper ("4 out of 5"), the review as a blockquote with a cite. */
function quotes(spec: ListPageSpec): string {
  const items = spec.reviews
    .map(
      (r) =>
        `<div class="testimonial"><div class="icons" title="${r.rating} out of ${r.best}"><i class="icon-star"></i></div><blockquote>${paragraphs(r.text)}</blockquote><cite>— ${esc(r.author)}, ${r.date}</cite></div>`,
    )
    .join('');
  return `<div class="testimonials-wrap"><h2>Testimonials</h2><div class="row">${items}</div></div>`;
}

/** German shop markup: "4 von 5 Sternen" in an aria-label, "Hilfreich" buttons, dates in German. */
function german(spec: ListPageSpec): string {
  const items = spec.reviews
    .map(
      (r) =>
        `<article class="bewertung"><span class="sterne" aria-label="${r.rating} von ${r.best} Sternen"></span><p class="autor">${esc(r.author)} am 3. März 2024</p><div class="inhalt">${paragraphs(r.text)}</div><button>Hilfreich</button> <a href="#">Melden</a></article>`,
    )
    .join('');
  return `<section id="kundenbewertungen"><h2>Kundenbewertungen</h2>${items}</section>`;
}

export const HELD_OUT_MARKUPS: readonly ListMarkup[] = [
  { name: 'held-table', rated: true, shown: asShown, render: (spec) => pageHtml(spec, table(spec)) },
  { name: 'held-cards', rated: true, shown: asShown, render: (spec) => pageHtml(spec, cards(spec)) },
  { name: 'held-forum', rated: false, shown: () => null, render: (spec) => pageHtml(spec, forum(spec)) },
  { name: 'held-testimonials', rated: true, shown: asShown, render: (spec) => pageHtml(spec, quotes(spec)) },
  { name: 'held-german-shop', rated: true, shown: asShown, render: (spec) => pageHtml(spec, german(spec)) },
];
