// Finds a quote from the summary in the live page and shows it: scrolls to it and highlights it with the
// CSS Custom Highlight API, or selects it where that API is missing. The page's text is never changed.

const HIGHLIGHT_NAME = 'review-lens-quote';
const STYLE_ID = 'review-lens-highlight-style';
/** How long the fallback selection stays, so it does not linger under the user's next click. */
const FALLBACK_SELECTION_MS = 4000;

interface TextIndex {
  text: string;
  /** For each character of `text`, the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

/** Concatenates the page's visible text with whitespace collapsed, remembering where each character lives. */
function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const chars: string[] = [];
  const nodes: Text[] = [];
  const offsets: number[] = [];
  let lastSpace = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const value = n.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i] as string;
      const space = /\s/.test(ch);
      if (space && lastSpace) continue;
      chars.push(space ? ' ' : normaliseChar(ch));
      nodes.push(n);
      offsets.push(i);
      lastSpace = space;
    }
    // Adjacent blocks often have no whitespace between their text nodes.
    if (!lastSpace) {
      chars.push(' ');
      nodes.push(n);
      offsets.push(value.length);
      lastSpace = true;
    }
  }
  return { text: chars.join(''), nodes, offsets };
}

/** Typographic quotes and dashes vary between the page and extracted text; compare them as plain ones. */
function normaliseChar(ch: string): string {
  if (ch === '’' || ch === '‘') return "'";
  if (ch === '“' || ch === '”') return '"';
  return ch;
}

function normalise(text: string): string {
  return [...text.replace(/\s+/g, ' ').trim()].map(normaliseChar).join('');
}

export function findTextRange(doc: Document, quote: string): Range | null {
  if (!doc.body) return null;
  const index = indexText(doc.body);
  const needle = normalise(quote);
  let at = index.text.indexOf(needle);
  if (at < 0) at = index.text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0 || !needle) return null;
  const last = at + needle.length - 1;
  const range = doc.createRange();
  range.setStart(index.nodes[at] as Text, index.offsets[at] as number);
  range.setEnd(index.nodes[last] as Text, (index.offsets[last] as number) + 1);
  return range;
}

export function showRange(doc: Document, range: Range): void {
  const el = range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const win = doc.defaultView;
  const highlights = (win?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined)?.highlights;
  const HighlightCtor = (win as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
  if (highlights && HighlightCtor) {
    ensureHighlightStyle(doc);
    highlights.set(HIGHLIGHT_NAME, new HighlightCtor(range));
    return;
  }
  const selection = win?.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
  win?.setTimeout(() => {
    if (selection.rangeCount && selection.getRangeAt(0) === range) selection.removeAllRanges();
  }, FALLBACK_SELECTION_MS);
}

function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #111; }`;
  (doc.head ?? doc.documentElement).append(style);
}

export function locateAndShow(doc: Document, quote: string): boolean {
  const range = findTextRange(doc, quote);
  if (!range) return false;
  showRange(doc, range);
  return true;
}
