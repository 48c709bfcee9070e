import { confidenceNote, LABEL_WORDS, verdictHeadline } from '../lib/format';
import type { Verdict } from '../lib/schema';

/** The verdict at a glance: label, "low confidence" when the model is unsure, and 0–100 score, coloured by
 *  label (colour is never the only cue). */
export function VerdictPill({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  const note = confidenceNote(verdict);
  return (
    <span
      role="img"
      className={`rl-pill rl-pill--${verdict.label}${compact ? ' rl-pill--compact' : ''}`}
      aria-label={`Verdict: ${verdictHeadline(verdict)}, ${verdict.score} out of 100`}
    >
      <span className="rl-pill__label">{LABEL_WORDS[verdict.label]}</span>
      {note ? <span className="rl-pill__note">· {note}</span> : null}
      <span className="rl-pill__score">{verdict.score}</span>
    </span>
  );
}
