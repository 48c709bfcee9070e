// The summary of a page of many reviews: how many, how good on average and how spread, what the reviewers
// praise and complain about in their own words. Page text only ever goes in as React text, never as HTML.

import {
  averageIsPageRating,
  averageText,
  averageValue,
  distributionRows,
  isRecommendScale,
  pageRatingWords,
  positiveShare,
  recommendPercent,
  reviewCount,
  type VerdictShares,
  verdictShares,
} from '../lib/list-figures';
import type { ListAspect, ReviewList, Summary } from '../lib/schema';
import { CopyActions, type WriteClipboard } from './CopyButton';
import { Section } from './Section';

const SIDES = [
  ['positive', 'positive'],
  ['mixed', 'mixed'],
  ['negative', 'negative'],
] as const;

export function ReviewListView({
  summary,
  list,
  onLocate,
  write,
}: {
  summary: Summary;
  list: ReviewList;
  /** Scrolls the page to a quote and highlights it; absent where there is no page (a selection's summary). */
  onLocate?: (text: string) => void;
  write?: WriteClipboard;
}) {
  return (
    <article className="rl-summary rl-list" aria-label="Review list summary">
      <header className="rl-summary__head">
        <h1 className="rl-title">{summary.title || summary.source.title || 'Untitled page'}</h1>
        <span className="rl-kind rl-list__count">
          {reviewCount(list.count)}
          {summary.review.kind !== 'other' && (
            <>
              {' · '}
              <span className="rl-list__kind">{summary.review.kind}</span>
            </>
          )}
        </span>
      </header>

      <Section id="rl-overall-h" title="Overall" className="rl-list__overview">
        {list.averageRating && <Average list={list} />}
        <ShareBar list={list} />
      </Section>

      <AspectSection id="rl-praise-h" title="Praised" side="positive" aspects={list.praise} onLocate={onLocate} />
      <AspectSection
        id="rl-complaints-h"
        title="Complaints"
        side="negative"
        aspects={list.complaints}
        onLocate={onLocate}
      />

      <footer className="rl-section rl-source">
        <p className="rl-muted rl-small">
          {[summary.source.siteName, `${reviewCount(list.count)} read`, 'summarised on this device']
            .filter(Boolean)
            .join(' · ')}
        </p>
        <CopyActions summary={summary} write={write} />
      </footer>
    </article>
  );
}

/** The average on the page's own scale beside a histogram of the ratings, best first. */
function Average({ list }: { list: ReviewList }) {
  const avg = list.averageRating;
  if (!avg) return null;
  const rows = distributionRows(list);
  const page = pageRatingWords(list);
  const most = Math.max(1, ...rows.map(([, n]) => n));
  const rated = rows.reduce((a, [, n]) => a + n, 0);
  const thumbs = isRecommendScale(list);
  const star = avg.best === 5 ? '★' : '';
  // A row's name for screen readers: "4★: 3 reviews", "7 of 10: 3 reviews", "Recommended: 3 reviews".
  const rowName = (rating: string) => (thumbs ? rating : `${rating}${star || ` of ${avg.best}`}`);
  return (
    <>
      <div className="rl-list__average">
        <div className="rl-list__mean">
          <span
            className="rl-list__mean-value"
            role="img"
            aria-label={
              thumbs
                ? `${averageText(list)} of the rated reviews`
                : `${averageIsPageRating(list) ? "The page's rating" : 'Average rating'} ${averageValue(avg.value, avg.best)} out of ${avg.best}`
            }
          >
            {thumbs ? `${recommendPercent(list)}%` : averageText(list)}
          </span>
          <span className="rl-muted rl-small">
            {thumbs ? 'recommend' : `out of ${avg.best}`}
            {rated > 0 && ` · ${reviewCount(rated)} rated`}
            {averageIsPageRating(list) && " · the page's rating"}
          </span>
        </div>
        {rows.length > 0 && rows.length <= 10 && (
          <ul className={`rl-histogram${thumbs ? ' rl-histogram--thumbs' : ''}`} aria-label="Ratings">
            {rows.map(([rating, n]) => (
              <li key={rating} className="rl-histogram__row" aria-label={`${rowName(rating)}: ${reviewCount(n)}`}>
                <span className="rl-histogram__label" aria-hidden="true">
                  {rating}
                  {!thumbs && star}
                </span>
                <span className="rl-histogram__track" aria-hidden="true">
                  <span className="rl-histogram__bar" style={{ width: `${(100 * n) / most}%` }} />
                </span>
                <span className="rl-histogram__count" aria-hidden="true">
                  {n}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {page && <p className="rl-muted rl-small rl-list__page-rating">The page's own rating: {page}</p>}
    </>
  );
}

/** Positive / mixed / negative as one bar, with the shares written out (colour is never the only cue). */
function ShareBar({ list }: { list: ReviewList }) {
  const total = list.verdicts.positive + list.verdicts.mixed + list.verdicts.negative;
  if (total === 0) return null;
  const shares = verdictShares(list);
  const pct = (key: keyof VerdictShares) => shares[key];
  const words = SIDES.map(([key, word]) => `${pct(key)}% ${word}`).join(' · ');
  return (
    <div className="rl-share">
      <div className="rl-share__bar" role="img" aria-label={`Reviews: ${words}`}>
        {SIDES.map(([key]) =>
          list.verdicts[key] > 0 ? (
            <span
              key={key}
              className={`rl-share__part rl-share__part--${key}`}
              style={{ width: `${(100 * list.verdicts[key]) / total}%` }}
            />
          ) : null,
        )}
      </div>
      <p className="rl-share__legend rl-small">
        <strong>{positiveShare(list)}% positive</strong>
        {SIDES.slice(1).map(([key, word]) => (
          <span key={key} className="rl-muted">
            {' · '}
            {pct(key)}% {word}
          </span>
        ))}
      </p>
    </div>
  );
}

function AspectSection({
  id,
  title,
  side,
  aspects,
  onLocate,
}: {
  id: string;
  title: string;
  side: 'positive' | 'negative';
  aspects: ListAspect[];
  onLocate?: (text: string) => void;
}) {
  return (
    <Section id={id} title={title}>
      {aspects.length === 0 ? (
        <p className="rl-muted rl-small">
          {side === 'positive' ? 'No shared praise found.' : 'No shared complaints found.'}
        </p>
      ) : (
        <ul className="rl-aspects">
          {aspects.map((a) => (
            <li key={a.aspect} className={`rl-aspect rl-aspect--${side}`}>
              <div className="rl-aspect__head">
                <span className="rl-aspect__name">{a.aspect}</span>
                <span className="rl-muted rl-small">{reviewCount(a.count)}</span>
              </div>
              {onLocate ? (
                <button
                  type="button"
                  className="rl-link rl-aspect__quote"
                  title="Show this review in the page"
                  onClick={() => onLocate(a.quote.text)}
                >
                  “{a.quote.text}”
                </button>
              ) : (
                <blockquote className="rl-aspect__quote">“{a.quote.text}”</blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
