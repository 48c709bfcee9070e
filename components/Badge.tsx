import { useState } from 'react';
import { quoteCitation, toPlainText } from '../lib/format';
import type { Summary } from '../lib/schema';
import { CopyButton } from './CopyButton';
import { VerdictPill } from './VerdictPill';

/** The inline verdict badge beside a review's headline; opens a small card with the top quote. */
export function Badge({
  summary,
  onLocate,
  onDismiss,
}: {
  summary: Summary;
  onLocate: (text: string) => void;
  onDismiss: () => void;
}) {
  const [open, setOpen] = useState(false);
  const top = summary.quotes[0];
  const v = summary.verdict;
  return (
    <div className="rl-root rl-badge">
      <div className="rl-badge__bar">
        <button
          type="button"
          className="rl-badge__toggle"
          aria-expanded={open}
          aria-controls="rl-card"
          onClick={() => setOpen(!open)}
          aria-label={`Review Lens verdict: ${v.label}, ${v.score} out of 100`}
        >
          <span className="rl-badge__brand">Review Lens</span>
          <VerdictPill verdict={v} compact />
        </button>
        <button type="button" className="rl-badge__close" aria-label="Hide the Review Lens badge" onClick={onDismiss}>
          ×
        </button>
      </div>
      {open && (
        <div id="rl-card" className="rl-badge__card" role="dialog" aria-label="Review Lens summary">
          <p className="rl-small rl-muted">
            {v.stated
              ? `Reviewer's rating: ${v.stated.text}`
              : `Inferred from the text · ${Math.round(v.confidence * 100)}% confidence`}
          </p>
          {top && (
            <button type="button" className="rl-link rl-badge__quote" onClick={() => onLocate(top.text)}>
              “{top.text}”
            </button>
          )}
          <div className="rl-actions">
            <CopyButton label="Copy summary" getText={() => toPlainText(summary)} />
            {top && <CopyButton label="Copy quote" getText={() => quoteCitation(top, summary)} />}
          </div>
        </div>
      )}
    </div>
  );
}
