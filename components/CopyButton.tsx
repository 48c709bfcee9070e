import { useEffect, useRef, useState } from 'react';

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
