// Builds an Article from plain text (CLI inputs that are not HTML, and tests).
import type { Article } from './schema';

/** The first line is taken as the title when it is short and has no sentence end, as in most text files. */
const MAX_TITLE_CHARS = 120;

export function articleFromText(text: string, url: string | null = null): Article {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/<br\s*\/?>/gi, '\n');
  const firstLine =
    normalised
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  const looksLikeTitle = firstLine.length <= MAX_TITLE_CHARS && !/[.!?]$/.test(firstLine);
  return {
    url,
    title: looksLikeTitle ? firstLine : '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: null,
    text: normalised,
    extraction: 'plain-text',
    structured: null,
    signals: null,
  };
}
