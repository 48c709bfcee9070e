// A freshly started service worker runs the summariser's code cold: the first summary of a session pays for
// compiling regular expressions and optimising the hot loops. Running it once on a short made-up review,
// while the page is still loading the analyser and extracting its article, moves that cost off the way
// to the badge.
import { summarise } from '../lib/pipeline';
import type { Article } from '../lib/schema';

/** Short, but with every part the summariser looks for: a verdict, people with roles, quotable judgements. */
const WARM_UP_REVIEW = [
  'Warm Up (2024)',
  'Directed by Ann Example, the film stars John Sample as Tom, a baker with a secret.',
  'Sample is wonderful in the part, and the script by Mary Placeholder is sharp and funny.',
  'The second half drags, but the ending lands. It is one of the better comedies of the year.',
].join('\n');

/** Written out rather than built with lib/extract's textArticle: importing that module would pull Readability
 *  into the service worker, which never extracts a page (npm run bench shows the worker's size). */
const WARM_UP_ARTICLE: Article = {
  url: null,
  title: 'Warm Up',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: null,
  text: WARM_UP_REVIEW,
  extraction: 'plain-text',
  structured: null,
  signals: null,
};

let warmed = false;

/** Summarises the made-up review once per worker; later calls do nothing. */
export function warmUpOnce(): void {
  if (warmed) return;
  warmed = true;
  summarise(WARM_UP_ARTICLE);
}
