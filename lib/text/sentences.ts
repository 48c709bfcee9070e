// Sentence splitting with character offsets, so every quote or "why" sentence can be traced back to the
// exact span of the article it came from (and highlighted in the page).
import type { TextSpan } from '../schema';

/** Abbreviations that end with a full stop but do not end a sentence. Lower-case, without the stop. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'prof',
  'mt',
  'no',
  'vol',
  'ft',
  'inc',
  'ltd',
  'co',
  'corp',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'rev',
  'e.g',
  'i.e',
  'approx',
  'min',
  'hr',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'op',
  'ed',
  'dept',
]);

/** Characters before a candidate boundary that decide it: the word that ends there, with room to spare. */
const BOUNDARY_CONTEXT_CHARS = 64;

const REGEXPS = {
  // A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace.
  boundary: /[.!?…]+["'”’)\]]*\s+/g,
  wordBefore: /([\p{L}.]+)[.!?…]+["'”’)\]]*\s+$/u,
  nextStartsSentence: /^["'“‘([]*[\p{Lu}\d]/u,
};

/** Splits one paragraph-per-line text into sentences; never crosses a line break. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    splitLine(line, lineStart, spans);
    lineStart += line.length + 1;
  }
  return spans;
}

function splitLine(line: string, offset: number, out: TextSpan[]): void {
  let start = 0;
  REGEXPS.boundary.lastIndex = 0;
  for (let m = REGEXPS.boundary.exec(line); m; m = REGEXPS.boundary.exec(line)) {
    const end = m.index + m[0].length;
    // Only the tail before the boundary matters (the word that ends there): reading all the text since the
    // last real boundary made a long run of initials ("J. R. R. …") quadratic.
    if (!isRealBoundary(line.slice(Math.max(start, end - BOUNDARY_CONTEXT_CHARS), end), line.slice(end))) continue;
    push(line, offset, start, end, out);
    start = end;
  }
  push(line, offset, start, line.length, out);
}

function isRealBoundary(before: string, after: string): boolean {
  if (!REGEXPS.nextStartsSentence.test(after)) return false;
  const word = REGEXPS.wordBefore.exec(before)?.[1];
  if (!word) return true;
  const bare = word.replace(/\.$/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // Initials such as "J." in "Michael J. Fox" or "U.S." are not sentence ends.
  if (/^\p{Lu}$/u.test(word.replace(/\.$/, ''))) return false;
  return true;
}

function push(line: string, offset: number, from: number, to: number, out: TextSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(line[s] ?? '')) s++;
  while (e > s && /\s/.test(line[e - 1] ?? '')) e--;
  if (e > s) out.push({ text: line.slice(s, e), start: offset + s, end: offset + e });
}

/** Splits text into paragraphs (non-empty lines) with offsets. */
export function splitParagraphs(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    push(line, pos, 0, line.length, out);
    pos += line.length + 1;
  }
  return out;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
}
