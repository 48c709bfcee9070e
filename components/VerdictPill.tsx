import { LABEL_WORDS as WORDS } from '../lib/format';
import type { Verdict } from '../lib/schema';

/** The verdict at a glance: label and 0–100 score, coloured by label (colour is never the only cue). */
export function VerdictPill({ verdict, compact = false }: { verdict: Verdict; compact?: boolean }) {
  return (
    <span
      role="img"
      className={`rl-pill rl-pill--${verdict.label}${compact ? ' rl-pill--compact' : ''}`}
      aria-label={`Verdict: ${WORDS[verdict.label]}, ${verdict.score} out of 100`}
    >
      <span className="rl-pill__label">{WORDS[verdict.label]}</span>
      <span className="rl-pill__score">{verdict.score}</span>
    </span>
  );
}
