// Finds the people a review names and their roles.
// FIRST VERSION (structured data + a few textual cues); the people issue makes it thorough.
import type { Article, Person, PersonRole, TextSpan } from '../schema';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}`;
const REGEXPS = {
  directedBy: new RegExp(String.raw`\b(?:directed by|director)\s*:?\s*(${NAME})`, 'gu'),
  writtenBy: new RegExp(String.raw`\b(?:written by|screenplay by|screenplay\s*:)\s*(${NAME})`, 'gu'),
  scoreBy: new RegExp(String.raw`\b(?:score by|music by|music\s*:)\s*(${NAME})`, 'gu'),
  plays: new RegExp(String.raw`(${NAME})\s+(?:plays|stars as|as)\s+(${NAME})`, 'gu'),
  paren: new RegExp(String.raw`(${NAME})\s+\((${NAME})\)`, 'gu'),
};

export function findPeople(article: Article, _sentences: readonly TextSpan[]): Person[] {
  const { text, structured } = article;
  const people = new Map<string, Person>();
  const add = (name: string, role: PersonRole, character?: string) => {
    const key = name.trim();
    const existing = people.get(key);
    if (existing) {
      if (character && !existing.characters.includes(character)) existing.characters.push(character);
      return;
    }
    people.set(key, { name: key, role, characters: character ? [character] : [], mentions: 0 });
  };
  for (const d of structured?.directors ?? []) add(d, 'director');
  for (const a of structured?.actors ?? []) add(a, 'actor');
  for (const m of text.matchAll(REGEXPS.directedBy)) if (m[1]) add(m[1], 'director');
  for (const m of text.matchAll(REGEXPS.writtenBy)) if (m[1]) add(m[1], 'writer');
  for (const m of text.matchAll(REGEXPS.scoreBy)) if (m[1]) add(m[1], 'composer');
  for (const m of text.matchAll(REGEXPS.plays)) if (m[1] && m[2]) add(m[1], 'actor', m[2]);
  for (const m of text.matchAll(REGEXPS.paren)) if (m[1] && m[2]) add(m[2], 'actor', m[1]);
  for (const p of people.values()) {
    const surname = p.name.split(/\s+/).pop() ?? p.name;
    p.mentions = text.split(surname).length - 1;
  }
  return [...people.values()].sort((a, b) => b.mentions - a.mentions);
}
