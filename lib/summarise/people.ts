// Finds the people a review names — cast and crew with their roles, actors with their characters — ordered by
// prominence. The work is split by concern under ./people/ (credit blocks, mentions, pairs, the reviewer).
import type { Article, Person, ReviewKind, TextSpan } from '../schema';
import { createPeopleFinder } from './people/finder';

const defaultFinder = createPeopleFinder();

/** `reviewKind`: what the review detector says is reviewed, when known (a page); plain text leaves it out. */
export function findPeople(article: Article, sentences: readonly TextSpan[], reviewKind?: ReviewKind): Person[] {
  return defaultFinder(article, sentences, reviewKind);
}

export { bylineName, textBylineName } from './people/byline';
