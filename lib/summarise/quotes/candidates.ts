// Turns sentences into quote candidates: each sentence whole, plus the self-contained clauses of a sentence
// ("…; …", "… — …", "…, but …"), so a long or two-sided sentence can still give a verbatim pull quote.
// Every candidate is an exact slice of the article text: start/end are offsets into Article.text.
import type { TextSpan } from '../../schema';
import { wordCount } from './shape';

export interface Candidate extends TextSpan {
  /** Index of the sentence it came from (two candidates of one sentence never both make the set). */
  sentence: number;
  /** True for a clause cut out of a longer sentence. */
  clause: boolean;
  words: number;
  /** Whether the sentence it came from starts with a capital (the text is cased, not lower-cased throughout). */
  casedSource: boolean;
}

const REGEXPS = {
  /** Where a sentence can be cut into clauses that each stand alone. The cut swallows the "but" of ", but",
   *  so the clause after it reads as a statement rather than a rebuttal of something unquoted. A user who writes
   *  in lower case ends sentences the splitter does not see ("the script is a mess. castellane clearly had…"):
   *  a full stop after a word and before a lower-case word cuts too, keeping its stop. */
  cut: /\s*(?:;|\s[—–]\s|—|\s--\s|,\s+but\s+|:\s)\s*|(?<=\p{L}{3}[.!?]+)\s+(?=\p{Ll}{2})/gu,
  upperStart: /^["'“‘(]*\p{Lu}/u,
  /** Trailing punctuation a clause should not end on. */
  trailing: /[\s,;:—–-]+$/,
};

export function candidatesOf(sentences: readonly TextSpan[]): Candidate[] {
  const out: Candidate[] = [];
  sentences.forEach((span, sentence) => {
    const casedSource = REGEXPS.upperStart.test(span.text);
    out.push({ ...span, sentence, clause: false, words: wordCount(span.text), casedSource });
    for (const clause of clausesOf(span)) {
      out.push({ ...clause, sentence, clause: true, words: wordCount(clause.text), casedSource });
    }
  });
  return out;
}

/** The pieces of a sentence between cut points, trimmed, with offsets; none when the sentence has no cut. */
export function clausesOf(span: TextSpan): TextSpan[] {
  const pieces: TextSpan[] = [];
  let from = 0;
  REGEXPS.cut.lastIndex = 0;
  for (let m = REGEXPS.cut.exec(span.text); m; m = REGEXPS.cut.exec(span.text)) {
    if (m[0].length === 0) {
      REGEXPS.cut.lastIndex++;
      continue;
    }
    pushPiece(span, from, m.index, pieces);
    from = m.index + m[0].length;
  }
  if (pieces.length === 0) return [];
  pushPiece(span, from, span.text.length, pieces);
  return pieces;
}

function pushPiece(span: TextSpan, from: number, to: number, out: TextSpan[]): void {
  const raw = span.text.slice(from, to);
  const trimmed = raw.replace(REGEXPS.trailing, '');
  const lead = trimmed.length - trimmed.trimStart().length;
  const text = trimmed.trim();
  if (!text) return;
  const start = span.start + from + lead;
  out.push({ text, start, end: start + text.length });
}
