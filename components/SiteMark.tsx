import { useEffect, useState } from 'react';
import type { SiteOverride } from '../lib/site';

/** The tab's site as the settings name it, and the user's word on it (null: not marked). */
export interface SiteMark {
  site: string;
  override: SiteOverride | null;
}

/** What the user said the site's pages are. */
const MARKED_AS: Record<SiteOverride, string> = { review: 'reviews', 'not-review': 'not reviews' };

/** The part of the popup's api that reads and records the user's word on the tab's site. */
export interface SiteMarkApi {
  /** The tab's site and the user's word on it; null when the tab has no site. */
  siteMark?(): Promise<SiteMark | null>;
  /** Records the user's word on the tab's site (null forgets it); the page's badge follows at once. */
  markSite?(override: SiteOverride | null): Promise<void>;
}

/** The tab's site mark, loaded once, and the way to change it. */
export function useSiteMark(api: SiteMarkApi) {
  const [mark, setMark] = useState<SiteMark | null>(null);
  useEffect(() => {
    api.siteMark?.().then(setMark, () => setMark(null));
  }, [api]);
  const onMark = async (override: SiteOverride | null) => {
    if (!mark) return;
    await api.markSite?.(override);
    setMark({ ...mark, override });
  };
  return { mark, onMark };
}

/** One click to overrule the detector for a whole site, and the note (with an undo) once the user has. */
export function SiteMarkControl({
  mark,
  detectedReview,
  onMark,
}: {
  mark: SiteMark;
  /** What the detector said about this page, before the override. */
  detectedReview: boolean;
  onMark: (override: SiteOverride | null) => void;
}) {
  if (mark.override !== null) {
    return (
      <p className="rl-small" role="status">
        <span className="rl-muted">
          You marked the pages of {mark.site} as {MARKED_AS[mark.override]}.{' '}
        </span>
        <button type="button" className="rl-link rl-muted" onClick={() => onMark(null)}>
          Undo
        </button>
      </p>
    );
  }
  const next: SiteOverride = detectedReview ? 'not-review' : 'review';
  return (
    <p className="rl-small">
      <button
        type="button"
        className="rl-link rl-muted"
        onClick={() => onMark(next)}
        title={`Mark every page of ${mark.site} as ${MARKED_AS[next]}; undo here or in the settings`}
      >
        {detectedReview ? 'Not a review' : 'This is a review'}
      </button>
    </p>
  );
}
