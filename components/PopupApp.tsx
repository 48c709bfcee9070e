import { useCallback, useEffect, useState } from 'react';
import { doubtNote, languageName, possiblyReview, showsReviews } from '../lib/format';
import type { SummaryResponse } from '../lib/messages';
import type { Summary, TextSpan } from '../lib/schema';
import { applySiteOverride } from '../lib/site';
import type { WriteClipboard } from './CopyButton';
import { type SiteMarkApi, SiteMarkControl, useSiteMark } from './SiteMark';
import { SummaryView } from './SummaryView';

/** What the popup needs from the browser; injected so the component can be tested without one. The site mark
 *  ("review" / "not a review") comes from SiteMarkApi. */
export interface PopupApi extends SiteMarkApi {
  /** `restricted`: the browser does not let extensions read this tab (browser pages, web store, PDFs). */
  getSummary(fresh: boolean): Promise<SummaryResponse | { restricted: true }>;
  locate(text: string): Promise<boolean>;
  /** Adds the tab's site to the silent list; resolves to the hostname, or null when there is none. */
  silenceSite?(): Promise<string | null>;
  openSettings?(): void;
  write?: WriteClipboard;
}

export const SUMMARY_SHOWN_MARK = 'review-lens:summary-shown';

type State =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'failed'; response: Extract<SummaryResponse, { ok: false }> }
  | { kind: 'done'; summary: Summary; forced: boolean };

export function PopupApp({ api }: { api: PopupApi }) {
  const [fetched, setState] = useState<State>({ kind: 'loading' });
  const { mark, onMark } = useSiteMark(api);
  // The summary as the user sees it: their word on the site decides whether this is a review.
  const state: State =
    fetched.kind === 'done'
      ? { ...fetched, summary: applySiteOverride(fetched.summary, mark?.override ?? null) }
      : fetched;
  const [locateMiss, setLocateMiss] = useState(false);
  const [silenced, setSilenced] = useState<string | null>(null);

  const load = useCallback(
    async (fresh: boolean) => {
      setState({ kind: 'loading' });
      try {
        const r = await api.getSummary(fresh);
        if ('restricted' in r) setState({ kind: 'restricted' });
        else if (r.ok) setState({ kind: 'done', summary: r.summary, forced: false });
        else setState({ kind: 'failed', response: r });
      } catch (err) {
        setState({
          kind: 'failed',
          response: { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) },
        });
      }
    },
    [api],
  );

  useEffect(() => {
    void load(false);
  }, [load]);

  // A page the detector doubts, summarised unasked unless the user has said the site is not one of reviews.
  const unsure = state.kind === 'done' && possiblyReview(state.summary) && mark?.override !== 'not-review';
  const summarised = state.kind === 'done' && (showsReviews(state.summary) || state.forced || unsure);
  // Also on a page summarised anyway: the same caveat the copied text carries.
  const doubt = state.kind === 'done' ? doubtNote(state.summary) : null;

  // A timeline mark for `npm run bench` (popup open → summary on screen); costs nothing otherwise.
  useEffect(() => {
    if (state.kind === 'done') performance.mark(SUMMARY_SHOWN_MARK);
  }, [state.kind]);

  const onLocate = async (span: TextSpan) => {
    setLocateMiss(!(await api.locate(span.text).catch(() => false)));
  };

  return (
    <main className="rl-root rl-popup">
      <div className="rl-topbar">
        <span className="rl-brand" aria-hidden="true">
          Review Lens
        </span>
        {api.openSettings && (
          <button type="button" className="rl-link rl-muted rl-small" onClick={() => api.openSettings?.()}>
            Settings
          </button>
        )}
      </div>
      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p className="rl-status">Reading the review…</p>}
        {state.kind === 'restricted' && (
          <div className="rl-status" role="status">
            <h1 className="rl-title">Extensions can't read this page</h1>
            <p className="rl-muted">
              Browser pages, the extension store, PDFs and other special pages are off limits to every extension. Open a
              review on a website and click Review Lens again.
            </p>
          </div>
        )}
        {state.kind === 'failed' && <Failure response={state.response} onRetry={() => load(true)} />}
        {state.kind === 'done' && !summarised && (
          <div className="rl-status" role="status">
            <h1 className="rl-title">This page doesn't look like a review</h1>
            <p className="rl-muted">
              Review Lens summarises reviews of films, games, books, albums, products and restaurants. You can still
              summarise this page, but the verdict may not mean much.
            </p>
            <button
              type="button"
              className="rl-button rl-button--primary"
              onClick={() => setState((s) => (s.kind === 'done' ? { ...s, forced: true } : s))}
            >
              Summarise anyway
            </button>
          </div>
        )}
        {state.kind === 'done' && summarised && (
          <>
            {doubt && (
              <p className="rl-doubt" role="note">
                {doubt}
              </p>
            )}
            <SummaryView summary={state.summary} onLocate={onLocate} write={api.write} />
            {locateMiss && (
              <p className="rl-muted rl-small" role="status">
                That sentence is no longer on the page.
              </p>
            )}
            {api.silenceSite && (
              <p className="rl-small">
                {silenced ? (
                  <span className="rl-muted" role="status">
                    No more badges on {silenced}.
                  </span>
                ) : (
                  <button
                    type="button"
                    className="rl-link rl-muted"
                    onClick={async () => setSilenced((await api.silenceSite?.()) ?? null)}
                  >
                    Don't show badges on this site
                  </button>
                )}
              </p>
            )}
          </>
        )}
        {fetched.kind === 'done' && mark && api.markSite && (
          <SiteMarkControl mark={mark} detectedReview={showsReviews(fetched.summary)} onMark={onMark} />
        )}
      </div>
    </main>
  );
}

function Failure({ response, onRetry }: { response: Extract<SummaryResponse, { ok: false }>; onRetry: () => void }) {
  if (response.reason === 'unsupported-language') {
    const name = languageName(response.language ?? '');
    return (
      <div className="rl-status" role="status">
        <h1 className="rl-title">This page is in {name}</h1>
        <p className="rl-muted">{response.message}</p>
      </div>
    );
  }
  if (response.reason === 'no-article') {
    return (
      <div className="rl-status" role="status">
        <h1 className="rl-title">No article on this page</h1>
        <p className="rl-muted">{response.message} Open the review itself (not a list or a home page) and try again.</p>
      </div>
    );
  }
  return (
    <div className="rl-status" role="alert">
      <h1 className="rl-title">Something went wrong</h1>
      <p className="rl-muted">{response.message}</p>
      <button type="button" className="rl-button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
