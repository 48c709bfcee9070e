// The order people are listed in: by prominence — how often the review names them, with a bonus for the director
// and the leads a reader looks for first, and a penalty for a name met once in passing.
import type { PersonRole } from '../../schema';
import type { Entity } from './entities';
import type { PeopleLexicon } from './lexicon';
import { inPassing } from './roles';

/** Prominence bonus, in mentions: a reader looks for the director and the leads first. */
const DIRECTOR_BONUS = 3;
const LEAD_BONUS = 2;
/** Prominence penalty, in mentions, for a name met once in passing ("as corrupt as Richard Nixon"): listed
 *  after everyone the review discusses, with the role "other". */
const PASSING_MENTION_PENALTY = 2;
/** The first few credited actors are the leads. */
export const LEAD_CAST_COUNT = 3;

/** How often the review names the person in full or by surname. */
export function mentionCount(e: Entity): number {
  return e.fullMentions + e.surnameMentions;
}

export function prominence(e: Entity, role: PersonRole, lexicon: PeopleLexicon): number {
  const lead = e.credited.includes('actor') && e.creditOrder < LEAD_CAST_COUNT ? LEAD_BONUS : 0;
  const passing = inPassing(e, lexicon) ? PASSING_MENTION_PENALTY : 0;
  return mentionCount(e) + (role === 'director' ? DIRECTOR_BONUS : 0) + lead - passing;
}
