// Issue 18, item 4: the copy text keeps every quote verbatim, inside quotation marks, whatever the quote holds
// (its own quotation marks, Markdown characters, an ellipsis of the writer's).
import { expect, test } from 'vitest';
import { quoteCitation, toMarkdown, toPlainText } from '../../lib/format';
import type { Quote } from '../../lib/schema';
import { SAMPLE_SUMMARY } from '../components/sample-summary';

const QUOTES: string[] = [
  'A quiet, generous film that earns every one of its tears.',
  'He calls it "a *triumph*" — and [for once] the hype is #1 deserved…',
  '“Unmissable,” as the poster says, is for once the plain truth.',
  'Costs $5_000 and <b>every</b> penny shows on the screen.',
];

const withQuote = (text: string) => ({
  ...SAMPLE_SUMMARY,
  quotes: [{ text, start: 0, end: text.length, aspect: null } satisfies Quote],
});
/** Markdown's backslash escapes removed: what a reader of the rendered Markdown sees. */
const rendered = (markdown: string) => markdown.replace(/\\([\\`*_[\]<>#])/g, '$1');

test.each(QUOTES)('plain text, Markdown and citation keep %j verbatim in quotation marks', (text) => {
  const summary = withQuote(text);
  expect(toPlainText(summary)).toContain(`“${text}”`);
  expect(rendered(toMarkdown(summary))).toContain(`> “${text}”`);
  expect(quoteCitation({ text }, summary)).toContain(`“${text}”`);
});
