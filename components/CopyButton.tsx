import { useEffect, useRef, useState } from 'react';
import { toMarkdown, toPlainText } from '../lib/format';
import type { Summary } from '../lib/schema';

/** How long "Copied" stays on the button before it reads its label again. */
const CONFIRM_MS = 1800;

export type WriteClipboard = (text: string) => Promise<void>;

export const writeClipboard: WriteClipboard = (text) => navigator.clipboard.writeText(text);

/** A button that copies `getText()` and confirms on screen (and to screen readers) that it did. */
export function CopyButton({
  label,
  getText,
  write = writeClipboard,
  className = 'rl-button',
  title,
}: {
  label: string;
  getText: () => string;
  write?: WriteClipboard;
  className?: string;
  title?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onClick = async () => {
    try {
      await write(getText());
      setState('copied');
    } catch {
      setState('failed');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), CONFIRM_MS);
  };
  const text = state === 'copied' ? 'Copied ✓' : state === 'failed' ? "Couldn't copy" : label;
  return (
    <button type="button" className={className} onClick={onClick} title={title} aria-live="polite">
      {text}
    </button>
  );
}

/** The two ways to copy a summary (single review or list), side by side at the foot of a view. */
export function CopyActions({ summary, write }: { summary: Summary; write?: WriteClipboard }) {
  return (
    <div className="rl-actions">
      <CopyButton label="Copy summary" getText={() => toPlainText(summary)} write={write} />
      <CopyButton label="Copy as Markdown" getText={() => toMarkdown(summary)} write={write} />
    </div>
  );
}
