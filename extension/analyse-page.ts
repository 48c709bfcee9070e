// Page-side analysis: extract the article from this document here (the DOM is here), have the background
// summarise it (the models are there), answer in the message format. One result is kept per URL so the
// popup opens instantly on an already-analysed page.
import { browser } from 'wxt/browser';
import { extractArticle, NoArticleError } from '../lib/extract/article';
import { showsReviews } from '../lib/format';
import { SummariseResponse, type SummaryResponse } from '../lib/messages';
import type { Article } from '../lib/schema';

let cached: { url: string; response: Promise<SummaryResponse> } | null = null;

/** Drops the kept result, e.g. when the settings (the quote count) change. */
export function forgetAnalysis(): void {
  cached = null;
}

/** `quoteCount` may still be on its way from storage: the article is extracted meanwhile. */
export function analysePage(
  doc: Document,
  url: string,
  fresh: boolean,
  quoteCount: Promise<number>,
): Promise<SummaryResponse> {
  if (!fresh && cached?.url === url) return cached.response;
  const response = computeResponse(doc, url, quoteCount);
  cached = { url, response };
  return response;
}

async function computeResponse(doc: Document, url: string, quoteCount: Promise<number>): Promise<SummaryResponse> {
  try {
    // Synchronous, so it runs before the first await: in parallel with the storage read behind quoteCount.
    return await askSummary(extractArticle(doc, url), quoteCount);
  } catch (err) {
    if (err instanceof NoArticleError) return { ok: false, reason: 'no-article', message: err.message };
    return { ok: false, reason: 'error', message: `Couldn't summarise this page (${String(err)}).` };
  }
}

/** Has the background summarise an article (the page's, or the user's selection) and answers for the views. */
export async function askSummary(article: Article, quoteCount: Promise<number>): Promise<SummaryResponse> {
  try {
    const answer = SummariseResponse.parse(
      await browser.runtime.sendMessage({ type: 'review-lens/summarise', article, quoteCount: await quoteCount }),
    );
    if (!answer.ok) return { ok: false, reason: 'error', message: answer.message };
    const { summary } = answer;
    // A list's count and ratings hold in any language, and a review in another language is still a review: the
    // views show what is known (its rating, the page's credits) and say what they cannot read. Any other page
    // in another language gets the plain message.
    if (!summary.language.supported && !showsReviews(summary)) {
      return {
        ok: false,
        reason: 'unsupported-language',
        message: 'Review Lens reads English reviews only, for now: no verdict, quotes or people from this text.',
        language: summary.language.code,
      };
    }
    return { ok: true, summary };
  } catch (err) {
    return { ok: false, reason: 'error', message: `Couldn't summarise this page (${String(err)}).` };
  }
}
