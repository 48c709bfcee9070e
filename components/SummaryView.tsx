import { hasVerdict, listOf, quoteCitation, showsReviews, unreadExplanation } from '../lib/format';
import type { Summary, TextSpan } from '../lib/schema';
import { CopyActions, type WriteClipboard } from './CopyButton';
import { PeopleList } from './PeopleList';
import { QuoteList } from './QuoteList';
import { ReviewListView } from './ReviewListView';
import { Section } from './Section';
import { VerdictPill } from './VerdictPill';

const EXTRACTION_WORDS: Record<Summary['source']['extraction'], string> = {
  readability: 'article text found by Readability',
  'structured-data': "the review text in the page's structured data",
  'largest-article': "the page's main article block",
  'plain-text': 'plain text',
};

/** The whole summary: verdict first, then people, quotes and where it all came from. */
export function SummaryView({
  summary,
  onLocate,
  write,
}: {
  summary: Summary;
  onLocate?: (span: TextSpan) => void;
  write?: WriteClipboard;
}) {
  const list = listOf(summary);
  if (list) {
    // A list quote is found in the page by its text alone (offsets are per review, not per page).
    const locate = onLocate && ((text: string) => onLocate({ text, start: 0, end: text.length }));
    return <ReviewListView summary={summary} list={list} onLocate={locate} write={write} />;
  }
  const v = summary.verdict;
  return (
    <article className="rl-summary" aria-label="Review summary">
      <header className="rl-summary__head">
        <h1 className="rl-title">{summary.title || summary.source.title || 'Untitled page'}</h1>
        {/* "Film review" only on a review: festival news about a film is no film review. */}
        {showsReviews(summary) && summary.review.kind !== 'other' && (
          <span className="rl-kind">{summary.review.kind} review</span>
        )}
      </header>

      <Section id="rl-verdict-h" title="Verdict" className="rl-verdict">
        <div className="rl-verdict__row">
          <VerdictPill verdict={v} language={summary.language} />
          <span className="rl-verdict__basis">
            {v.stated ? (
              <>
                Reviewer's rating: <strong>{v.stated.text}</strong>
              </>
            ) : hasVerdict(v) ? (
              <>Inferred from the text · {Math.round(v.confidence * 100)}% confidence</>
            ) : (
              unreadExplanation(summary)
            )}
          </span>
        </div>
        {v.why.length > 0 && (
          <div className="rl-why">
            <span className="rl-muted">Why: </span>
            {v.why.map((s) =>
              onLocate ? (
                <button key={s.start} type="button" className="rl-link rl-why__item" onClick={() => onLocate(s)}>
                  “{s.text}”
                </button>
              ) : (
                <q key={s.start} className="rl-why__item">
                  {s.text}
                </q>
              ),
            )}
          </div>
        )}
      </Section>

      <Section id="rl-people-h" title="People">
        <PeopleList people={summary.people} markupOnly={!summary.language.supported} />
      </Section>

      <Section id="rl-quotes-h" title="Key quotes">
        {summary.language.supported ? (
          <QuoteList
            quotes={summary.quotes}
            cite={(q) => quoteCitation(q, summary)}
            onLocate={onLocate}
            write={write}
          />
        ) : (
          // The quote models read English only: say why there are none rather than "no quotes found".
          <p className="rl-muted">None: Review Lens picks quotes from English text only.</p>
        )}
      </Section>

      <footer className="rl-section rl-source">
        <p className="rl-muted">
          {[summary.source.reviewer && `By ${summary.source.reviewer}`, summary.source.siteName]
            .filter(Boolean)
            .join(' · ')}
          {summary.source.url && (
            <>
              {' '}
              <a href={summary.source.url} target="_blank" rel="noreferrer" className="rl-url">
                {shortUrl(summary.source.url)}
              </a>
            </>
          )}
        </p>
        <p className="rl-muted rl-small">
          From {EXTRACTION_WORDS[summary.source.extraction]} · {summary.stats.words} words · summarised on this device
        </p>
        <CopyActions summary={summary} write={write} />
      </footer>
    </article>
  );
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname + (u.pathname.length > 1 ? u.pathname : '');
  } catch {
    return url;
  }
}
