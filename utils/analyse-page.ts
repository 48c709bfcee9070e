// Page-side analysis: extract the article from this document, summarise it, answer in the message format.
// One result is kept per URL so the popup opens instantly on an already-analysed page.
import { extractArticle, NoArticleError } from '../lib/extract/article';
import type { SummaryResponse } from '../lib/messages';
import { summarise } from '../lib/summarise';

let cached: { url: string; response: SummaryResponse } | null = null;

export function analysePage(doc: Document, url: string, fresh: boolean, quoteCount: number): SummaryResponse {
  if (!fresh && cached?.url === url) return cached.response;
  const response = computeResponse(doc, url, quoteCount);
  cached = { url, response };
  return response;
}

function computeResponse(doc: Document, url: string, quoteCount: number): SummaryResponse {
  try {
    const summary = summarise(extractArticle(doc, url), { quoteCount });
    if (!summary.language.supported) {
      return {
        ok: false,
        reason: 'unsupported-language',
        message: 'Review Lens reads English reviews only, for now.',
        language: summary.language.code,
      };
    }
    return { ok: true, summary };
  } catch (err) {
    if (err instanceof NoArticleError) return { ok: false, reason: 'no-article', message: err.message };
    return { ok: false, reason: 'error', message: `Couldn't summarise this page (${String(err)}).` };
  }
}
