// Hygiene of the people finder's data files: sorted, unique, clean, and the cue table schema-valid.
import { describe, expect, test } from 'vitest';
import { PersonRole } from '../../lib/schema';
import commonWords from '../../lib/summarise/data/people-common-words.json';
import rawCues from '../../lib/summarise/data/people-cues.json';
import firstNames from '../../lib/summarise/data/people-first-names.json';
import hand from '../../lib/summarise/data/people-hand-lists.json';
import knownNames from '../../lib/summarise/data/people-known-names.json';
import knownRoles from '../../lib/summarise/data/people-known-roles.json';
import nonPerson from '../../lib/summarise/data/people-non-person.json';
import { PeopleCues } from '../../lib/summarise/people/cues';

const LISTS: [string, string[]][] = [
  ['people-first-names', firstNames],
  ['people-common-words', commonWords],
  ['people-known-names', knownNames],
  ['people-non-person', nonPerson],
  ...Object.entries(hand).map(([k, v]): [string, string[]] => [`people-hand-lists.${k}`, v]),
  ['people-cues.storyVerbsAfter', rawCues.storyVerbsAfter],
  ['people-cues.kinshipBefore', rawCues.kinshipBefore],
  ['people-cues.notRoleNouns', rawCues.notRoleNouns],
];

describe('word lists are sorted, unique, lower-case and trimmed', () => {
  test.each(LISTS)('%s', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect([...list].sort()).toEqual(list);
    expect(new Set(list).size).toBe(list.length);
    for (const w of list) expect(w).toBe(w.trim().toLowerCase());
  });
});

test('known names are full names', () => {
  for (const n of knownNames) expect(n).toContain(' ');
});

test('known roles are sorted known names with a role other than acting', () => {
  const keys = Object.keys(knownRoles);
  expect(keys.length).toBeGreaterThan(0);
  expect([...keys].sort()).toEqual(keys);
  const known = new Set(knownNames);
  for (const [name, role] of Object.entries(knownRoles)) {
    expect(known.has(name)).toBe(true);
    expect(PersonRole.parse(role)).not.toBe('actor');
  }
});

test('the cue table is schema-valid', () => {
  expect(() => PeopleCues.parse(rawCues)).not.toThrow();
});
