// The reviewer is the author of the page, not a person in the review: find their name (byline, structured
// author, the critic's sign-off) and where the sign-off starts, so nothing after it is read as review text.
import type { Article } from '../../schema';
import { bylineName, textBylineName } from './byline';
import { NAME_RUN, nameEndingAt, nameKey } from './names';

/** A sign-off sits in the last few lines ("Copyright 1997 James Berardinelli", then a film quote). */
const SIGN_OFF_SEARCH_LINES = 5;

const REGEXPS = {
  // "All rights reserved" anywhere in the line; the rest where the line starts. (Written as one anchored
  // alternative after ^\s*, "all rights reserved" made a long line of spaces and tabs quadratic.)
  signOff:
    /^\s*(?:©|\(c\)|copyright\b|reviewed by\b|review by\b|visit\b.*(?:\bmoviepage\b|\bscreening room\b|https?:\/\/|www\.))|\ball rights reserved\b/iu,
  // "Written by" names the reviewer only as a byline line of its own; in review prose ("written and directed
  // by", "the script, written by") it credits the film's writer.
  reviewedBy: new RegExp(String.raw`(?:\b[Rr]eviewed|\b[Rr]eview|^[^\S\n]*[Ww]ritten)\s+by\s+(${NAME_RUN})`, 'gmu'),
  // No "i" flag wherever NAME_RUN is used: it relies on upper/lower case to find names.
  copyrightName: new RegExp(
    String.raw`(?:©|\([cC]\)|[cC]opyright|COPYRIGHT)\s*(?:\d{4}\s+)?(?:by\s+)?(${NAME_RUN})`,
    'gu',
  ),
  allCapsName: /\b[Aa][Ll][Ll] [Rr][Ii][Gg][Hh][Tt][Ss] [Rr][Ee][Ss][Ee][Rr][Vv][Ee][Dd]\s+([\p{Lu} .'-]{4,40})$/u,
  /** "Jane Doe's Movie Reviews": the marker after the owner's name (the name itself: nameEndingAt). */
  possessiveOwner: /['’]s\s+(?:MoviePage|[Mm]ovie [Rr]eviews|[Rr]eviews)\b/g,
  nameColonReviews: new RegExp(String.raw`^(${NAME_RUN}):\s*[Mm]ovie [Rr]eviews`, 'u'),
  /** A blog's sign-off: "Rob Thomas — 1/17/2008 10:58 am". */
  nameDate: new RegExp(String.raw`^\s*(${NAME_RUN})\s*[—–-]+\s*\d{1,2}/\d{1,2}/\d{2,4}`, 'u'),
};

/** Cheap tests that a line may hold what each name pattern above needs. A pattern with NAME_RUN (Unicode
 *  letter classes) costs a few milliseconds to compile on first use, which a fresh service worker pays on
 *  the way to the first badge; most reviews have no sign-off, so the gate usually spares all of them
 *  (the time saved: lib/summarise/data/README.md). Each gate matches everything its
 *  pattern matches. */
const GATES = {
  reviewedBy: /\b(?:reviewed|review|written)\s+by\s/i,
  copyrightName: /©|\(c\)|copyright/i,
  possessiveOwner: /moviepage|reviews/i,
  nameColonReviews: /movie reviews/i,
  nameDate: /\d\/\d/,
};

export interface ReviewerInfo {
  /** nameKey() of every way the reviewer is named. */
  keys: Set<string>;
  /** Surnames of the reviewer ("On the Renshaw scale"). */
  surnames: Set<string>;
  /** Offset where the sign-off starts; text from here on is not review text. */
  signOffStart: number;
}

/** "Written by Jane Doe. Directed by John Roe. Design by …": a production's credits at the foot of a theatre or
 *  film review start like a byline line, but credit more people "by" on the same line. */
function inCreditsLine(text: string, m: RegExpMatchArray): boolean {
  if (!/^\s*[Ww]ritten/u.test(m[0])) return false;
  const after = (m.index ?? 0) + m[0].length;
  const lineEnd = text.indexOf('\n', after);
  return /\bby\b/iu.test(text.slice(after, lineEnd < 0 ? text.length : lineEnd));
}

export function findReviewer(article: Article): ReviewerInfo {
  const names: string[] = [];
  const byline = bylineName(article.byline);
  if (byline) names.push(byline);
  if (article.structured?.author) names.push(article.structured.author);
  const printed = textBylineName(article.text);
  if (printed) names.push(printed);
  if (GATES.reviewedBy.test(article.text))
    for (const m of article.text.matchAll(REGEXPS.reviewedBy))
      if (m[1] && !inCreditsLine(article.text, m)) names.push(m[1]);
  const lines = article.text.split('\n');
  const starts: number[] = [];
  let pos = 0;
  for (const line of lines) {
    starts.push(pos);
    pos += line.length + 1;
  }
  let signOffStart = article.text.length;
  for (let i = Math.max(0, lines.length - SIGN_OFF_SEARCH_LINES); i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!REGEXPS.signOff.test(line) && !nameColonReviews(line) && !nameDate(line)) continue;
    signOffStart = Math.min(signOffStart, starts[i] ?? signOffStart);
  }
  for (const line of lines.slice(-SIGN_OFF_SEARCH_LINES)) names.push(...signOffNames(line));
  const keys = new Set(names.map(nameKey).filter(Boolean));
  const surnames = new Set([...keys].map((k) => k.split(' ').at(-1) ?? k));
  return { keys, surnames, signOffStart };
}

function signOffNames(line: string): string[] {
  const out: string[] = [];
  if (GATES.copyrightName.test(line)) for (const m of line.matchAll(REGEXPS.copyrightName)) if (m[1]) out.push(m[1]);
  if (GATES.possessiveOwner.test(line))
    for (const m of line.matchAll(REGEXPS.possessiveOwner)) {
      const owner = nameEndingAt(line, m.index as number);
      if (owner) out.push(line.slice(owner.start, owner.end));
    }
  const colon = nameColonReviews(line) ?? nameDate(line);
  if (colon) out.push(colon);
  const caps = REGEXPS.allCapsName.exec(line.trim())?.[1];
  if (caps)
    out.push(
      caps
        .trim()
        .toLowerCase()
        .replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
    );
  return out;
}

/** "Name: Movie Reviews" (a site's sign-off line): the name, or undefined. */
function nameColonReviews(line: string): string | undefined {
  return GATES.nameColonReviews.test(line) ? REGEXPS.nameColonReviews.exec(line)?.[1] : undefined;
}

/** "Rob Thomas — 1/17/2008 10:58 am" (a blog's sign-off): the name, or undefined. */
function nameDate(line: string): string | undefined {
  return GATES.nameDate.test(line) ? REGEXPS.nameDate.exec(line)?.[1] : undefined;
}
