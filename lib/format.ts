// Renders a Summary as plain text or Markdown: used by "Copy summary", the badge card and the CLI.
import { averageWords, distributionRows, pageRatingWords, reviewCount, verdictShares } from './list-figures';
import type { ListAspect, Person, Quote, ReviewList, Summary, Verdict } from './schema';
import { parseSite } from './site';

/** The words a reader sees for each verdict label: the popup, the badge, copied text and the CLI all use these. */
export const LABEL_WORDS = { positive: 'Positive', mixed: 'Mixed', negative: 'Negative' } as const;

/** An inferred verdict below this confidence says so beside its label: the model's doubt is shown as doubt,
 *  never as "mixed". */
export const LOW_CONFIDENCE = 0.7;

/** "German" for "de": the runtime knows every language's name (Intl, in the browser and in Node). */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

export function languageName(code: string): string {
  if (!code) return 'another language';
  try {
    return LANGUAGE_NAMES.of(code) ?? `“${code}”`;
  } catch {
    // Not a well-formed language tag (a page can declare anything).
    return `“${code}”`;
  }
}

/** Whether the summary has a verdict to show: not so for a review in a language the models cannot read that
 *  prints no rating of its own (basis "none"). */
export function hasVerdict(v: Pick<Verdict, 'basis'>): boolean {
  return v.basis !== 'none';
}

/** What the views say in place of a verdict they could not read: "In German: not read". */
export function unreadNote(s: Pick<Summary, 'language'>): string {
  return `In ${languageName(s.language.code)}: not read`;
}

/** The one sentence that explains it, in the popup, the badge's card and the copied text. */
export function unreadExplanation(s: Pick<Summary, 'language'>): string {
  return `This review is in ${languageName(s.language.code)}. Review Lens reads English reviews only, for now: no verdict or quotes from its text.`;
}

/** "low confidence" for an inferred verdict the model is unsure of, else null. */
export function confidenceNote(v: Pick<Verdict, 'basis' | 'confidence'>): string | null {
  return v.basis === 'inferred' && v.confidence < LOW_CONFIDENCE ? 'low confidence' : null;
}

/** The label as people read it: "Positive", or "Positive · low confidence". */
export function verdictHeadline(v: Pick<Verdict, 'label' | 'basis' | 'confidence'>): string {
  const note = confidenceNote(v);
  return note ? `${LABEL_WORDS[v.label]} · ${note}` : LABEL_WORDS[v.label];
}

export function verdictLine(s: Summary): string {
  const v = s.verdict;
  if (!hasVerdict(v)) return `${unreadNote(s)} (Review Lens reads English reviews only)`;
  const basis = v.stated
    ? `reviewer's rating: ${v.stated.text}`
    : `inferred from the text, ${Math.round(v.confidence * 100)}% confidence`;
  return `${verdictHeadline(v)} — ${v.score}/100 (${basis})`;
}

/** "Clint Eastwood — director, actor, producer as Harry Callahan": the primary role first, then the others. */
export function personLine(p: Person): string {
  const chars = p.characters.length ? ` as ${p.characters.join(', ')}` : '';
  const roles = [p.role, ...p.roles.filter((r) => r !== p.role)];
  return `${p.name} — ${roles.join(', ')}${chars}`;
}

/** "Reviewer, Site" or whichever of the two is known. */
export function attribution(s: Summary): string {
  return [s.source.reviewer, s.source.siteName].filter(Boolean).join(', ');
}

/** Who the source is, for the "Source:" line: the reviewer and site name, else the site's host ("amazon.com"),
 *  else the page title. A shop page names no site, and its raw title ("Amazon.com: Relay Module : Automotive")
 *  only repeats the summary's own title line with the shop's furniture back in. */
export function sourceName(s: Summary): string {
  // The site as the settings write it: a saved file has no host, and its page title stays.
  return attribution(s) || (s.source.url ? parseSite(s.source.url) : null) || s.source.title;
}

/** “quote” — Author, Site (URL) */
export function quoteCitation(q: Pick<Quote, 'text'>, s: Summary): string {
  const who = attribution(s);
  const url = s.source.url ? ` (${s.source.url})` : '';
  return `“${q.text}”${who ? ` — ${who}` : ''}${url}`;
}

export function toPlainText(s: Summary): string {
  const list = listOf(s);
  if (list) return listToPlainText(s, list);
  const doubt = doubtNote(s);
  const lines = [s.title || s.source.title, ...(doubt ? [doubt] : []), `Verdict: ${verdictLine(s)}`];
  if (s.people.length) lines.push(`People: ${s.people.map(personLine).join('; ')}`);
  if (s.quotes.length) {
    lines.push('Key quotes:');
    for (const q of s.quotes) lines.push(`  “${q.text}”`);
  }
  lines.push(`Source: ${sourceLine(s)}`);
  lines.push('Summarised on this device by Review Lens.');
  return lines.join('\n');
}

export function toMarkdown(s: Summary): string {
  const list = listOf(s);
  if (list) return listToMarkdown(s, list);
  const doubt = doubtNote(s);
  const lines = [`### ${escapeMd(s.title || s.source.title)}`, ''];
  if (doubt) lines.push(`_${escapeMd(doubt)}_`, '');
  lines.push(`**Verdict:** ${escapeMd(verdictLine(s))}`);
  if (s.people.length) {
    lines.push('', '**People:**');
    for (const p of s.people) lines.push(`- ${escapeMd(personLine(p))}`);
  }
  if (s.quotes.length) {
    lines.push('', '**Key quotes:**');
    for (const q of s.quotes) lines.push(`> “${escapeMd(q.text)}”`, '>');
    lines.pop();
  }
  const who = sourceName(s);
  lines.push('', `Source: ${s.source.url ? `[${escapeMd(who)}](${s.source.url})` : escapeMd(who)}`);
  return lines.join('\n');
}

function sourceLine(s: Summary): string {
  return [sourceName(s), s.source.url].filter(Boolean).join(' — ');
}

/** Escapes the characters that would turn page text into Markdown markup. */
function escapeMd(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}

// Pages of many reviews (review.form "list"): the badge's one-liner and the plain-text summary.

/** The list of a list page; null for a single review (or a list page whose list is missing). */
export function listOf(s: Summary): ReviewList | null {
  return s.review.form === 'list' ? s.reviewList : null;
}

/** Whether the views show the page as reviews: a review, or a page of many. A list is reviews whatever the
 *  single-review detector makes of the page around it, and its count and ratings hold in any language. */
export function showsReviews(s: Summary): boolean {
  return s.isReview || listOf(s) !== null;
}

/** The popup is opened on purpose: whoever clicks thinks the page may be a review. A page the detector gives at
 *  least this probability of being one is summarised at once, marked as uncertain; below it the popup asks first.
 *  It serves the reviews the detector misses most, those with no review cue around their text (a restaurant
 *  write-up on a blog, a book review in a magazine), which sit just under its boundary. A product choice (one
 *  chance in five is still worth the reader's glance), not fitted to any figure. */
export const UNSURE_REVIEW_FLOOR = 0.2;

/** Not shown as a review, but likely enough to be one that the popup summarises it unasked (see above). */
export function possiblyReview(s: Summary): boolean {
  return !showsReviews(s) && s.review.confidence >= UNSURE_REVIEW_FLOOR;
}

/** The caveat of a page the detector does not take for a review, summarised all the same (the popup's "Summarise
 *  anyway", a doubtful page, the command line, which summarises whatever it is given): shown above the verdict
 *  and carried into the copied text, so a verdict never travels without it. Null for reviews and lists. */
export function doubtNote(s: Summary): string | null {
  if (showsReviews(s)) return null;
  const likely = `${Math.round(s.review.confidence * 100)}% likely`;
  return possiblyReview(s)
    ? `Review Lens isn't sure this page is a review (${likely}), so the verdict may not mean much.`
    : `Review Lens doesn't take this page for a review (${likely}), so the verdict may not mean much.`;
}

/** The list's facts as lines of text (no title, no source): shared by the plain text and the Markdown. */
function listFacts(list: ReviewList): { overview: string[]; praise: string[]; complaints: string[] } {
  const average = averageWords(list);
  const overview = [average ? `${reviewCount(list.count)} · ${average}` : reviewCount(list.count)];
  const page = pageRatingWords(list);
  if (page) overview.push(`The page's own rating: ${page}`);
  const rows = distributionRows(list);
  if (rows.length) overview.push(`Ratings: ${rows.map(([r, n]) => `${r}: ${n}`).join(' · ')}`);
  const share = verdictShares(list);
  overview.push(`Verdicts: ${share.positive}% positive · ${share.mixed}% mixed · ${share.negative}% negative`);
  const line = (a: ListAspect) => `${a.aspect} (${reviewCount(a.count)}): “${a.quote.text}”`;
  return { overview, praise: list.praise.map(line), complaints: list.complaints.map(line) };
}

function listToPlainText(s: Summary, list: ReviewList): string {
  const facts = listFacts(list);
  const lines = [s.title || s.source.title, ...facts.overview];
  if (facts.praise.length) lines.push('Praised:', ...facts.praise.map((l) => `  - ${l}`));
  if (facts.complaints.length) lines.push('Complaints:', ...facts.complaints.map((l) => `  - ${l}`));
  lines.push(`Source: ${sourceLine(s)}`);
  lines.push('Summarised on this device by Review Lens.');
  return lines.join('\n');
}

function listToMarkdown(s: Summary, list: ReviewList): string {
  const facts = listFacts(list);
  const lines = [`### ${escapeMd(s.title || s.source.title)}`, '', ...facts.overview.map((l) => `${escapeMd(l)}  `)];
  if (facts.praise.length) lines.push('', '**Praised:**', ...facts.praise.map((l) => `- ${escapeMd(l)}`));
  if (facts.complaints.length) lines.push('', '**Complaints:**', ...facts.complaints.map((l) => `- ${escapeMd(l)}`));
  const who = sourceName(s);
  lines.push('', `Source: ${s.source.url ? `[${escapeMd(who)}](${s.source.url})` : escapeMd(who)}`);
  return lines.join('\n');
}
