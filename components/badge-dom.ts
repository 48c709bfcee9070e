// Small plain-DOM builders for the badge's views (no React on the badge's critical path; see badge-view.ts).
// Page text only ever goes in through text nodes and attributes, never as HTML.

/** How long "Copied" stays on a copy button before it reads its label again (as in the popup). */
const COPY_CONFIRM_MS = 1800;

export type Attrs = Record<string, string>;

/** An element with attributes and children; strings become text nodes. */
export function el(doc: Document, tag: string, attrs: Attrs = {}, ...children: (Node | string)[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A button that copies `getText()` and says on screen (and to screen readers) whether it worked. */
export function copyButton(
  doc: Document,
  label: string,
  getText: () => string,
  write: ((text: string) => Promise<void>) | undefined,
): HTMLElement {
  const button = el(doc, 'button', { type: 'button', class: 'rl-button', 'aria-live': 'polite' }, label);
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    const writer = write ?? ((text: string) => navigator.clipboard.writeText(text));
    try {
      await writer(getText());
      button.textContent = 'Copied ✓';
    } catch {
      button.textContent = "Couldn't copy";
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      button.textContent = label;
    }, COPY_CONFIRM_MS);
  });
  return button;
}
