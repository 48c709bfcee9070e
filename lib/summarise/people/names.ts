// The shape of a personal name in running text, and the keys used to merge its mentions
// ("Joaquin Phoenix" … "Phoenix" … "Phoenix's" all become one person).

/** Lower-case particles that sit inside a name ("Jan de Bont", "Lenny von Dohlen") without starting or ending it. */
const PARTICLES = ['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'dos', 'das', 'bin'];

/** A capitalised word with at least one lower-case letter: excludes the ALL-CAPS film titles critics print.
 *  Written so that a word matches in one way only: everything before its first lower-case letter, then that
 *  letter, then the rest. (Letters, lower-case letter, letters) could split a word at any lower-case letter,
 *  and a pattern that follows a name with something that fails (a possessive and "reviews", a slash and an
 *  agency) then tried every split of every word of a capitalised run: minutes on one long title-cased line. */
/** After the first lower-case letter a hyphen must join letters, or a name part broken at the hyphen ("Daniel
 *  Day- Lewis"): "Jennifer Tilly- were" and "Henri Michaux- "…"" use it as a dash (critics' plain-text habit),
 *  and the name ends before it. */
const WORD = String.raw`\p{Lu}[\p{Lu}\p{Lt}\p{Lm}\p{Lo}'’-]*\p{Ll}(?:[\p{L}'’]|-(?=\p{L}|\s\p{Lu}))*`;
/** "J." / "H.B." / "B. D." — initials never stand alone as a name, only next to a word. */
const INITIALS = String.raw`(?:\p{Lu}\.\s?){1,3}`;
const PARTICLE = `(?:${PARTICLES.join('|')})`;

/** One capitalised run: initials, words and inner particles separated by single spaces. */
export const NAME_RUN = String.raw`(?:${INITIALS})?${WORD}(?:[ \u00a0](?:${PARTICLE}[ \u00a0])?(?:${INITIALS})?${WORD})*`;

export const REGEXPS = {
  // matchAll works on a copy of a global pattern, so callers share this one without sharing its lastIndex.
  nameRun: new RegExp(NAME_RUN, 'gu'),
  possessive: /['’]s?$/u,
  wholeName: new RegExp(String.raw`^${NAME_RUN}(?:,?\s(?:Jr|Sr)\.?)?$`, 'u'),
  space: /\s+/gu,
  initial: /^(?:\p{Lu}\.)+$/u,
  quotedNickname: /\s["“][^"”]{1,30}["”]\s/gu,
  edgePunctuation: /^[\s"“”'‘’(),.;:]+|[\s"“”'‘’(),;:]+$/gu,
};

export const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);

/** Collapses spacing and drops a possessive ending and a quoted nickname ("Takashi "Beat" Kitano"). */
export function cleanName(raw: string): string {
  return raw
    .replace(REGEXPS.quotedNickname, ' ')
    .replace(REGEXPS.space, ' ')
    .replace(REGEXPS.edgePunctuation, '')
    .replace(REGEXPS.possessive, '')
    .trim();
}

/** True when a string has the shape of a personal name (one or more capitalised words, initials allowed). */
export function looksLikeName(name: string): boolean {
  return REGEXPS.wholeName.test(name);
}

/** The words of a name in lower case, initials and particles kept: the identity used to merge mentions. */
export function nameKey(name: string): string {
  return cleanName(name).toLowerCase();
}

export function nameWords(name: string): string[] {
  return cleanName(name).split(' ').filter(Boolean);
}

/** The word a critic uses on its own for a person: the last word that is neither an initial nor "Jr.". */
export function surnameOf(name: string): string {
  const words = nameWords(name).filter((w) => !REGEXPS.initial.test(w) && !/^(?:Jr|Sr)\.?$/u.test(w));
  return (words.at(-1) ?? '').toLowerCase();
}

export function firstNameOf(name: string): string {
  const words = nameWords(name).filter((w) => !REGEXPS.initial.test(w));
  return (words[0] ?? '').toLowerCase();
}

export function isParticle(word: string): boolean {
  return PARTICLE_SET.has(word);
}

/** How far before a marker ("/AFP", "'s Reviews") a name may start: a name is a few words. */
const NAME_WINDOW_CHARS = 60;

/**
 * The name that ends right before `end` (spaces between allowed), as a span of `text`, or null. For patterns
 * that follow a name with a marker: find the marker first, then the name here. A regular expression of a name
 * then the marker would retry the name at every capitalised word of a run wherever the marker is missing.
 */
export function nameEndingAt(text: string, end: number): { start: number; end: number } | null {
  const from = Math.max(0, end - NAME_WINDOW_CHARS);
  const window = text.slice(from, end).trimEnd();
  let last: { start: number; end: number } | null = null;
  for (const m of window.matchAll(REGEXPS.nameRun)) {
    const start = from + (m.index as number);
    last = { start, end: start + m[0].length };
  }
  return last && last.end === from + window.length ? last : null;
}
