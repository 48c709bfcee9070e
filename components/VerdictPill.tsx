import { confidenceNote, hasVerdict, LABEL_WORDS, unreadNote, verdictHeadline } from '../lib/format';
import type { Summary, Verdict } from '../lib/schema';

/** The verdict at a glance: label, "low confidence" when the model is unsure, and 0–100 score, coloured by
 *  label (colour is never the only cue). A review in a language the models cannot read gets a neutral pill
 *  that says so, never a made-up label. */
export function VerdictPill({
  verdict,
  language,
  compact = false,
}: {
  verdict: Verdict;
  language: Summary['language'];
  compact?: boolean;
}) {
  const size = compact ? ' rl-pill--compact' : '';
  if (!hasVerdict(verdict)) {
    const note = unreadNote({ language });
    return (
      <span role="img" className={`rl-pill rl-pill--unread${size}`} aria-label={`Verdict: ${note}`}>
        <span className="rl-pill__label">Review</span>
        <span className="rl-pill__note">· {note}</span>
      </span>
    );
  }
  const note = confidenceNote(verdict);
  return (
    <span
      role="img"
      className={`rl-pill rl-pill--${verdict.label}${size}`}
      aria-label={`Verdict: ${verdictHeadline(verdict)}, ${verdict.score} out of 100`}
    >
      <span className="rl-pill__label">{LABEL_WORDS[verdict.label]}</span>
      {note ? <span className="rl-pill__note">· {note}</span> : null}
      <span className="rl-pill__score">{verdict.score}</span>
    </span>
  );
}
