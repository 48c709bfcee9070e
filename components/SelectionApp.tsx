// The summary of the text the user selected ("Summarise selection" in the context menu): one review or a list
// of many, shown with the popup's views. The user asked for it, so it is shown whether or not the text reads
// like a review.
import { useEffect, useState } from 'react';
import type { SummaryResponse } from '../lib/messages';
import type { TextSpan } from '../lib/schema';
import type { WriteClipboard } from './CopyButton';
import { SummaryView } from './SummaryView';

export interface SelectionApi {
  getSummary(): Promise<SummaryResponse>;
  /** Finds a quote in the page the text was selected in; absent when that page can't be reached. */
  locate?(text: string): Promise<boolean>;
  write?: WriteClipboard;
}

type State = { kind: 'loading' } | { kind: 'done'; response: SummaryResponse };

export function SelectionApp({ api }: { api: SelectionApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [locateMiss, setLocateMiss] = useState(false);
  useEffect(() => {
    api.getSummary().then(
      (response) => setState({ kind: 'done', response }),
      (err) => setState({ kind: 'done', response: { ok: false, reason: 'error', message: String(err) } }),
    );
  }, [api]);
  const locate = api.locate;
  const onLocate = locate
    ? async (span: TextSpan) => setLocateMiss(!(await locate(span.text).catch(() => false)))
    : undefined;
  return (
    <main className="rl-root rl-popup">
      <div className="rl-topbar">
        <span className="rl-brand">Review Lens · your selection</span>
      </div>
      <div aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p className="rl-status">Reading the selection…</p>}
        {state.kind === 'done' && !state.response.ok && (
          <div className="rl-status" role="status">
            <h1 className="rl-title">Nothing to summarise</h1>
            <p className="rl-muted">{state.response.message}</p>
          </div>
        )}
        {state.kind === 'done' && state.response.ok && (
          <>
            <SummaryView summary={state.response.summary} onLocate={onLocate} write={api.write} />
            {locateMiss && (
              <p className="rl-muted rl-small" role="status">
                That text is no longer on the page.
              </p>
            )}
          </>
        )}
      </div>
    </main>
  );
}
