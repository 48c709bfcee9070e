// Every message between extension parts, as zod schemas; receivers parse before acting, so a malformed or
// look-alike message is dropped instead of trusted. Kept free of DOM and heavy imports: the popup and the
// background bundle this file.
import { z } from 'zod/mini';
import { Article, PageSignals, Summary } from './schema';

const PREFIX = 'review-lens/';

/** Always-on content script → background: the page's cheap signals. The background decides (settings,
 *  silent sites, the cheap pre-filter) whether to inject the full analyser. The content script itself
 *  stays free of zod and the models so it costs next to nothing on every page. */
export const PageSignalsMessage = z.object({
  type: z.literal(`${PREFIX}page-signals`),
  signals: PageSignals,
  /** Paragraph count and text length of the page's <p> elements: an article has several. */
  paragraphs: z.int().check(z.nonnegative()),
  paragraphChars: z.int().check(z.nonnegative()),
});
export type PageSignalsMessage = z.infer<typeof PageSignalsMessage>;

/** Page analyser → background: summarise this extracted article. The models live in the background, loaded
 *  once per browser session, so each page only pays for Readability, not for parsing the model weights. */
export const SummariseRequest = z.object({
  type: z.literal(`${PREFIX}summarise`),
  article: Article,
  quoteCount: z.int().check(z.minimum(1), z.maximum(5)),
});
export type SummariseRequest = z.infer<typeof SummariseRequest>;

export const SummariseResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), summary: Summary }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type SummariseResponse = z.infer<typeof SummariseResponse>;

/** Popup → page analyser: summarise the page (cached per URL unless `fresh`). */
export const GetSummaryRequest = z.object({
  type: z.literal(`${PREFIX}get-summary`),
  fresh: z._default(z.boolean(), false),
});

/** Popup → page analyser: scroll to and highlight a span of the summarised article. */
export const LocateRequest = z.object({
  type: z.literal(`${PREFIX}locate`),
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
});

/** Selection view → page analyser: summarise the text selected in the page (one review or many).
 *  `fallbackText` is the browser's own copy of the selection (the context menu's selectionText), used when the
 *  page's selection is out of reach (a text field, a frame). */
export const SummariseSelectionRequest = z.object({
  type: z.literal(`${PREFIX}summarise-selection`),
  fallbackText: z.optional(z.string().check(z.maxLength(200_000))),
});

export const PageRequest = z.discriminatedUnion('type', [GetSummaryRequest, LocateRequest, SummariseSelectionRequest]);
export type PageRequest = z.infer<typeof PageRequest>;

/** Why there is no summary, in words the popup can show as they are. */
export const FailureReason = z.enum(['no-article', 'unsupported-language', 'error']);
export type FailureReason = z.infer<typeof FailureReason>;

export const SummaryResponse = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), summary: Summary }),
  z.object({ ok: z.literal(false), reason: FailureReason, message: z.string(), language: z.optional(z.string()) }),
]);
export type SummaryResponse = z.infer<typeof SummaryResponse>;

export const LocateResponse = z.object({ found: z.boolean() });
export type LocateResponse = z.infer<typeof LocateResponse>;
