// Builds an Article from plain text (CLI inputs that are not HTML, and tests).
import type { Article } from './schema';

/** The first line is taken as the title when it is short and has no sentence end, as in most text files. */
const MAX_TITLE_CHARS = 120;

/** An Article holding only text, as plain-text input gives it; `extra` fills in what a page would add. */
export function textArticle(text: string, extra: Partial<Article> = {}): Article {
  return {
    url: null,
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    text,
    extraction: 'plain-text',
    structured: null,
    signals: null,
    ...extra,
  };
}

export function articleFromText(text: string, url: string | null = null): Article {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/<br\s*\/?>/gi, '\n');
  const firstLine =
    normalised
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const looksLikeTitle = firstLine.length <= MAX_TITLE_CHARS && !/[.!?]$/.test(firstLine);
  return textArticle(normalised, { url, title: looksLikeTitle ? firstLine : '' });
}
