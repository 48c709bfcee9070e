// The cue words of lib/summarise/data/people-cues.json, validated once at module load and compiled into the
// lookups and regexes the people finder uses. Editing rules for the data are in lib/summarise/data/README.md.
import { z } from 'zod/mini';
import { PersonRole } from '../../schema';
import rawCues from '../data/people-cues.json';

const RoleTable = z.record(z.string(), PersonRole);

export const PeopleCues = z.object({
  /** "Cast:", "Director:", "Music:" … as critics and pages print them in credit blocks. */
  creditLabels: RoleTable,
  /** Labels of credit fields that never hold people ("Running Time:", "U.S. Distributor:"). */
  stopLabels: z.array(z.string()),
  /** Words that start the source-material part of a writing credit ("based on the novel by …"). */
  sourceMarkers: z.array(z.string()),
  /** "director Wes Craven", "actress Meryl Streep". */
  roleNounsBefore: RoleTable,
  /** "directed by Frank Capra", "(voiced by Eddie Murphy)". */
  phrasesBefore: RoleTable,
  /** "Capra's direction", "Elfman's score". */
  possessiveNouns: RoleTable,
  /** Crew crafts credited with the name in brackets right after the noun ("the sets (X)", "the visual effects (X
   *  and Y)"); not after a possessive, where "Jim Carrey's special effects tour de force" is the star's. */
  crewNounsBeforeBracket: RoleTable,
  /** "Carter plays …", "Soderbergh directs …". */
  verbsAfter: RoleTable,
  /** Words between an actor and the character they play ("X plays Y", "X stars as Y"). */
  characterLinks: z.array(z.string()),
  /** Story verbs after a name ("Ines discovers …"): the name is someone in the story, a character. */
  storyVerbsAfter: z.array(z.string()),
  /** Relations before a name ("his wife Sarla", "Ruth's partner, Danny Moss"): a character. */
  kinshipBefore: z.array(z.string()),
  /** What only a story's people are, before a name ("their best investigator Peter Lynch", "the killer X"): a
   *  character. Not "hero" or "villain": "action hero X" and "Bond villain X" name actors. */
  storyNounsBefore: z.array(z.string()),
  /** Nouns before a bracketed actor that are not the part played ("her best performance (…)"). */
  notRoleNouns: z.array(z.string()),
  /** Words that put a name in a sentence about acting ("a fine performance", "the cast", "his role"): in a film
   *  review an otherwise unexplained name there is in the cast; elsewhere it is only mentioned in passing. */
  performanceWords: z.array(z.string()),
  /** The performance words that speak of a real performer's work and never of a story's people ("her acting",
   *  "the casting", "a fine career"; not "character", "plays", "part", "starring a kid in a Santa Claus suit"). */
  performerWords: z.array(z.string()),
});
export type PeopleCues = z.infer<typeof PeopleCues>;

export const CUES: PeopleCues = PeopleCues.parse(rawCues);

/** Longest alternatives first, so "director of photography" wins over "director". */
export function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
