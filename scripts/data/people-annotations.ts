// The hand-annotated reviews of ../shared/data/review-annotations (critics: Pang & Lee scale reviews without their
// credits header; user-reviews: IMDB user reviews) as people gold, and the per-review scores of a people finder on
// them: precision (every returned name not listed is wrong — the annotation lists every real person), recall over
// every listed person, role right and character right over the listed people found, and the trap names returned.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { textArticle } from '../../lib/extract/article';
import type { Article, Person, PersonRole } from '../../lib/schema';
import { nameKey, surnameOf } from '../../lib/summarise/people/names';
import { DATA_DIR } from '../eval/shared';

export const ANNOTATION_SETS = ['critics', 'user-reviews'] as const;
export type AnnotationSet = (typeof ANNOTATION_SETS)[number];

export interface AnnotatedPerson {
  name: string;
  role: PersonRole | 'critic';
  characters: string[];
}

export interface AnnotatedReview {
  set: AnnotationSet;
  /** The body file name, e.g. "Dennis+Schwartz-26830.txt": the unit of cross-validation. */
  id: string;
  /** The Pang & Lee source path for critics ("scale_whole_review/…"), to keep its header out of learnt names. */
  scaleFile: string | null;
  body: string;
  people: AnnotatedPerson[];
  traps: string[];
}

interface GoldRow {
  file: string;
  source: string;
  people: AnnotatedPerson[];
  traps: string[];
}

export function loadAnnotations(set: AnnotationSet): AnnotatedReview[] {
  const dir = resolve(DATA_DIR, 'review-annotations', set);
  return readFileSync(resolve(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldRow)
    .map((row) => ({
      set,
      id: row.file.replace(/^bodies\//u, ''),
      scaleFile: set === 'critics' ? row.source.replace(/^pang-lee-scale-v1\//u, '') : null,
      body: readFileSync(resolve(dir, row.file), 'utf8'),
      people: row.people,
      traps: row.traps,
    }));
}

/** An annotation as a list of credits (a learnt-list source like a credits header): full names only, as in the
 *  headers ("Hitchcock" alone says nothing of a given name); "critic" counts as "other". */
export function annotationCredits(r: AnnotatedReview): { name: string; roles: PersonRole[] }[] {
  return r.people
    .filter((p) => p.name.trim().includes(' '))
    .map((p) => ({ name: p.name, roles: [p.role === 'critic' ? 'other' : p.role] }));
}

export function annotatedArticle(review: AnnotatedReview): Article {
  return textArticle(review.body, { lang: 'en' });
}

/** The name key with initials written one way: "M. C. Gainey" and "M.C. Gainey" are one name. */
const initialsKey = (name: string) => nameKey(name).replace(/\b(\p{L})\.\s+(?=\p{L}\.)/gu, '$1.');

/** One person, however each side writes the name: equal keys, one a tail of the other ("Cotten" / "Joseph
 *  Cotten"), or the same first word and surname ("Robert Downey Jr." / "Robert Downey"). */
export function samePerson(got: string, want: string): boolean {
  const g = initialsKey(got);
  const w = initialsKey(want);
  if (g === w || g.endsWith(` ${w}`) || w.endsWith(` ${g}`)) return true;
  return surnameOf(got) === surnameOf(want) && g.split(' ')[0] === w.split(' ')[0];
}

/** A character is right when a word of three letters or more of the annotated name is in ours; a quoted
 *  nickname counts as a word of the name (Euliss F. "Sonny" Dewey is "Sonny" to the critic). */
export function sameCharacter(got: string, want: string): boolean {
  const g = new Set(nameKey(got).split(' '));
  return want
    .toLowerCase()
    .replace(/["“”]/gu, '')
    .split(/\s+/u)
    .some((w) => w.length > 2 && g.has(w));
}

/** "composer" and "music" are one craft for the reader (a band's score is "music"). */
function sameRole(got: PersonRole, want: AnnotatedPerson['role']): boolean {
  const music = (r: string) => (r === 'composer' || r === 'music' ? 'music' : r);
  return music(got) === music(want);
}

export interface ReviewScore {
  id: string;
  returned: number;
  /** Returned names that are a listed person. */
  right: number;
  listed: number;
  found: number;
  roleRight: number;
  /** Annotated (person, character) pairs of the people found, and how many we give. */
  characters: number;
  characterRight: number;
  /** Returned names that are a trap of this review (and no listed person). */
  traps: string[];
  /** Returned names that are neither listed nor a trap. */
  unlisted: string[];
  /** Listed people not returned, and found people with the wrong role: for reading the failures. */
  missed: string[];
  wrongRoles: string[];
  wrongCharacters: string[];
}

export function scoreReview(review: AnnotatedReview, got: readonly Person[]): ReviewScore {
  const s: ReviewScore = {
    id: review.id,
    returned: got.length,
    right: 0,
    listed: review.people.length,
    found: 0,
    roleRight: 0,
    characters: 0,
    characterRight: 0,
    traps: [],
    unlisted: [],
    missed: [],
    wrongRoles: [],
    wrongCharacters: [],
  };
  const trapKeys = new Set(review.traps.map((t) => nameKey(t)));
  for (const g of got) {
    if (review.people.some((p) => samePerson(g.name, p.name))) s.right++;
    else if (trapKeys.has(nameKey(g.name))) s.traps.push(g.name);
    else s.unlisted.push(g.name);
  }
  for (const p of review.people) {
    const mine = got.find((g) => samePerson(g.name, p.name));
    if (!mine) {
      s.missed.push(`${p.name} (${p.role})`);
      continue;
    }
    s.found++;
    const roles = mine.roles ?? [mine.role];
    if (sameRole(mine.role, p.role)) s.roleRight++;
    else s.wrongRoles.push(`${p.name}: ${roles.join('+')} ≠ ${p.role}`);
    for (const c of p.characters) {
      s.characters++;
      if (mine.characters.some((x) => sameCharacter(x, c))) s.characterRight++;
      else s.wrongCharacters.push(`${p.name} as ${c}: got [${mine.characters.join(', ')}]`);
    }
  }
  return s;
}
