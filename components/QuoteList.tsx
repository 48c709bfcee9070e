import type { Quote } from '../lib/schema';
import { CopyButton, type WriteClipboard } from './CopyButton';

/** Key quotes; each one can be shown in the page (onLocate) and copied with its attribution. */
export function QuoteList({
  quotes,
  cite,
  onLocate,
  write,
}: {
  quotes: Quote[];
  cite: (q: Quote) => string;
  onLocate?: (q: Quote) => void;
  write?: WriteClipboard;
}) {
  if (quotes.length === 0) return <p className="rl-muted">No quotable sentences found.</p>;
  return (
    <ol className="rl-quotes">
      {quotes.map((q) => (
        <li key={q.start} className="rl-quote">
          {onLocate ? (
            <button type="button" className="rl-quote__text rl-link" onClick={() => onLocate(q)} title="Show in page">
              “{q.text}”
            </button>
          ) : (
            <blockquote className="rl-quote__text">“{q.text}”</blockquote>
          )}
          <CopyButton label="Copy quote" className="rl-button rl-button--small" getText={() => cite(q)} write={write} />
        </li>
      ))}
    </ol>
  );
}
