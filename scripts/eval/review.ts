// Evaluation section "review": the issue-17 target rows measurable in Node, each with its protocol.
//  1. The text classifier: 5-fold cross-validation on article-genres (+ the review corpora it trains on).
//  2. The page decision (review or not, form, kind, other languages): leave-one-source-out over the page sources
//     of html-pages and html-pages-2 — the page combiner is re-fitted on all other sources for each left-out
//     source. The text model never trains on the pages, so no left-out text is in its data either.
//  3. The always-on pre-filter (no fitting: recall of what it lets through, browser view).
// Nothing reported here is used to pick a threshold: every boundary is the models' own 0 log-odds.

import { guessKind } from '../../lib/detect/kind';
import { worthAnalysing } from '../../lib/detect/prefilter';
import { readsAsList } from '../../lib/pipeline';
import { contentScriptMessage, parsePage } from '../bench/labelled-pages';
import { builtListExamples } from '../train/built-list-pages';
import {
  type HeldOutPage,
  leaveOneSourceOut,
  loadPageExamples,
  type PageExample,
  pageTexts,
  scorer,
} from '../train/review-pages';
import { crossValidateText, fitText, type LabelledText, loadTexts } from '../train/review-text';
import type { EvalRow, EvalSection } from './shared';

const TARGET_TEXT_ACCURACY = 0.97;
const TARGET_GENRE_MIN = 0.9;
/** Genres this small move 10+ points per document; the minimum is also given over the larger ones. */
const MIN_GENRE_DOCS = 20;
const TARGET_PRECISION = 0.95;
const TARGET_RECALL = 0.92;
const TARGET_KIND = 0.9;
const TARGET_LISTS = 0.9;
const TARGET_OTHER_LANGUAGES = 0.75;
/** The pre-filter only gates the full analysis, so it must let (nearly) every review through. */
const TARGET_PREFILTER_RECALL = 1;

export async function run(): Promise<EvalSection[]> {
  const corpora = loadTexts();
  const examples = loadPageExamples(corpora);
  const held = leaveOneSourceOut(examples, builtListExamples(scorer(fitText(corpora))));
  return [
    textSection(corpora, pageTexts(examples)),
    pageSection(held),
    formKindLanguageSection(held),
    prefilterSection(examples),
  ];
}

function textSection(corpora: LabelledText[], pages: LabelledText[]): EvalSection {
  const { logits, rows } = crossValidateText(corpora, pages);
  const byGroup = new Map<string, { right: number; n: number }>();
  rows.forEach((r, i) => {
    const c = byGroup.get(r.group) ?? { right: 0, n: 0 };
    c.n++;
    if (((logits[i] ?? 0) > 0 ? 1 : 0) === r.label) c.right++;
    byGroup.set(r.group, c);
  });
  const genres = [...byGroup].filter(([g]) => g.startsWith('article-genres:'));
  const total = genres.reduce((a, [, c]) => ({ right: a.right + c.right, n: a.n + c.n }), { right: 0, n: 0 });
  const acc = (c: { right: number; n: number }) => c.right / c.n;
  const worst = (list: typeof genres) => list.reduce((w, g) => (acc(g[1]) < acc(w[1]) ? g : w));
  const worstAll = worst(genres);
  const worstLarge = worst(genres.filter(([, c]) => c.n >= MIN_GENRE_DOCS));
  const name = (g: string) => g.replace('article-genres:', '');
  const rowsOut: EvalRow[] = [
    {
      metric: `text classifier accuracy, article-genres (${total.n} documents)`,
      ours: acc(total),
      target: `≥ ${TARGET_TEXT_ACCURACY}`,
      pass: acc(total) >= TARGET_TEXT_ACCURACY,
    },
    {
      metric: `lowest genre accuracy (${name(worstAll[0])}, ${worstAll[1].n} docs)`,
      ours: acc(worstAll[1]),
      target: `≥ ${TARGET_GENRE_MIN}`,
      pass: acc(worstAll[1]) >= TARGET_GENRE_MIN,
    },
    {
      metric: `lowest genre accuracy, genres of ≥ ${MIN_GENRE_DOCS} docs (${name(worstLarge[0])}, ${worstLarge[1].n})`,
      ours: acc(worstLarge[1]),
      target: `≥ ${TARGET_GENRE_MIN}`,
      pass: acc(worstLarge[1]) >= TARGET_GENRE_MIN,
    },
    ...[...byGroup]
      .filter(([g]) => !g.startsWith('article-genres:'))
      .map(([g, c]) => ({ metric: `  review corpus ${g}: held-out reviews recognised (${c.n})`, ours: acc(c) })),
  ];
  const below = genres
    .filter(([, c]) => acc(c) < TARGET_GENRE_MIN)
    .map(([g, c]) => `${name(g)} ${acc(c).toFixed(2)} (${c.n})`);
  return {
    title:
      "review: text classifier, 5-fold cross-validation (article-genres + review corpora; the labelled pages' texts in every fold's training, as shipped; boundary 0)",
    rows: rowsOut,
    notes: [
      `Genres below ${TARGET_GENRE_MIN}: ${below.length ? below.join(', ') : 'none'}.`,
      `Per genre: ${genres.map(([g, c]) => `${name(g)} ${acc(c).toFixed(2)}`).join(', ')}.`,
    ],
  };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
function count(rows: HeldOutPage[], predict: (r: HeldOutPage) => boolean): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of rows) {
    const p = predict(r);
    if (r.example.page.isReview) p ? c.tp++ : c.fn++;
    else if (p) c.fp++;
  }
  return c;
}
const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
const recall = (c: Counts) => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1);

/** The old one-word baseline: "review" in the headline, title or URL. */
function keyword(e: PageExample): boolean {
  const s = e.article?.signals;
  return /\breview/i.test(`${s?.headline ?? ''} ${e.article?.title ?? ''} ${e.page.url ?? ''}`);
}

function pageSection(held: HeldOutPage[]): EvalSection {
  const english = held.filter((r) => r.example.page.lang === 'en');
  const en = count(english, (r) => r.isReview);
  const base = count(english, (r) => keyword(r.example));
  const reviews = english.filter((r) => r.example.page.isReview).length;
  const rows: EvalRow[] = [
    {
      metric: `English pages precision (${english.length} pages, ${reviews} reviews + lists)`,
      ours: precision(en),
      baseline: precision(base),
      baselineName: 'headline/URL "review"',
      target: `≥ ${TARGET_PRECISION}`,
      pass: precision(en) >= TARGET_PRECISION,
    },
    {
      metric: 'English pages recall',
      ours: recall(en),
      baseline: recall(base),
      baselineName: 'headline/URL "review"',
      target: `≥ ${TARGET_RECALL}`,
      pass: recall(en) >= TARGET_RECALL,
    },
  ];
  for (const source of [...new Set(english.map((r) => r.example.page.source))].sort()) {
    const c = count(
      english.filter((r) => r.example.page.source === source),
      (r) => r.isReview,
    );
    rows.push({ metric: `  ${source}: tp/fp/fn`, ours: `${c.tp}/${c.fp}/${c.fn}` });
  }
  const wrong = english.filter((r) => r.isReview !== r.example.page.isReview);
  return {
    title: 'review: is this page a review? leave-one-source-out (combiner fitted on all other sources)',
    rows,
    notes: [
      'CLI view: saved file + its own canonical URL. A page with no extractable article counts as "not a review".',
      `Review model settings chosen per fold by the nested leave-one-source-out (L2, classes): ${settingsCount(held, 'review')}.`,
      `Wrong: ${wrong.map((r) => `${r.example.page.path} (${r.example.page.isReview ? 'missed' : 'false alarm'}, log-odds ${r.reviewLogit.toFixed(1)})`).join('; ') || 'none'}`,
    ],
  };
}

function settingsCount(held: HeldOutPage[], which: 'review'): string {
  const folds = new Map<string, string>();
  for (const r of held) {
    const s = r.settings[which];
    folds.set(r.example.page.source, `${s.l2} ${s.balanced ? 'alike' : 'own shares'}`);
  }
  const counts = new Map<string, number>();
  for (const s of folds.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${s} in ${n} folds`).join(', ');
}

/** Pages of another language that carry review markup, AggregateRating or a printed rating (read by the verdict's
 *  rating reader or shown in a rating widget). */
const hasMarkupOrRating = (e: PageExample) =>
  !!e.features &&
  e.features.reviewMarkup + e.features.aggregateRating + e.features.statedRating + e.features.ratingWidget > 0;

function formKindLanguageSection(held: HeldOutPage[]): EvalSection {
  const found = held.filter((r) => r.isReview && r.example.page.isReview && r.example.article);
  const kindOf = (r: HeldOutPage) =>
    guessKind(r.example.article as NonNullable<PageExample['article']>, r.isList ? 'list' : 'single');
  const kindRight = found.filter((r) => kindOf(r) === (r.example.page.kind ?? 'other'));
  const lists = held.filter((r) => r.example.page.isList);
  const listsRight = lists.filter((r) => r.isReview && r.isList);
  const singlesAsLists = held.filter((r) => r.example.page.isReview && !r.example.page.isList && r.isList);
  // The product's rule (lib/pipeline.ts readsAsList) with the held-out form; its "two rated reviews" part was
  // chosen while looking at these pages, so these two rows are not held out.
  const asList = (r: HeldOutPage) =>
    r.example.article ? readsAsList(r.example.article, r.isList ? 'list' : 'single') : false;
  const summarisedLists = lists.filter(asList);
  const falseSummarisedLists = held.filter((r) => !r.example.page.isList && asList(r));
  const foreign = held.filter((r) => r.example.page.lang !== 'en');
  const foreignMarked = foreign.filter((r) => r.example.page.isReview && hasMarkupOrRating(r.example));
  const foreignAll = foreign.filter((r) => r.example.page.isReview);
  const foreignFalse = foreign.filter((r) => !r.example.page.isReview && r.isReview);
  const share = (a: unknown[], b: unknown[]) => (b.length ? a.length / b.length : 1);
  const kindWrong = found.filter((r) => !kindRight.includes(r));
  return {
    title: 'review: form, kind and other languages, leave-one-source-out',
    rows: [
      {
        metric: `kind right on found reviews (${found.length})`,
        ours: share(kindRight, found),
        target: `≥ ${TARGET_KIND}`,
        pass: share(kindRight, found) >= TARGET_KIND,
      },
      {
        metric: `review lists recognised as lists (${lists.length})`,
        ours: `${listsRight.length} / ${lists.length}`,
        target: `≥ ${TARGET_LISTS}`,
        pass: share(listsRight, lists) >= TARGET_LISTS,
      },
      { metric: 'single reviews taken for lists', ours: singlesAsLists.length },
      {
        metric: `review lists summarised as lists by the product (detector's form, or two rated reviews read) (${lists.length})`,
        ours: `${summarisedLists.length} / ${lists.length}`,
        target: `≥ ${TARGET_LISTS}`,
        pass: share(summarisedLists, lists) >= TARGET_LISTS,
      },
      { metric: 'pages not labelled lists summarised as lists by the product', ours: falseSummarisedLists.length },
      {
        metric: `non-English review pages with markup or rating recognised (${foreignMarked.length})`,
        ours: share(
          foreignMarked.filter((r) => r.isReview),
          foreignMarked,
        ),
        target: `≥ ${TARGET_OTHER_LANGUAGES}`,
        pass:
          share(
            foreignMarked.filter((r) => r.isReview),
            foreignMarked,
          ) >= TARGET_OTHER_LANGUAGES,
      },
      {
        metric: `non-English review pages recognised, all (${foreignAll.length})`,
        ours: share(
          foreignAll.filter((r) => r.isReview),
          foreignAll,
        ),
      },
      {
        metric: `non-English non-reviews taken for reviews (of ${foreign.length - foreignAll.length})`,
        ours: foreignFalse.length,
      },
    ],
    notes: [
      'Kind is rule-based (markup, URL section, kind words); only the form it is given comes from the held-out model.',
      `Kind wrong: ${kindWrong.map((r) => `${r.example.page.path} (${r.example.page.kind} → ${kindOf(r)})`).join('; ') || 'none'}`,
      `Other languages, missed: ${
        foreignAll
          .filter((r) => !r.isReview)
          .map(
            (r) => `${r.example.page.path} (${r.example.page.lang}${hasMarkupOrRating(r.example) ? ', marked' : ''})`,
          )
          .join(', ') || 'none'
      }; taken for reviews: ${foreignFalse.map((r) => `${r.example.page.path} (${r.example.page.lang})`).join(', ') || 'none'}`,
      `Summarised as lists although not labelled lists: ${falseSummarisedLists.map((r) => `${r.example.page.path} (${r.example.page.isReview ? 'review' : 'not-review'})`).join(', ') || 'none'}`,
      `Lists missed: ${
        lists
          .filter((r) => !listsRight.includes(r))
          .map((r) => r.example.page.path)
          .join(', ') || 'none'
      }`,
    ],
  };
}

function prefilterSection(examples: PageExample[]): EvalSection {
  const passed = examples.map((e) => ({ e, pass: worthAnalysing(contentScriptMessage(e.page, parsePage(e.page))) }));
  const reviews = passed.filter((p) => p.e.page.isReview);
  const lists = reviews.filter((p) => p.e.page.isList);
  const non = passed.filter((p) => !p.e.page.isReview);
  const share = (xs: typeof passed) => xs.filter((p) => p.pass).length / (xs.length || 1);
  return {
    title: 'review: always-on pre-filter (browser view: real URL, content-script signals; nothing fitted)',
    rows: [
      {
        metric: `reviews and lists let through (${reviews.length})`,
        ours: share(reviews),
        target: `≥ ${TARGET_PREFILTER_RECALL}`,
        pass: share(reviews) >= TARGET_PREFILTER_RECALL,
      },
      { metric: `review lists let through (${lists.length})`, ours: share(lists) },
      { metric: `non-reviews stopped (${non.length})`, ours: 1 - share(non) },
    ],
    notes: [
      `Reviews stopped: ${
        reviews
          .filter((p) => !p.pass)
          .map((p) => p.e.page.path)
          .join(', ') || 'none'
      }`,
    ],
  };
}
