// The labelled HTML pages of ../shared/data/html-pages and html-pages-2, run through the same pipeline as the command-line tool
// (parse5 + linkedom, extractArticle with the file's own URL + summarise) and through the always-on pre-filter the
// way the browser would run it (the page's real URL). Shared by the review eval and the bench.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parsePage as parseHtmlPage } from '../../cli/summarise-input';
import { measureParagraphs, readPageSignals } from '../../lib/extract/signals';
import { DATA_DIR } from '../eval/shared';

export const PAGES_DIR = resolve(DATA_DIR, 'html-pages');
/** Both rounds of saved pages; a page's source is its folder and first path segment ("html-pages-2/dragnet"). */
export const PAGE_FOLDERS = ['html-pages', 'html-pages-2'] as const;

export interface LabelledPage {
  /** "<source>/<page-id>", e.g. "l3s-gn1/kntv-mad-money". */
  path: string;
  /** "<folder>/<source>", e.g. "html-pages-2/dragnet": the unit of leave-one-source-out. */
  source: string;
  /** A review or a review list (many reviews of one item): a page that should get the badge. */
  isReview: boolean;
  /** A review list (label review-list). */
  isList: boolean;
  kind: string | null;
  lang: string;
  /** The page's real address (from the dataset's metadata), or null where the source did not record one. */
  url: string | null;
  file: string;
}

export function loadLabelledPages(folders: readonly string[] = PAGE_FOLDERS): LabelledPage[] {
  return folders.flatMap((folder) => {
    const dir = resolve(DATA_DIR, folder);
    const lines = readFileSync(resolve(dir, 'index.jsonl'), 'utf8').trim().split('\n');
    return lines.map((line) => {
      const row = JSON.parse(line) as { path: string; label: string; kind: string | null; lang: string; url: string };
      return {
        path: `${folder}/${row.path}`,
        source: `${folder}/${row.path.split('/')[0] ?? ''}`,
        isReview: row.label === 'review' || row.label === 'review-list',
        isList: row.label === 'review-list',
        kind: row.kind,
        lang: row.lang,
        url: /^https?:\/\//.test(row.url ?? '') ? row.url : null,
        file: resolve(dir, row.path, 'source.html'),
      };
    });
  });
}

/** The saved page as the command-line tool parses it (parse5 then linkedom: the tree a browser builds), so the
 *  evals measure what the tool does, also on old markup with text before <html>. */
export function parsePage(page: LabelledPage): Document {
  return parseHtmlPage(readFileSync(page.file, 'utf8'));
}

/** The address the browser would have had: the real URL where known, else the saved file's. */
export function browserUrl(page: LabelledPage): string {
  return page.url ?? pathToFileURL(page.file).href;
}

/** What the always-on content script would send for this page. */
export function contentScriptMessage(page: LabelledPage, doc = parsePage(page)) {
  return { signals: readPageSignals(doc, browserUrl(page)), ...measureParagraphs(doc) };
}
