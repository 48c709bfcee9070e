// Credit blocks: "Cast: … Director: … Music: …" lines (Berardinelli, Renshaw, film pages) and the
// parenthesised "TITLE (director: …; cast: Richard Gere (Will Keane), …)" header (Schwartz). A block names every
// credited person with their role, and cast lists often pair each actor with the character they play.
import type { PersonRole } from '../../schema';
import { alternation, CUES } from './cues';
import { cleanName, looksLikeName, REGEXPS as NAME_REGEXPS, surnameOf } from './names';

export interface Credit {
  name: string;
  role: PersonRole;
  character: string | null;
  /** Position in the block: the first-billed cast and the director come first. */
  order: number;
}

export interface CreditsBlock {
  /** Character offsets of the block's line in the text. */
  start: number;
  end: number;
  credits: Credit[];
}

/** Two labels make a line a credit block; one is enough when the line starts with it ("Director: Jane Campion"). */
const MIN_LABELS_MID_LINE = 2;
/** Credited names are short; a longer "item" is prose that slipped between labels. */
const MAX_NAME_WORDS = 5;

const PERSON_LABEL = alternation(Object.keys(CUES.creditLabels));
const ANY_LABEL = `(?:${PERSON_LABEL})(?:\\s*/\\s*(?:${PERSON_LABEL}))*|${alternation(CUES.stopLabels)}`;

const REGEXPS = {
  label: new RegExp(String.raw`(?<=^|[\s(;.,])(${ANY_LABEL})\s*:`, 'giu'),
  startsWithLabel: new RegExp(String.raw`^\W{0,3}(?:${PERSON_LABEL})(?:\s*/\s*(?:${PERSON_LABEL}))*\s*:`, 'iu'),
  /** Credit fields end where an un-coloned trailer starts ("Music: David Newman Released by Fox"). */
  trailer: /\s(?:released|reviewed|distributed)\s+by\b.*$/isu,
  source: new RegExp(String.raw`(?:^|[\s,;/])(?:${alternation(CUES.sourceMarkers)})\s(.*)$`, 'iu'),
  sourceIsScript: /\b(?:screenplay|script|(?<!short )story|teleplay)\b/iu,
  by: /\bby\s+(.*)$/isu,
  itemWithCharacter: /^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/u,
  quoted: /["“”]/u,
  leadingJunk: /^[\s(,;:.&-]+|^and\s+/iu,
  trailingStop: /(?<!\b\p{Lu})\.$/u,
  andSeparator: /\s+(?:and|&)\s+/giu,
  slash: /\//u,
  leadingArticle: /^(?:The|A|An)\s/u,
  commaSuffix: /,\s*((?:Jr|Sr)\.?)(?=[\s,;)]|$)/gu,
  wordBeforeStop: /(\p{L}+)\)?\.$/u,
};

/** Abbreviations that end with a full stop inside a name ("Mr. Bauer", "Robert Downey Jr."). */
const NAME_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'fr', 'jr', 'sr', 'mme', 'capt', 'sgt', 'lt']);

/** Every credit block in a paragraph-per-line text. */
export function findCreditsBlocks(text: string): CreditsBlock[] {
  const blocks: CreditsBlock[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const credits = parseCreditsLine(line);
    if (credits.length > 0) blocks.push({ start: offset, end: offset + line.length, credits });
    offset += line.length + 1;
  }
  return blocks;
}

/** The credits one line holds, or none when the line is not a credit block. */
export function parseCreditsLine(line: string): Credit[] {
  const labels = [...line.matchAll(REGEXPS.label)];
  const personLabels = labels.filter((m) => roleOfLabel(m[1] ?? '') !== null);
  if (personLabels.length === 0) return [];
  if (labels.length < MIN_LABELS_MID_LINE && !REGEXPS.startsWithLabel.test(line)) return [];
  const credits: Credit[] = [];
  labels.forEach((m, i) => {
    const role = roleOfLabel(m[1] ?? '');
    if (!role) return;
    const from = (m.index ?? 0) + m[0].length;
    const to = labels[i + 1]?.index ?? line.length;
    for (const c of parseField(line.slice(from, to), role)) credits.push({ ...c, order: credits.length });
  });
  return expandSurnames(credits);
}

/** "based on a story by Beatty" in a header that credits Warren Beatty: the surname is the full name. */
function expandSurnames(credits: Credit[]): Credit[] {
  const full = credits.filter((c) => c.name.includes(' '));
  return credits.map((c) => {
    if (c.name.includes(' ')) return c;
    const match = full.find((f) => surnameOf(f.name) === c.name.toLowerCase());
    return match ? { ...c, name: match.name } : c;
  });
}

function roleOfLabel(label: string): PersonRole | null {
  // "director/writer/editor": the first credit is the one the critic leads with.
  const first = label.toLowerCase().split(REGEXPS.slash)[0]?.trim().replace(/\s+/g, ' ') ?? '';
  return CUES.creditLabels[first] ?? null;
}

function parseField(rawValue: string, role: PersonRole): Omit<Credit, 'order'>[] {
  const value = rawValue.replace(REGEXPS.trailer, '');
  const source = role === 'writer' || role === 'director' ? REGEXPS.source.exec(value) : null;
  const own = source ? value.slice(0, source.index) : value;
  const out = splitItems(own).flatMap((item) => parseItem(item, role));
  if (source?.[1]) out.push(...parseSource(source[1]));
  return out;
}

/** "based on the novel by Henry James" names the source's author; "from a Wendy MacLeod play" too. */
function parseSource(clause: string): Omit<Credit, 'order'>[] {
  const sourceRole: PersonRole = REGEXPS.sourceIsScript.test(clause) ? 'writer' : 'author';
  const by = REGEXPS.by.exec(clause);
  if (by?.[1]) {
    // "by Anthony Gilbert/ Muriel Roy Bolton": the first name wrote the source, the rest adapted it.
    const items = splitItems(by[1]);
    return items.flatMap((item, i) => parseItem(item, i > 0 && item.startsWithSlash ? 'writer' : sourceRole));
  }
  const withoutTitles = clause.replace(/["“][^"”]*["”]/gu, ' ');
  return [...withoutTitles.matchAll(NAME_REGEXPS.nameRun)]
    .map((m) => cleanName(m[0]))
    .filter((n) => n.includes(' ') && looksLikeName(n) && !REGEXPS.leadingArticle.test(n))
    .map((name) => ({ name, role: sourceRole, character: null }));
}

interface Item {
  text: string;
  startsWithSlash: boolean;
}

/** Splits a credit value at commas, semicolons, slashes, "and", "&" and full stops — never inside brackets. */
function splitItems(rawValue: string): Item[] {
  const value = rawValue.replace(REGEXPS.commaSuffix, ' $1');
  const items: Item[] = [];
  let depth = 0;
  let current = '';
  let slash = false;
  const flush = (nextSlash: boolean) => {
    if (current.trim()) items.push({ text: current, startsWithSlash: slash });
    current = '';
    slash = nextSlash;
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '/')) {
      flush(ch === '/');
      continue;
    }
    current += ch;
    // "Ren Osugi(Horibe) Susumu Terajima(Nakamura)": a closing bracket followed by a new name ends the item.
    if (depth === 0 && ch === ')' && /^\s+\p{Lu}/u.test(value.slice(i + 1))) flush(false);
    // "Charlotte Rampling. Screenplay" or "(Warden). Roy Best": a full stop after a word, not after an initial.
    if (depth === 0 && ch === '.' && endsSentence(current) && /^\s/u.test(value.slice(i + 1))) flush(false);
  }
  flush(false);
  return items.flatMap((item) => splitAnd(item));
}

function splitAnd(item: Item): Item[] {
  if (item.text.includes('(')) return [item];
  return item.text
    .split(REGEXPS.andSeparator)
    .map((text, i) => ({ text, startsWithSlash: i === 0 && item.startsWithSlash }));
}

function parseItem(item: Item, role: PersonRole): Omit<Credit, 'order'>[] {
  let text = item.text.replace(REGEXPS.leadingJunk, '').replace(REGEXPS.leadingJunk, '').trim();
  // The bracket that closes a "TITLE (director: …; cast: …)" header ends up on the last item.
  if (count(text, ')') > count(text, '(')) text = text.replace(/\)\s*$/u, '').trim();
  const paired = REGEXPS.itemWithCharacter.exec(text);
  const rawName = paired ? (paired[1] ?? '') : text;
  const rawCharacter = paired ? (paired[2] ?? '').trim() : '';
  const name = cleanName(rawName.replace(REGEXPS.trailingStop, ''));
  if (!looksLikeName(name) || name.split(' ').length > MAX_NAME_WORDS) return [];
  // A quoted bracket after a composer is a song title ("Danny Elfman ("Cassandra")"), not a character.
  const character = role === 'actor' && rawCharacter && !REGEXPS.quoted.test(rawCharacter) ? rawCharacter : null;
  return [{ name, role, character }];
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

function endsSentence(current: string): boolean {
  const word = REGEXPS.wordBeforeStop.exec(current)?.[1];
  return !!word && /\p{Ll}$/u.test(word) && !NAME_ABBREVIATIONS.has(word.toLowerCase());
}
