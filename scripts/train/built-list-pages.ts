// Review lists built from the development corpora, as training rows for the list model only (review list vs
// single review). The labelled real pages hold few lists, nearly all of them shop pages whose reviews carry
// stars: fitted on them alone, the list model learns "rated reviews read" and has never seen a list without
// ratings (testimonials, user comments, a forum of opinions). One page per development markup
// (scripts/data/list-markups.ts), Amazon and IMDB in turn, adds every list shape the finder reads, rated and
// not. They are never judged: every figure stays on the real pages. The held-out markups are not used.
import { parsePage } from '../../cli/summarise-input';
import { extractArticle } from '../../lib/extract/article';
import type { LabelledPage } from '../bench/labelled-pages';
import { DEV_MARKUPS } from '../data/list-markups';
import { listPageSpecs } from '../data/list-pages';
import { bareExample, type PageExample, withTextScore } from './review-pages';

/** Their own source name: never a left-out source of the page evaluation, always in training. */
export const BUILT_LIST_SOURCE = 'built-lists';

/** Seeds the pages' choice of products, films and reviews; not the seed of the lists eval, so the lists built
 *  for the eval are other ones. */
const BUILT_LIST_SEED = 20261207;

/** A neutral address: no review word in it, so the model learns nothing from a made-up URL. */
const builtUrl = (id: string) => `https://www.example.com/item/${encodeURIComponent(id)}`;

/** One built list page per development markup, its text scored by `textLogit` (a text model fitted without
 *  any labelled page). That model learnt from some of the very reviews the pages hold, so their text scores run
 *  high; the list model's weight on the text score is small, and the figures are measured on real pages only. */
export function builtListExamples(textLogit: (text: string) => number): PageExample[] {
  const specs = listPageSpecs(DEV_MARKUPS.length, BUILT_LIST_SEED);
  const amazon = specs.filter((s) => s.source === 'amazon');
  const imdb = specs.filter((s) => s.source === 'imdb');
  return DEV_MARKUPS.flatMap((markup, i) => {
    const spec = (i % 2 === 0 ? amazon : imdb)[i];
    if (!spec) return [];
    const url = builtUrl(spec.id);
    const page: LabelledPage = {
      path: `${BUILT_LIST_SOURCE}/${markup.name}/${spec.id}`,
      source: BUILT_LIST_SOURCE,
      isReview: true,
      isList: true,
      kind: spec.source === 'amazon' ? 'product' : 'film',
      lang: 'en',
      url,
      file: '',
    };
    const bare = bareExample(page, extractArticle(parsePage(markup.render(spec)), url));
    return bare.article ? [withTextScore(bare, textLogit(bare.article.text))] : [];
  });
}
